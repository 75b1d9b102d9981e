// The audit command's definitions (citty), help and error handling: what `npm run audit --` does
// with a command line. scripts/audit.ts is the shell that calls it.
import { defineCommand, parseArgs, renderUsage, runCommand, type ArgsDef, type CommandDef } from 'citty';
import { UsageError } from '../checklist/usage-error.ts';
import { defaultRoot } from '../content-paths.ts';
import { currentTime } from '../now.ts';
import { WriteError } from '../write-error.ts';
import { AUDIT_RULES } from '../../lib/audits/audit-rules.ts';
import { commandLineProblems, type CommandShape } from '../../lib/command-line-problems.ts';
import { EXIT_NOT_WRITTEN, EXIT_USAGE } from '../../lib/exit-status.ts';
import { ContentError } from '../../lib/friendly-errors.ts';
import { suggestionText } from '../../lib/nearest-ids.ts';
import { ansiPainter, shouldUseColor } from '../../lib/terminal-color.ts';
import { usageLine } from '../../lib/usage-line.ts';
import { AuditExistsError } from './audit-exists-error.ts';
import { checkAudits } from './check-audits.ts';
import { DEFAULT_SCENARIO, importK6 } from './import-k6.ts';
import { ImportRefusedError } from './import-refused-error.ts';
import { newAudit } from './new-audit.ts';

const NAME = 'npm run audit --';

/** A command's definition, with its positional arguments that may be left out. */
interface AuditCommand {
  def: CommandDef<any>;
  optional: readonly string[];
  examples: readonly string[];
  exits: string;
}

const newCommand = defineCommand({
  meta: { name: 'new', description: "Start today's audit of a project, pre-filled from its latest results and recorded figures; an existing audit is never overwritten" },
  args: { project: { type: 'positional', description: 'Project id: the file name in src/content/projects/ without .yaml', required: true } },
  run: ({ args }) => {
    for (const line of newAudit(defaultRoot(), String(args.project), currentTime())) console.log(line);
    return 0;
  },
});

const checkCommand = defineCommand({
  meta: { name: 'check', description: "Check every audit, or a project's, against the method's format rules; prints file:line: rule: message for each finding" },
  args: { project: { type: 'positional', description: 'Project id (default: every project)', required: false } },
  run: ({ args }) => {
    const outcome = checkAudits(defaultRoot(), typeof args.project === 'string' && args.project !== '' ? args.project : undefined);
    for (const line of outcome.findings) console.log(line);
    console.error(outcome.summary);
    return outcome.status;
  },
});

const importK6Command = defineCommand({
  meta: { name: 'import-k6', description: "Read a k6 summary (handleSummary data, --summary-export or the machine-readable summary) and write the run into the project's latest audit, under its load tests; a run of the same scenario and day is never overwritten without --replace" },
  args: {
    project: { type: 'positional', description: 'Project id: the file name in src/content/projects/ without .yaml', required: true },
    file: { type: 'positional', description: 'The JSON summary k6 wrote', required: true },
    scenario: { type: 'string', description: `Load scenario of load-scenarios.yaml the test ran (default: ${DEFAULT_SCENARIO}, the k6 script's default)`, valueHint: 'id' },
    date: { type: 'string', description: 'Day of the audit to import into, YYYY-MM-DD (default: the latest)', valueHint: 'YYYY-MM-DD' },
    ran: { type: 'string', description: 'Day the test ran, YYYY-MM-DD (default: today)', valueHint: 'YYYY-MM-DD' },
    replace: { type: 'boolean', description: 'Replace the run of the same scenario and day, if the audit holds one' },
  },
  run: ({ args }) => {
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const flags = { project: String(args.project), file: String(args.file), scenario: text(args.scenario), date: text(args.date), ran: text(args.ran), replace: args.replace === true };
    for (const line of importK6(defaultRoot(), flags, currentTime())) console.log(line);
    return 0;
  },
});

const RULES_TEXT = `RULES\n\n${Object.entries(AUDIT_RULES).map(([id, text]) => `  ${id.padEnd(18)}${text}`).join('\n')}`;

const COMMANDS: Record<string, AuditCommand> = {
  new: {
    def: newCommand,
    optional: [],
    examples: [`${NAME} new storefront`, `PERF_HANDBOOK_NOW=2026-11-20 ${NAME} new storefront   (the day the audit is filed under)`],
    exits: 'EXIT STATUS\n\n  0  the audit was written\n  2  bad usage, an unknown project, invalid content, or the audit of the day exists already: nothing was written\n  4  the file could not be written (disk full, no permission, read-only)',
  },
  check: {
    def: checkCommand,
    optional: ['project'],
    examples: [`${NAME} check`, `${NAME} check storefront`],
    exits: `EXIT STATUS\n\n  0  no finding (draft sections have only their ids checked)\n  1  a finding: an audit breaks a format rule or is invalid\n  2  bad usage, an unknown project, or invalid content outside the audits\n\n${RULES_TEXT}`,
  },
  'import-k6': {
    def: importK6Command,
    optional: [],
    examples: [
      `${NAME} import-k6 storefront summary.json --scenario load --ran 2026-11-18`,
      `${NAME} import-k6 storefront summary.json --scenario stress --date 2026-11-20 --replace   (into the audit of that day, over its stress run of today)`,
    ],
    exits: "EXIT STATUS\n\n  0  the run was written\n  2  bad usage, an unknown project or scenario, a file that is no k6 summary, no audit to import into (run new first), an invalid audit, or a run of that scenario and day already there (--replace replaces it): nothing was written\n  4  the file could not be written (disk full, no permission, read-only): the audit was left as it was\n\nThe throughput written is the run's average (throughputKind: average): a k6 summary holds no peak.",
  },
};

const main = defineCommand({
  meta: { name: NAME.trim(), description: "Perf Handbook audits: start a project's audit from what is measured, check audits against the method's format rules, and import k6 load tests into them" },
  subCommands: Object.fromEntries(Object.entries(COMMANDS).map(([name, command]) => [name, command.def])),
});

/** What a command accepts, read from its citty definition. */
async function shapeOf(name: string): Promise<{ shape: CommandShape; args: ArgsDef }> {
  const args = (await COMMANDS[name]!.def.args) as ArgsDef;
  const positionals = Object.keys(args).filter((key) => args[key]!.type === 'positional');
  const options = Object.keys(args).filter((key) => args[key]!.type !== 'positional');
  return { shape: { name, positionals, options }, args };
}

/** Rejects unknown options, missing and extra words before anything is read. */
async function checkCommandLine(name: string, rawArgs: string[]): Promise<void> {
  const { shape, args } = await shapeOf(name);
  const lenient = Object.fromEntries(Object.entries(args).map(([key, def]) => [key, { ...def, required: false }])) as ArgsDef;
  const parsed = parseArgs(rawArgs, lenient);
  // An optional positional left out is no problem: stand it in, so only the required ones are reported missing.
  const standIns = Object.fromEntries(COMMANDS[name]!.optional.filter((key) => typeof parsed[key] !== 'string' || parsed[key] === '').map((key) => [key, 'left out']));
  const problems = commandLineProblems(shape, rawArgs, { ...parsed, ...standIns });
  if (problems.length > 0) throw new UsageError(problems);
}

/** The one-line usage of a command, optional positionals in brackets. */
async function commandUsage(name: string): Promise<string> {
  if (COMMANDS[name] === undefined) return `${NAME} ${Object.keys(COMMANDS).join('|')} ...`;
  const { shape, args } = await shapeOf(name);
  const optional = COMMANDS[name]!.optional;
  const hints = Object.fromEntries(Object.entries(args).flatMap(([key, def]) => ('valueHint' in def && def.valueHint ? [[key, def.valueHint]] : [])));
  return usageLine(NAME, shape, hints).replace(/<([\w-]+)>/g, (word, key: string) => (optional.includes(key) ? `[${word}]` : word));
}

/** The help of a command (or of the whole tool), with examples and exit codes; plain text unless colours are on. */
async function usage(name: string, colors: boolean): Promise<string> {
  const command = COMMANDS[name];
  const examples = command?.examples ?? Object.values(COMMANDS).flatMap((entry) => entry.examples.slice(0, 1));
  const exits = command?.exits ?? `EXIT STATUS\n\n  0  done, no finding\n  1  check found a finding\n  2  bad usage or invalid content; new: the audit exists already; import-k6: no audit to import into, or the run is there already\n  4  new or import-k6 could not write the file`;
  const text = `${await renderUsage(command?.def ?? main, command ? main : undefined)}\n\nEXAMPLES\n\n${examples.map((line) => `  ${line}`).join('\n')}\n\n${exits}\n`;
  // citty colours its usage whenever CI and NO_COLOR are unset, even into a pipe; keep it plain there.
  const tidy = text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n');
  return colors ? tidy : tidy.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Runs one command line of `npm run audit --`: checks it, runs the command, prints, and returns the exit status. */
export async function runAudit(rawArgs: string[]): Promise<number> {
  const [name, ...rest] = rawArgs;
  const help = rawArgs.includes('--help') || rawArgs.includes('-h');
  const colors = shouldUseColor(process.stdout.isTTY, process.env);
  if (name === undefined || name.startsWith('-')) {
    if (help) {
      console.log(await usage('', colors));
      return 0;
    }
    return fail([`expected a command: ${Object.keys(COMMANDS).join(', ')}`], '', await commandUsage(''));
  }
  const command = COMMANDS[name];
  if (command === undefined) return fail([`unknown command "${name}": ${suggestionText(name, Object.keys(COMMANDS), `the commands are ${Object.keys(COMMANDS).join(', ')}`)}`], '', await commandUsage(''));
  if (help) {
    console.log(await usage(name, colors));
    return 0;
  }
  try {
    await checkCommandLine(name, rest);
    const { result } = await runCommand(command.def, { rawArgs: rest });
    return typeof result === 'number' ? result : 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(error.problems, name, await commandUsage(name));
    if (error instanceof AuditExistsError || error instanceof ImportRefusedError) return fail([error.message], name);
    if (error instanceof ContentError) return fail(error.problems, name, undefined, 'Fix the file and run the command again.');
    if (error instanceof WriteError) return notWritten(error, name);
    // citty's own parse errors, should one get past the checks above.
    if (error instanceof Error && error.name === 'CLIError') return fail([error.message.replace(/\u001b\[[0-9;]*m/g, '')], name, await commandUsage(name));
    throw error;
  }
}

/** Prints why the file could not be written; returns exit status 4. */
function notWritten(error: WriteError, name: string): number {
  const paint = ansiPainter(shouldUseColor(process.stderr.isTTY, process.env));
  console.error(`${paint('audit:', 'bad')} ${error.message} ${name === 'import-k6' ? 'The audit was left as it was.' : 'No audit was written.'}`);
  return EXIT_NOT_WRITTEN;
}

/** Prints the problems on stderr, then the usage line (bad usage) or what to do; returns the usage exit status. */
function fail(problems: string[], name: string, usage?: string, advice?: string): number {
  const paint = ansiPainter(shouldUseColor(process.stderr.isTTY, process.env));
  for (const problem of problems) console.error(`${paint('audit:', 'bad')} ${problem}`);
  if (usage !== undefined) console.error(`Usage: ${usage}\nRun "${NAME} ${name ? `${name} ` : ''}--help" for every option.${name === 'new' || name === 'import-k6' ? ' Nothing was written.' : ''}`);
  else if (advice !== undefined) console.error(advice);
  return EXIT_USAGE;
}
