// `npm run history -- rollup [<project>…]`: rolls the measurement history of the given projects (all
// that have one, by default) up to the rule verify-web-vitals applies at each append: every run
// of the last RAW_HISTORY_DAYS days whole, older ones one line per day. For files written before
// the rule existed. Exit status: 0 done; 2 bad usage or an unknown project; 4 a file could not be
// written (it is left as it was).
import { parseArgs } from 'node:util';
import { defaultRoot } from '../src/io/content-paths.ts';
import { projectsWithHistory, rollUpProjects } from '../src/io/history/rollup-projects.ts';
import { currentTime } from '../src/io/now.ts';
import { WriteError } from '../src/io/write-error.ts';
import { EXIT_NOT_WRITTEN, EXIT_USAGE } from '../src/lib/exit-status.ts';
import { RAW_HISTORY_DAYS } from '../src/lib/history-rollup.ts';
import { suggestionText } from '../src/lib/nearest-ids.ts';

const USAGE = `Usage: npm run history -- rollup [<project>…]

Rolls up src/content/results/<project>.history.jsonl: every run of the last ${RAW_HISTORY_DAYS} days stays as
it is, older runs become one line per day (count, median, min, max and misses of each page's
metrics). verify-web-vitals does this at each append; this command is for older files. Without a
project, every history file is rolled up. Lines that cannot be read are kept as they are.

Environment:
  PERF_HANDBOOK_ROOT    The folder holding src/content (default: the working directory).
  PERF_HANDBOOK_NOW     The time the raw window ends at (default: now).

Exit status:
  0  done
  2  bad usage or an unknown project: nothing was written
  4  a file could not be written (disk full, no permission, read-only): it was left as it was`;

/** Runs the command; returns its exit status. */
async function main(argv: string[]): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean' } } }));
  } catch (error) {
    console.error(`history: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...wanted] = positionals;
  if (command !== 'rollup') {
    console.error(`history: ${command === undefined ? 'expected a command: rollup' : `unknown command "${command}": expected rollup`}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const root = defaultRoot();
  const known = projectsWithHistory(root);
  const unknown = wanted.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    for (const id of unknown) console.error(`history: no history for project "${id}": ${suggestionText(id, known, known.length > 0 ? `the projects with a history are ${known.map((k) => `"${k}"`).join(', ')}` : 'no project has a history yet')}`);
    return EXIT_USAGE;
  }
  try {
    for (const line of await rollUpProjects(root, wanted.length > 0 ? wanted : known, currentTime())) console.log(line);
    return 0;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    console.error(`history: ${error.message} Nothing was changed: ${error.file} was left as it was.`);
    return EXIT_NOT_WRITTEN;
  }
}

process.exitCode = await main(process.argv.slice(2));
