// The verify-web-vitals command: its usage, its two forms (a run, or merge of a run's shards),
// and how it leaves. scripts/verify-web-vitals.ts is only its shell.
import { defaultRoot } from '../content-paths.ts';
import { runMerge } from './merge.ts';
import type { RunContext } from './run-context.ts';
import { runVerify } from './run.ts';
import { RunSession } from './session.ts';
import { EXIT_USAGE } from '../../lib/exit-status.ts';
import { mergeOptions } from '../../lib/shards/merge-options.ts';
import { verifyOptions } from '../../lib/verify-options.ts';

const NAME = 'verify-web-vitals';

const USAGE = `Usage: npm run verify-web-vitals -- [options]
       npm run verify-web-vitals -- --shard <i>/<n> --out <dir> [options]
       npm run verify-web-vitals -- merge <dir>... [--json] [--junit <file>]

Measures each configured page with a TTFB probe and Lighthouse (ttfb, fcp, tti) and each API
endpoint with an open-model load probe (api-p50, api-p95, api-p99, api-p999, api-error-rate:
latency counted from each request's due time, after a warm-up), judges them against the project's
effective targets, writes src/content/results/<project>.json and a line of
<project>.history.jsonl for the site, and prints a table. Each endpoint's planned load is printed
before the first request.

Options:
  --project <id>        A project to measure; repeat it for several. Default: every project with
                        pages or endpoints, except examples whose pages and endpoints are all on
                        documentation-only hosts (RFC 2606, such as shop.example.com), which are
                        measured only when named.
  --url <url>           An ad hoc page, judged against the default targets; repeat it for several.
                        Nothing is written. Without --project, only these are measured.
  --endpoint <url>      An ad hoc API endpoint: GET at 10 req/s for 30 s after a 5 s warm-up, any
                        2xx expected, judged against the default targets; repeat it for several.
                        Nothing is written.
  --only <part>         pages or endpoints: measure only the pages, or only the endpoints (no
                        browser needed). Default: both.
  --allow-heavy-load    Let a project file ask for more than 200 req/s, 600 s of load (warm-up
                        included) or 200 requests in flight.
  --runs <n>            Lighthouse runs per page, 1 to 20; the median run is judged. Default: 3.
  --profile <name>      mobile or desktop. Default: the project's \`profile\`, else mobile.
  --ttfb-samples <n>    TTFB requests per page, 1 to 100; the median is judged. Default: 5.
  --timeout <seconds>   Longest wait for a page to answer or to load, 1 to 600. Default: 45.
  --json                Print the result document on stdout and nothing else (the table goes to stderr).
  --junit <file>        Also write a JUnit XML report: one test case per page or endpoint and metric.
  --shard <i>/<n>       Measure only shard i of n (counted from 1: 1/3, 2/3, 3/3), a share of the
                        selected pages and endpoints balanced by expected cost, the same share on
                        every machine for the same content and options. Needs --out. A missing
                        index or total (--shard /3, as when CI_NODE_INDEX is unset) is an error,
                        never a run of everything.
  --out <dir>           With --shard: write the shard's partial result to <dir> instead of the
                        results the site reads. A shard exits as a run would for its share.
  --help                Show this help.

Merge (after the shards of one run):
  merge <dir>...        Read the shards' --out folders (or folders holding them, one level down),
                        check that they are every shard of one run (same selection and options,
                        each shard once), then write the results and history lines, the table,
                        --json, --junit and the step summary, and exit, as the unsharded run
                        would have. A shard missing, doubled or of another run exits 2.

Environment:
  PERF_HANDBOOK_ROOT    The folder holding src/content (default: the working directory).
  CHROME_PATH           The Chrome or Chromium to use (default: chromium, google-chrome... on PATH).
  GITHUB_STEP_SUMMARY   When set, a Markdown summary of the run is appended to that file.
  NO_COLOR, CI          Either one turns colours off; they are only ever used on a terminal.

Exit status:
  0    every target met
  1    a target missed, or a page or endpoint could not be measured
  2    bad usage or configuration; nothing was measured
  3    nothing could be measured at all (no browser, Chrome would not start, the preview failed)
  4    measured, but the results or a report could not be written (disk full, no permission,
       read-only, the results lock kept by another run): the files the site reads are left as
       they were, and the message names the file in the temp folder the results were saved in
  130  interrupted (Ctrl-C); 129 on SIGHUP (a closed terminal), 143 on SIGTERM (a cancelled CI
       job): Chrome, the preview and any build are ended, nothing half-written is left. A run
       killed outright (kill -9) leaves a run file beside the results; the next run ends what
       it left running and says so

Examples:
  npm run verify-web-vitals
  npm run verify-web-vitals -- --project handbook --runs 5
  npm run verify-web-vitals -- --url https://example.org/ --profile desktop
  npm run verify-web-vitals -- --project storefront --only endpoints
  npm run verify-web-vitals -- --endpoint https://api.example.org/health
  npm run --silent verify-web-vitals -- --json > result.json
  npm run verify-web-vitals -- --shard 2/3 --out shard-results
  npm run verify-web-vitals -- merge shard-results/*`;

/** Writes a line on stderr, where progress and messages go. */
const say = (text: string) => process.stderr.write(`${text}\n`);

/** Reads the flags, runs the command, and returns its exit status. */
async function main(argv: string[], context: RunContext, session: RunSession): Promise<number> {
  if (argv[0] === 'merge') return merge(argv.slice(1), context);
  const parsed = verifyOptions(argv);
  if (!parsed.ok) {
    for (const problem of parsed.problems) say(`${NAME}: ${problem}`);
    say(`\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return runVerify(parsed.options, context, session);
}

/** The merge subcommand: reads its flags and puts the shards of one run together. */
async function merge(argv: string[], context: RunContext): Promise<number> {
  const parsed = mergeOptions(argv);
  if (!parsed.ok) {
    for (const problem of parsed.problems) say(`${NAME} merge: ${problem}`);
    say(`\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return runMerge(parsed.options, context);
}

/** Where the command reads and writes, and how it speaks. */
function contextAt(root: string): RunContext {
  return {
    root,
    env: process.env,
    name: NAME,
    say,
    out: (text: string) => process.stdout.write(text),
    tty: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    usage: USAGE,
  };
}

/**
 * Runs `npm run verify-web-vitals` with the command line's arguments and leaves with its exit
 * status, once everything it started has ended and stdout has taken everything written to it
 * (Lighthouse may keep handles open that would hold the process).
 */
export function verifyWebVitalsCommand(argv: string[]): void {
  // What the run starts (Chrome, the preview, a build), ended before leaving whatever happens.
  const root = defaultRoot();
  const session = new RunSession(root, say, NAME);
  const leave = (status: number) => {
    session.finish();
    process.stdout.write('', () => process.exit(status));
  };
  main(argv, contextAt(root), session).then(leave, (error: unknown) => {
    say(`${NAME}: unexpected error (a bug; please report it with this trace):\n${error instanceof Error ? error.stack : String(error)}`);
    leave(1);
  });
}
