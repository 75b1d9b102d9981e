// How evenly `verify-web-vitals --shard i/n` cuts one page set: the same fixture pages measured in
// 1, 2 and 4 shards, each shard run one after another on this machine (Lighthouse must not run
// twice at once here), then merged. For each n it prints every shard's wall time, their sum, the
// longest beside the sum divided by n (goal: within 1.25x, so n machines finish in about 1/n of
// the time), and the longest shard plus the merge beside the one-piece run measured in the same
// bench run (what a CI matrix of n machines would wait). It prints figures and never fails on
// them; progress goes to stderr, figures to stdout.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChrome } from '../src/io/find-chrome.ts';
import { textTable } from './lib/text-table.ts';

/** The goal of issue 16: the longest shard within 1.25x of the total divided by n. */
const GOAL_BALANCE = 1.25;
/** The shard counts compared. */
const SHARD_COUNTS = [1, 2, 4];
/** Fixture pages measured: the fast page under distinct queries, so each is its own page; a count every shard count divides. */
const PAGE_COUNT = 8;
/** Where the figures are kept (git-ignored). */
const OUT = resolve('.bench/shards.json');
const NODE = existsSync('node_modules/.bin/node') ? resolve('node_modules/.bin/node') : process.execPath;
const BIN = resolve('node_modules/.bin');

const USAGE = `Usage: npm run bench:shards -- [--runs <n>]

  --runs      Lighthouse runs per page (default 1: the balance, not the median, is measured)`;

const say = (text: string) => process.stderr.write(`bench:shards: ${text}\n`);

/** Parses the flags; a bad one prints the usage and exits 2. */
function options(): { runs: number } {
  try {
    const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, help: { type: 'boolean' } } });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error(`--runs is "${values.runs}": expected a whole number from 1 to 20`);
    return { runs };
  } catch (error) {
    console.error(`bench:shards: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** Starts the fixture pages in their own process, so the command's event loop never serves them; resolves with their origin. */
function startFixtures(): Promise<{ origin: string; stop: () => void }> {
  const child = spawn(NODE, ['--import', 'tsx', '--input-type=module', '-e', "const { startFixtureServer } = await import('./tests/scripts/fixture-server.ts'); const s = await startFixtureServer(); console.log(s.origin);"], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolvePromise({ origin: chunk.toString().trim(), stop: () => child.kill() }));
    child.once('exit', (code) => reject(new Error(`the fixture server stopped (exit ${code})`)));
  });
}

/** Runs verify-web-vitals with these arguments to its end; resolves with its wall time in ms, its exit status and its output. */
function timed(args: string[], root: string): Promise<{ ms: number; status: number | null; output: string }> {
  const started = performance.now();
  const child = spawn(NODE, ['--import', 'tsx', 'scripts/verify-web-vitals.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PERF_HANDBOOK_ROOT: root, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolvePromise) => child.once('exit', (status) => resolvePromise({ ms: performance.now() - started, status, output })));
}

/** Fails the bench when a command did not run to a verdict (0 or 1). */
function checked(run: { status: number | null; output: string }, what: string): void {
  if (run.status !== 0 && run.status !== 1) throw new Error(`${what} exited ${run.status}:\n${run.output}`);
}

/** A content copy with one project of PAGE_COUNT fast fixture pages; returns its root. */
function contentWith(work: string, origin: string): string {
  const root = mkdtempSync(join(work, 'root-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  const pages = Array.from({ length: PAGE_COUNT }, (_, index) => `  - { name: Page ${index + 1}, url: "${origin}/fast?page=${index + 1}" }`);
  writeFileSync(join(root, 'src/content/projects/bench.yaml'), `name: Bench\ndescription: Fixture pages of the shard bench.\nowner: { name: Bench }\nprofile: desktop\npages:\n${pages.join('\n')}\n`);
  return root;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const { runs } = options();
  if (findChrome() === undefined) throw new Error('no Chromium found: set CHROME_PATH');
  const fixtures = await startFixtures();
  const work = mkdtempSync(join(tmpdir(), 'bench-shards-'));
  const measure = ['--project', 'bench', '--runs', String(runs)];
  const figures: Array<{ shards: number; shardMs: number[]; mergeMs: number }> = [];
  try {
    say(`${PAGE_COUNT} pages in one piece, ${runs} run(s) each...`);
    const whole = await timed(measure, contentWith(work, fixtures.origin));
    checked(whole, 'the run in one piece');
    for (const total of SHARD_COUNTS) {
      const root = contentWith(work, fixtures.origin);
      const dirs: string[] = [];
      const shardMs: number[] = [];
      for (let index = 1; index <= total; index++) {
        say(`shard ${index}/${total}...`);
        const dir = join(work, `of-${total}`, `shard-${index}`);
        const run = await timed([...measure, '--shard', `${index}/${total}`, '--out', dir], root);
        checked(run, `shard ${index}/${total}`);
        dirs.push(dir);
        shardMs.push(run.ms);
      }
      const merge = await timed(['merge', ...dirs], root);
      checked(merge, `the merge of ${total}`);
      figures.push({ shards: total, shardMs, mergeMs: merge.ms });
    }
    const rows = figures.map(({ shards, shardMs, mergeMs }) => {
      const sum = shardMs.reduce((total, ms) => total + ms, 0);
      const longest = Math.max(...shardMs);
      const balance = longest / (sum / shards);
      const wall = longest + mergeMs;
      return [String(shards), shardMs.map(seconds).join(' + '), seconds(sum), seconds(longest), seconds(sum / shards), `${balance.toFixed(2)}x ${balance <= GOAL_BALANCE ? 'ok' : 'MISSED'}`, seconds(mergeMs), `${seconds(wall)} (${(wall / whole.ms).toFixed(2)}x)`];
    });
    console.log(`\nverify-web-vitals --shard: ${PAGE_COUNT} fast fixture pages, ${runs} Lighthouse run(s) each; one piece took ${seconds(whole.ms)} on this machine.`);
    console.log(textTable(['SHARDS', 'EACH SHARD', 'SUM', 'LONGEST', 'SUM/N', `LONGEST / (SUM/N), GOAL <= ${GOAL_BALANCE}x`, 'MERGE', 'LONGEST + MERGE (VS ONE PIECE)'], rows));
    console.log('\nEach shard pays its own start (Node, Chrome): the sum grows with n, and the last column is what a matrix of n machines waits.');
    mkdirSync(resolve('.bench'), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify({ pages: PAGE_COUNT, runs, wholeMs: whole.ms, figures }, null, 2)}\n`);
  } finally {
    fixtures.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:shards: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
