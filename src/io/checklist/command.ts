// The checklist command's definitions (citty), help and error handling: what `npm run checklist --`
// does with a command line. scripts/checklist.ts is the shell that calls it.
import { defineCommand, parseArgs, renderUsage, runCommand, type ArgsDef, type CommandContext, type CommandDef } from 'citty';
import { changeItem } from './change-item.ts';
import { listProject } from './list-project.ts';
import { recordFigure } from './record-figure.ts';
import { UsageError } from './usage-error.ts';
import { defaultRoot } from '../content-paths.ts';
import { currentTime } from '../now.ts';
import { WriteError } from '../write-error.ts';
import { commandLineProblems, type CommandShape } from '../../lib/command-line-problems.ts';
import type { DraftChange } from '../../lib/draft-change.ts';
import { EXIT_NOT_WRITTEN, EXIT_USAGE } from '../../lib/exit-status.ts';
import { ContentError } from '../../lib/friendly-errors.ts';
import { suggestionText } from '../../lib/nearest-ids.ts';
import { ansiPainter, shouldUseColor } from '../../lib/terminal-color.ts';
import { usageLine } from '../../lib/usage-line.ts';

const NAME = 'npm run checklist --';

/** Options shared by the commands that record who made a change. */
const BY = { type: 'string', description: "Who records it (default: git's user.name, else your system user name)", valueHint: 'name' } as const;
const PROJECT = { type: 'positional', description: 'Project id: the file name in src/content/projects/ without .yaml', required: true } as const;
const ITEM = { type: 'positional', description: 'Checklist item id, as `list` shows it', required: true } as const;

/** What a command accepts, read from its citty definition. */
async function shapeOf(name: string, cmd: CommandDef<any>): Promise<{ shape: CommandShape; args: ArgsDef }> {
  const args = (await cmd.args) as ArgsDef;
  const positionals = Object.keys(args).filter((key) => args[key]!.type === 'positional');
  const options = Object.keys(args).filter((key) => args[key]!.type !== 'positional');
  const choices = Object.fromEntries(Object.entries(args).flatMap(([key, def]) => (def.type === 'enum' ? [[key, def.options ?? []]] : [])));
  return { shape: { name, positionals, options, choices }, args };
}

/** Rejects what citty lets through or words badly (unknown options, negative numbers, missing or extra words) before anything is read. */
async function checkCommandLine(name: string, cmd: CommandDef<any>, rawArgs: string[]): Promise<void> {
  const { shape, args } = await shapeOf(name, cmd);
  // Parse leniently (nothing required, any enum value) so every problem is found here and worded the same way.
  const lenient = Object.fromEntries(Object.entries(args).map(([key, def]) => [key, { ...def, required: false, ...(def.type === 'enum' ? { type: 'string', default: undefined } : {}) }])) as ArgsDef;
  const problems = commandLineProblems(shape, rawArgs, parseArgs(rawArgs, lenient));
  if (problems.length > 0) throw new UsageError(problems);
}

/** The one-line usage of a command, with the options it cannot do without. */
async function commandUsage(name: string): Promise<string> {
  const cmd = COMMANDS[name];
  if (cmd === undefined) return `${NAME} ${Object.keys(COMMANDS).join('|')} ...`;
  const { shape, args } = await shapeOf(name, cmd);
  const hints = Object.fromEntries(Object.entries(args).flatMap(([key, def]) => (def.valueHint ? [[key, def.valueHint]] : [])));
  return usageLine(NAME, shape, hints, NEEDED[name] ?? []);
}

/** Applies a tick, untick or waiver from the command line and prints what was recorded. */
function runChange(action: DraftChange['action'], context: CommandContext<ArgsDef>): number {
  const args = context.args as Record<string, string | undefined>;
  console.log(changeItem(defaultRoot(), action, { project: args.project!, item: args.item!, note: args.note, link: args.link, reason: args.reason, until: args.until, by: args.by }, currentTime()));
  return 0;
}

/** Defines a command whose run returns the exit status. */
function command<T extends ArgsDef>(name: string, description: string, args: T, run: (context: CommandContext<ArgsDef>) => number): CommandDef<T> {
  return defineCommand({
    meta: { name, description },
    args,
    run: (context) => run(context as unknown as CommandContext<ArgsDef>),
  });
}

const list = command(
  'list',
  "Show every checklist item of a project with its status, the value and target of measured items, and who set it, when, and why",
  {
    project: PROJECT,
    json: { type: 'boolean', description: 'Print the listing as JSON on stdout, nothing else' },
    lang: { type: 'enum', options: ['en', 'fr'], default: 'en', description: 'Language of the table' },
  },
  (context) => {
    const args = context.args as Record<string, string | boolean | undefined>;
    const lang = args.lang === 'fr' ? 'fr' : 'en';
    console.log(listProject(defaultRoot(), String(args.project), { json: args.json === true, lang, paint: ansiPainter(shouldUseColor(process.stdout.isTTY, process.env)), now: currentTime() }));
    return 0;
  },
);

const tick = command(
  'tick',
  'Mark a manual item done, with an optional note and evidence link',
  {
    project: PROJECT,
    item: ITEM,
    note: { type: 'string', description: 'What was done', valueHint: 'text' },
    link: { type: 'string', description: 'Evidence: an http(s) URL (merge request, dashboard, report)', valueHint: 'url' },
    by: BY,
  },
  (context) => runChange('tick', context),
);

const untick = command(
  'untick',
  'Set a manual item back to do (replaces its done or not-applicable state; the earlier state stays in git history)',
  { project: PROJECT, item: ITEM, by: BY },
  (context) => runChange('untick', context),
);

const na = command(
  'na',
  'Mark a manual item not applicable to the project, with the reason and, optionally, the last day the waiver holds',
  {
    project: PROJECT,
    item: ITEM,
    reason: { type: 'string', description: 'Why the item does not apply (required)', valueHint: 'text' },
    until: { type: 'string', description: 'Last day the waiver holds, YYYY-MM-DD; after it the item is to do again', valueHint: 'YYYY-MM-DD' },
    by: BY,
  },
  (context) => runChange('na', context),
);

const record = command(
  'record',
  'Record a figure measured by another tool (APM, database) for a target, and judge it against the project’s effective target',
  {
    project: PROJECT,
    target: { type: 'positional', description: 'Target id, such as api-p95 or db-heavy-report (web targets are measured by verify-web-vitals)', required: true },
    value: { type: 'positional', description: "The figure in the target's unit: milliseconds for times (240, or 240ms, 2s)", required: true },
    source: { type: 'string', description: 'Where the figure comes from (required)', valueHint: 'text' },
    at: { type: 'string', description: 'When it was measured: YYYY-MM-DD or an ISO date-time (default: now)', valueHint: 'date-time' },
    by: BY,
  },
  (context) => {
    const args = context.args as Record<string, string | undefined>;
    for (const line of recordFigure(defaultRoot(), { project: args.project!, target: args.target!, value: args.value!, source: args.source, at: args.at, by: args.by }, currentTime())) console.log(line);
    return 0;
  },
);

const COMMANDS: Record<string, CommandDef<any>> = { list, tick, untick, na, record };
/** Options a command cannot do without; checked by the command itself so the message says what to give. */
const NEEDED: Record<string, string[]> = { na: ['reason'], record: ['source'] };
/** Commands that write a project file. */
const WRITERS = ['tick', 'untick', 'na', 'record'];

const main = defineCommand({
  meta: { name: NAME.trim(), description: "Perf Handbook checklists in the terminal: see a project's status, tick, untick and waive items, record figures" },
  subCommands: COMMANDS,
});

/** Examples shown under each command's --help. */
const EXAMPLES: Record<string, string[]> = {
  '': [`${NAME} list storefront`, `${NAME} tick storefront no-n-plus-one --note "Variants batched"`, `${NAME} record storefront api-p95 240 --source "APM, 7-day P95"`],
  list: [`${NAME} list storefront`, `npm run --silent checklist -- list storefront --json > status.json   (--silent keeps npm's own lines out of the JSON)`, `${NAME} list storefront --lang fr`],
  tick: [`${NAME} tick storefront no-n-plus-one --note "Variants batched" --link https://git.example.com/mr/412`],
  untick: [`${NAME} untick storefront no-n-plus-one`],
  na: [`${NAME} na storefront load-soak --reason "Batch jobs only" --until 2027-06-30`],
  record: [`${NAME} record storefront api-p95 240 --source "APM dashboard, 7-day P95"`, `${NAME} record storefront db-heavy-report 3.2s --source "pg_stat_statements" --at 2026-11-20`],
};
const EXIT_TEXT = 'EXIT STATUS\n\n  0  done\n  2  bad usage, an unknown project, item or target, or invalid content: nothing was written\n  4  the file could not be written (disk full, no permission, read-only): it was left as it was';

/** The help of a command (or of the whole tool), with examples and exit codes; plain text unless colours are on. */
async function usage(name: string, colors: boolean): Promise<string> {
  const cmd = COMMANDS[name];
  const text = `${await renderUsage(cmd ?? main, cmd ? main : undefined)}\n\nEXAMPLES\n\n${(EXAMPLES[name] ?? []).map((line) => `  ${line}`).join('\n')}\n\n${EXIT_TEXT}\n`;
  // citty colours its usage whenever CI and NO_COLOR are unset, even into a pipe; keep it plain there.
  const tidy = text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n');
  return colors ? tidy : tidy.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Runs one command line of `npm run checklist --`: checks it, runs the command, prints, and returns the exit status. */
export async function runChecklist(rawArgs: string[]): Promise<number> {
  const [name, ...rest] = rawArgs;
  const help = rawArgs.includes('--help') || rawArgs.includes('-h');
  if (name === undefined || name.startsWith('-')) {
    if (help) {
      console.log(await usage('', shouldUseColor(process.stdout.isTTY, process.env)));
      return 0;
    }
    return fail([`expected a command: ${Object.keys(COMMANDS).join(', ')}`], '', await commandUsage(''));
  }
  const cmd = COMMANDS[name];
  if (cmd === undefined) return fail([`unknown command "${name}": ${suggestionText(name, Object.keys(COMMANDS), `the commands are ${Object.keys(COMMANDS).join(', ')}`)}`], '', await commandUsage(''));
  if (help) {
    console.log(await usage(name, shouldUseColor(process.stdout.isTTY, process.env)));
    return 0;
  }
  try {
    await checkCommandLine(name, cmd, rest);
    const { result } = await runCommand(cmd, { rawArgs: rest });
    return typeof result === 'number' ? result : 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(error.problems, name, await commandUsage(name));
    if (error instanceof ContentError) return fail(error.problems, name);
    if (error instanceof WriteError) return notWritten(error);
    // citty's own parse errors, should one get past the checks above.
    if (error instanceof Error && error.name === 'CLIError') return fail([error.message.replace(/\u001b\[[0-9;]*m/g, '')], name, await commandUsage(name));
    throw error;
  }
}

/** Prints why the file could not be written and what to do, in one paragraph; returns exit status 4. */
function notWritten(error: WriteError): number {
  const paint = ansiPainter(shouldUseColor(process.stderr.isTTY, process.env));
  console.error(`${paint('checklist:', 'bad')} ${error.message} Nothing was changed: ${error.file} was left as it was.`);
  return EXIT_NOT_WRITTEN;
}

/** Prints the problems on stderr, then the usage line (bad usage) or what to do (bad content); returns the usage exit status. */
function fail(problems: string[], name: string, usage?: string): number {
  const paint = ansiPainter(shouldUseColor(process.stderr.isTTY, process.env));
  for (const problem of problems) console.error(`${paint('checklist:', 'bad')} ${problem}`);
  const untouched = WRITERS.includes(name) ? ' Nothing was written.' : '';
  if (usage !== undefined) console.error(`Usage: ${usage}\nRun "${NAME} ${name ? `${name} ` : ''}--help" for every option.${untouched}`);
  else console.error(`Fix the file and run the command again.${untouched}`);
  return EXIT_USAGE;
}

