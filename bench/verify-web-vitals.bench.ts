// The speed goals of verify-web-vitals, measured: its wall time beside Lighthouse CI's
// `lhci collect` on the same fixture pages with the same number of runs (goal: at most 0.4x,
// issue 16), where that time goes (the command's own timings of each phase, asked for with
// PERF_HANDBOOK_TIMINGS), its TTFB probe beside curl's `time_starttransfer` on the same URL
// (goal: within 5 % or 1 ms), and the Lighthouse scores it records for the fast page (goal:
// performance at least 90). It prints figures and never fails on them; progress goes to stderr,
// figures to stdout.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_FLAGS, findChrome } from '../src/io/find-chrome.ts';
import { TIMINGS_ENV, type TimingEvent } from '../src/io/run-timings.ts';
import { probeTtfb } from '../src/io/ttfb-probe.ts';
import { median } from '../src/lib/median.ts';
import { PHASE_NAMES, type RunPhases } from '../src/lib/run-phases.ts';
import type { ResultDocument } from '../src/lib/schema/result.ts';

/** The goals of the issues: at most 0.4x of lhci collect's wall time (issue 16; it was 0.6x). */
const GOAL_WALL_RATIO = 0.4;
const GOAL_TTFB_RELATIVE = 0.05;
const GOAL_TTFB_ABSOLUTE_MS = 1;
/** The performance score a fast fixture page should reach under the desktop profile (Lighthouse calls 90 and above "good"). */
const GOAL_FAST_PERFORMANCE = 90;
/** The fixture page the score goal is about. */
const FAST_PAGE = '/fast';
/** The category scores printed, in Lighthouse's order. */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The fixture pages both tools measure: a fast page and one whose first byte takes 350 ms. */
const PAGES = ['/fast', '/slow'];
/** Where the figures are kept (git-ignored). */
const OUT = resolve('.bench/verify-web-vitals.json');
/** The project's own Node: Lighthouse 13 needs 22.19 or later. */
const NODE = existsSync('node_modules/.bin/node') ? resolve('node_modules/.bin/node') : process.execPath;
const BIN = resolve('node_modules/.bin');

const USAGE = `Usage: npm run bench:verify -- [--runs <n>] [--samples <n>]

  --runs      Lighthouse runs per page for both tools (default 3, the command's default)
  --samples   TTFB samples per URL for the probe and for curl (default 21)`;

/** Parses the flags; a bad one prints the usage and exits 2. */
function options(): { runs: number; samples: number } {
  try {
    const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, samples: { type: 'string', default: '21' }, help: { type: 'boolean' } } });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const runs = Number(values.runs);
    const samples = Number(values.samples);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs is "${values.runs}": expected a whole number from 1`);
    if (!Number.isInteger(samples) || samples < 1) throw new Error(`--samples is "${values.samples}": expected a whole number from 1`);
    return { runs, samples };
  } catch (error) {
    console.error(`bench:verify: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const say = (text: string) => process.stderr.write(`bench:verify: ${text}\n`);

/** Starts the fixture pages in their own process, so the probe's event loop never serves them; resolves with their origin. */
function startFixtures(): Promise<{ origin: string; stop: () => void }> {
  const child = spawn(NODE, ['--import', 'tsx', '--input-type=module', '-e', "const { startFixtureServer } = await import('./tests/scripts/fixture-server.ts'); const s = await startFixtureServer(); console.log(s.origin);"], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}` },
  });
  return new Promise((resolvePromise, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolvePromise({ origin: chunk.toString().trim(), stop: () => child.kill() }));
    child.once('exit', (code) => reject(new Error(`the fixture server stopped (exit ${code})`)));
  });
}

/** Runs a command to its end; resolves with the wall time in ms, its exit status, its stdout alone, and all its output. */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; status: number | null; stdout: string; output: string }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, NO_COLOR: '1', ...env } });
  let stdout = '';
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), (output += chunk.toString())));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolvePromise) => child.once('exit', (status) => resolvePromise({ ms: performance.now() - started, status, stdout, output })));
}

/** One curl request's `time_starttransfer`, in ms. */
function curlFirstByte(url: string): Promise<number> {
  return new Promise((resolvePromise, reject) =>
    execFile('curl', ['-s', '-o', '/dev/null', '-w', '%{time_starttransfer}', url], (error, stdout) => (error ? reject(error) : resolvePromise(Number(stdout) * 1000))),
  );
}

/** Where the command's wall time went, from the timings it wrote: its fixed costs, and the mean of each phase of a page-run. */
interface Breakdown {
  totalMs: number;
  lighthouseLoadMs: number;
  chromeStartMs: number;
  ttfbMs: number;
  pageRuns: number;
  /** The mean of each phase over the page-runs, in ms. */
  perRun: RunPhases;
  /** What no timing covers: Node and tsx starting, reading the content, the result and the table. */
  restMs: number;
}

/** Reads the timings file the command wrote and sums it up. */
function breakdown(file: string, totalMs: number): Breakdown {
  const events = readFileSync(file, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as TimingEvent);
  const sum = (kind: TimingEvent['kind']) => events.filter((event) => event.kind === kind).reduce((total, event) => total + ('ms' in event ? event.ms : 0), 0);
  const runs = events.flatMap((event) => (event.kind === 'lighthouse-run' ? [event.phases] : []));
  const keys = ['wall', ...PHASE_NAMES, 'trace'] as const;
  const perRun = Object.fromEntries(keys.map((key) => [key, runs.length === 0 ? 0 : runs.reduce((total, run) => total + run[key], 0) / runs.length])) as unknown as RunPhases;
  // Chrome starts while Lighthouse loads: the longer of the two is the time they took.
  const accounted = Math.max(sum('lighthouse-load'), sum('chrome-start')) + sum('ttfb') + runs.reduce((total, run) => total + run.wall, 0);
  return { totalMs, lighthouseLoadMs: sum('lighthouse-load'), chromeStartMs: sum('chrome-start'), ttfbMs: sum('ttfb'), pageRuns: runs.length, perRun, restMs: totalMs - accounted };
}

/** A phase's time for the report: whole milliseconds below a second. */
const span = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);

/** The breakdown's lines for the report. */
function breakdownLines(figures: Breakdown): string[] {
  const { perRun } = figures;
  const phases = PHASE_NAMES.map((name) => `${name} ${span(perRun[name])}`).join(', ');
  return [
    `Where verify-web-vitals's ${span(figures.totalMs)} went (its own timings, PERF_HANDBOOK_TIMINGS)`,
    `  fixed: Lighthouse loading ${span(figures.lighthouseLoadMs)} while Chrome starts (${span(figures.chromeStartMs)}), TTFB samples ${span(figures.ttfbMs)}, the rest (Node, content, result) ${span(figures.restMs)}`,
    `  ${figures.pageRuns} page-runs of ${span(perRun.wall)} on average: ${phases} (trace processing ${span(perRun.trace)}, within artifacts and audits)`,
  ];
}

/** Formats ms for the report. */
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(2)} ms`);

async function main(): Promise<void> {
  const { runs, samples } = options();
  const chrome = findChrome();
  if (chrome === undefined) throw new Error('no Chromium found: set CHROME_PATH');
  if (!existsSync(join(BIN, 'lhci'))) throw new Error('Lighthouse CI is missing: npm install (it is a devDependency, for this bench only)');
  const fixtures = await startFixtures();
  const work = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  try {
    const urls = PAGES.map((path) => `${fixtures.origin}${path}`);
    // A content copy keeps the run away from the repository's results (ad hoc pages write nothing anyway).
    cpSync('src/content', join(work, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });

    say(`verify-web-vitals on ${urls.length} pages, ${runs} run(s) each...`);
    const timings = join(work, 'timings.jsonl');
    const ours = await timed(join(BIN, 'tsx'), [resolve('scripts/verify-web-vitals.ts'), ...urls.flatMap((url) => ['--url', url]), '--runs', String(runs), '--profile', 'desktop', '--json'], resolve('.'), {
      PERF_HANDBOOK_ROOT: work,
      CHROME_PATH: chrome,
      [TIMINGS_ENV]: timings,
    });
    if (ours.status !== 1 && ours.status !== 0) throw new Error(`verify-web-vitals exited ${ours.status}:\n${ours.output}`);
    // The scores of each page, as the command recorded them (`--json` puts the document alone on stdout).
    const scores = (JSON.parse(ours.stdout) as ResultDocument).projects
      .flatMap((project) => project.pages)
      .map((page) => ({ path: new URL(page.url).pathname, scores: page.lighthouse?.scores ?? {} }));

    say(`lhci collect on the same pages, ${runs} run(s) each...`);
    const lhciDir = join(work, 'lhci');
    mkdirSync(lhciDir);
    const lhci = await timed(
      join(BIN, 'lhci'),
      ['collect', ...urls.map((url) => `--url=${url}`), `--numberOfRuns=${runs}`, `--chromePath=${chrome}`, '--settings.preset=desktop', `--settings.chromeFlags=${CHROME_FLAGS.join(' ')}`],
      lhciDir,
    );
    if (lhci.status !== 0) throw new Error(`lhci collect exited ${lhci.status}:\n${lhci.output}`);

    say(`TTFB: ${samples} samples per URL for the probe and for curl, alternating...`);
    const ttfb = [];
    for (const url of urls) {
      const probe: number[] = [];
      const curl: number[] = [];
      for (let i = 0; i < samples; i++) {
        const outcome = await probeTtfb(url, { timeoutMs: 10_000 });
        if (!outcome.ok) throw new Error(outcome.error);
        probe.push(outcome.sample.total);
        curl.push(await curlFirstByte(url));
      }
      const [p, c] = [median(probe), median(curl)];
      const difference = p - c;
      ttfb.push({ url, probeMs: p, curlMs: c, ratio: p / c, differenceMs: difference, withinGoal: Math.abs(difference) <= GOAL_TTFB_ABSOLUTE_MS || Math.abs(difference) / c <= GOAL_TTFB_RELATIVE });
    }

    const ratio = ours.ms / lhci.ms;
    const spent = breakdown(timings, ours.ms);
    const lines = [
      `verify-web-vitals vs lhci collect: ${urls.length} fixture pages x ${runs} run(s), desktop, ${chrome}`,
      `  verify-web-vitals (one Chrome, TTFB probe included)  ${ms(ours.ms)}`,
      `  lhci collect (a Chrome per run, Lighthouse 12.6)      ${ms(lhci.ms)}`,
      `  ratio                                                ${ratio.toFixed(2)}x  (goal <= ${GOAL_WALL_RATIO}x: ${ratio <= GOAL_WALL_RATIO ? 'met' : 'missed'})`,
      ...breakdownLines(spent),
      `TTFB probe vs curl time_starttransfer: median of ${samples} samples each, alternating`,
      ...ttfb.map(
        (row) =>
          `  ${new URL(row.url).pathname.padEnd(6)} probe ${ms(row.probeMs).padStart(10)}  curl ${ms(row.curlMs).padStart(10)}  ratio ${row.ratio.toFixed(3)}  difference ${row.differenceMs >= 0 ? '+' : ''}${row.differenceMs.toFixed(2)} ms  (goal within 5 % or 1 ms: ${row.withinGoal ? 'met' : 'missed'})`,
      ),
      `Lighthouse scores verify-web-vitals recorded (median run, desktop): ${CATEGORIES.join(' / ')}`,
      ...scores.map((row) => {
        const score = row.scores.performance;
        const goal = row.path === FAST_PAGE ? `  (goal performance >= ${GOAL_FAST_PERFORMANCE}: ${score != null && score >= GOAL_FAST_PERFORMANCE ? 'met' : 'missed'})` : '';
        return `  ${row.path.padEnd(6)} ${CATEGORIES.map((id) => String(row.scores[id] ?? '?')).join(' / ')}${goal}`;
      }),
    ];
    console.log(lines.join('\n'));
    mkdirSync(resolve('.bench'), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify({ at: new Date().toISOString(), runs, pages: urls.length, oursMs: ours.ms, lhciMs: lhci.ms, ratio, breakdown: spent, ttfb, scores }, null, 2)}\n`);
    say(`figures kept in ${OUT}`);
  } finally {
    fixtures.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:verify: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
