// `npm run export -- <project> --format …`: checks the command line, reads the content, lints the
// project's SLOs, and prints the generated file or writes it atomically. scripts/export.ts is the
// shell that calls it. Exit status: 0 written; 2 bad usage, an unknown project, invalid content or
// a lint error (nothing written); 4 the file could not be written (it was left as it was).
import { defineCommand, parseArgs, renderUsage, type ArgsDef } from 'citty';
import { findProject } from '../../lib/checklist-ids.ts';
import { commandLineProblems, type CommandShape } from '../../lib/command-line-problems.ts';
import { EXIT_NOT_WRITTEN, EXIT_PASS, EXIT_USAGE } from '../../lib/exit-status.ts';
import { ContentError } from '../../lib/friendly-errors.ts';
import { isHttpUrl } from '../../lib/http-url.ts';
import type { Locale } from '../../lib/schema/localized.ts';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from '../../lib/slo/export-file.ts';
import { findingText, type SloFinding } from '../../lib/slo/slo-lint.ts';
import { ansiPainter, shouldUseColor } from '../../lib/terminal-color.ts';
import type { Painter } from '../../lib/text-table.ts';
import { usageLine } from '../../lib/usage-line.ts';
import { readCatalog } from '../checklist/read-catalog.ts';
import { UsageError } from '../checklist/usage-error.ts';
import { contentPaths, defaultRoot } from '../content-paths.ts';
import { displayPath } from '../read-yaml.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { WriteError } from '../write-error.ts';

const NAME = 'npm run export --';

const ARGS = {
  project: { type: 'positional', description: 'Project id: the file name in src/content/projects/ without .yaml', required: true },
  format: {
    type: 'enum',
    options: [...EXPORT_FORMATS],
    description:
      'prometheus: recording rules and alerts (promtool check rules); promtool-tests: the unit tests that prove those alerts (promtool test rules); openslo: OpenSLO v1 documents; k6: the load-test script with the project’s targets',
  },
  out: { type: 'string', description: 'Write the file here, replaced atomically (default: print it on stdout)', valueHint: 'file' },
  lang: { type: 'enum', options: ['en', 'fr'], default: 'en', description: 'Language of the summaries, descriptions and comments' },
  site: { type: 'string', description: 'Where the handbook is published, for the links in alerts and documents (default: paths such as /en/projects/<id>/)', valueHint: 'url' },
  'rules-file': { type: 'string', description: 'With --format promtool-tests: the rules file as the test file names it (default: <project>.rules.yaml)', valueHint: 'path' },
} as const satisfies ArgsDef;

const COMMAND = defineCommand({ meta: { name: NAME.trim(), description: "Export a project's SLOs and alert rules for the tools a team runs: Prometheus, promtool, OpenSLO, k6" }, args: ARGS });

const EXAMPLES = [
  `${NAME} storefront --format prometheus --out storefront.rules.yaml`,
  `${NAME} storefront --format promtool-tests --out storefront.rules.test.yaml   (then: promtool test rules storefront.rules.test.yaml)`,
  `npm run --silent export -- storefront --format openslo > storefront.openslo.yaml   (--silent keeps npm's own lines out of the file)`,
  `${NAME} storefront --format k6 --lang fr --out load-test.js`,
];
const EXIT_TEXT = 'EXIT STATUS\n\n  0  written\n  2  bad usage, an unknown project, invalid content or a lint error: nothing was written\n  4  the file could not be written (disk full, no permission, read-only): it was left as it was';

/** What the command accepts, for the shared command-line checks. */
const SHAPE: CommandShape = {
  name: 'export',
  positionals: ['project'],
  options: ['format', 'out', 'lang', 'site', 'rules-file'],
  choices: { format: [...EXPORT_FORMATS], lang: ['en', 'fr'] },
};

/** The one-line usage. */
function usage(): string {
  return usageLine(NAME, { ...SHAPE, name: '' }, { out: 'file', site: 'url', 'rules-file': 'path' }, ['format']).replace(`${NAME}  `, `${NAME} `);
}

/** The full help: citty's usage, examples and exit codes; plain unless colours are on. */
async function help(colors: boolean): Promise<string> {
  const text = `${await renderUsage(COMMAND)}\n\nEXAMPLES\n\n${EXAMPLES.map((line) => `  ${line}`).join('\n')}\n\n${EXIT_TEXT}\n`;
  const tidy = text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n');
  return colors ? tidy : tidy.replace(/\u001b\[[0-9;]*m/g, '');
}

/** The parsed command line, checked. */
interface ExportArgs {
  project: string;
  format: ExportFormat;
  out?: string;
  lang: Locale;
  site?: string;
  rulesFile?: string;
}

/** Reads and checks the command line; throws a UsageError listing every problem. */
function readArgs(rawArgs: string[]): ExportArgs {
  const lenient = Object.fromEntries(Object.entries(ARGS).map(([key, def]) => [key, { ...def, required: false, ...(def.type === 'enum' ? { type: 'string', default: undefined } : {}) }])) as ArgsDef;
  const parsed = parseArgs(rawArgs, lenient) as { _: string[] } & Record<string, unknown>;
  const problems = commandLineProblems(SHAPE, rawArgs, parsed);
  if (problems.length === 0 && parsed.format === undefined) problems.push(`--format is missing: expected one of ${EXPORT_FORMATS.join(', ')}`);
  const site = parsed.site;
  if (typeof site === 'string' && !site.startsWith('--') && !isHttpUrl(site)) problems.push(`--site is "${site}": expected an absolute http:// or https:// URL, such as https://handbook.example.com`);
  for (const option of ['out', 'site', 'rules-file']) if (parsed[option] === '') problems.push(`--${option} has no value: expected --${option} <${option === 'site' ? 'url' : 'file'}>`);
  if (problems.length > 0) throw new UsageError(problems);
  return {
    project: String(parsed.project),
    format: parsed.format as ExportFormat,
    ...(typeof parsed.out === 'string' ? { out: parsed.out } : {}),
    lang: parsed.lang === 'fr' ? 'fr' : 'en',
    ...(typeof site === 'string' ? { site } : {}),
    ...(typeof parsed['rules-file'] === 'string' ? { rulesFile: parsed['rules-file'] } : {}),
  };
}

/** Prints the lint's findings as a linter does, one a line, and a count. */
function printFindings(findings: readonly SloFinding[], paint: Painter): void {
  for (const finding of findings) {
    const text = findingText(finding);
    console.error(paint(text, finding.severity === 'error' ? 'bad' : 'warn'));
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length > 0) console.error(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
}

/** Runs one command line of `npm run export --` and returns the exit status. */
export async function runExport(rawArgs: string[]): Promise<number> {
  const paint = ansiPainter(shouldUseColor(process.stderr.isTTY, process.env));
  if (rawArgs.includes('--help') || rawArgs.includes('-h')) {
    console.log(await help(shouldUseColor(process.stdout.isTTY, process.env)));
    return EXIT_PASS;
  }
  try {
    const args = readArgs(rawArgs);
    const root = defaultRoot();
    const catalog = readCatalog(root);
    const lookup = findProject(catalog.projects.keys(), args.project);
    if (!lookup.ok) throw new UsageError([lookup.problem]);
    const file = displayPath(contentPaths(root).project(lookup.value));
    const outcome = exportFile(catalog, lookup.value, { format: args.format, locale: args.lang, file, ...(args.site !== undefined ? { site: args.site } : {}), ...(args.rulesFile !== undefined ? { rulesFile: args.rulesFile } : {}) });
    printFindings(outcome.findings, paint);
    if (outcome.text === undefined) {
      console.error(`${paint('export:', 'bad')} the SLOs of ${lookup.value} have errors: fix ${file} (or the data file named) and run the command again. Nothing was written.`);
      return EXIT_USAGE;
    }
    if (args.out === undefined) {
      process.stdout.write(outcome.text);
      return EXIT_PASS;
    }
    writeFileAtomic(args.out, outcome.text);
    console.log(`Wrote ${displayPath(args.out)} (${args.format}, project ${lookup.value}).`);
    return EXIT_PASS;
  } catch (error) {
    if (error instanceof UsageError) {
      for (const problem of error.problems) console.error(`${paint('export:', 'bad')} ${problem}`);
      console.error(`Usage: ${usage()}\nRun "${NAME} --help" for every option. Nothing was written.`);
      return EXIT_USAGE;
    }
    if (error instanceof ContentError) {
      for (const problem of error.problems) console.error(`${paint('export:', 'bad')} ${problem}`);
      console.error('Fix the file and run the command again. Nothing was written.');
      return EXIT_USAGE;
    }
    if (error instanceof WriteError) {
      console.error(`${paint('export:', 'bad')} ${error.message} Nothing was changed: ${error.file} was left as it was.`);
      return EXIT_NOT_WRITTEN;
    }
    throw error;
  }
}
