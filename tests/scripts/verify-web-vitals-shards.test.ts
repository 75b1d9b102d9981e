import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { partialFileName, partialResultSchema, type PartialResult } from '../../src/lib/shards/partial-result-schema.ts';
import { historyEntrySchema, resultDocumentSchema, type ResultDocument } from '../../src/lib/schema/result.ts';
import { fixturePage, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { contentCopy, fixtureProject, resultFiles, startSlowerPage, verify, type Run } from './verify-command.ts';

// The real command, sharded: the same pages measured in one piece and as 1, 2 and 3 shards run
// side by side (real Lighthouse, the system Chromium, pages on 127.0.0.1), each set merged, and the
// merged outputs compared with the unsharded run's once the measured figures are set aside.

const work = mkdtempSync(join(tmpdir(), 'verify-shards-'));
/** One Lighthouse run and two TTFB samples a page: the shards are what is tested, not the median. */
const OPTIONS = ['--runs', '1', '--ttfb-samples', '1', '--timeout', '10'];
const MEASURE = ['--project', 'fixtures', '--project', 'second', ...OPTIONS];
/**
 * The fields whose values are measured, not decided: timings, counts of a load, Lighthouse
 * figures, and whether the load probe kept its schedule on this machine (with three runs side by
 * side it may not: the endpoint that is down is then an error for that reason instead).
 */
const MEASURED = new Set(['generatedAt', 'value', 'lighthouse', 'ttfbBreakdown', 'latency', 'serviceTime', 'throughput', 'sent', 'completed', 'errors', 'lateSends', 'warmup', 'probeBehind']);
/** The two errors of the endpoint that is down: no answer, or a probe that fell behind on a loaded machine. */
const ENDPOINT_ERROR = /(no request completed|the probe, not the server, fell behind)[^<\n|"]*/g;

/** A document with its measured figures set aside: what must be equal sharded or not. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, MEASURED.has(key) ? '<measured>' : normalized(field)]));
  return typeof value === 'string' ? value.replace(ENDPOINT_ERROR, '<endpoint error>') : value;
}
/** Text with its figures set aside (values, times, ports are all digits; the rest must match). */
const figuresOut = (text: string) => text.replace(ENDPOINT_ERROR, '<endpoint error>').replace(/\d+(\.\d+)?/g, 'N').replace(/ +/g, ' ');
/** The end table of a run, from its header to its counts line. */
function endTable(stderr: string): string {
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => line.startsWith('PROJECT '));
  const end = lines.findIndex((line, index) => index > start && /^\d+ pages?: /.test(line));
  return figuresOut(lines.slice(start, end + 1).join('\n'));
}
const progressLines = (stderr: string) => stderr.split('\n').filter((line) => /^\[\d+\/\d+\] /.test(line));

/** Everything one way of measuring produced: the document, the files the site reads, the CI reports, the run's output. */
interface Outcome {
  run: Run;
  document: ResultDocument;
  root: string;
  junit: string;
  summary: string;
}

let server: FixtureServer;
let slower: Awaited<ReturnType<typeof startSlowerPage>>;
let refusedUrl: string;
let whole: Outcome;
const sharded = new Map<number, { shards: Run[]; dirs: string[]; merged: Outcome }>();

/**
 * The projects measured: a page that misses its TTFB target and a fast one in one project, an
 * endpoint that is down in another. In that order the cut into 2 puts the slow page and the
 * endpoint in shard 1, so shard 2 passes.
 */
function projects(): Record<string, string> {
  return {
    fixtures: fixtureProject([
      { name: 'Slow', url: slower.url },
      { name: 'Fast', url: `${server.origin}/fast` },
    ]),
    second: fixtureProject([], [{ name: 'Down', url: refusedUrl, load: '{ rate: 10, requests: 10, warmupSeconds: 0 }' }]),
  };
}

/** Runs a command that ends with the JSON document, JUnit and step summary, in a fresh root or the one given. */
async function measured(args: string[], root: string): Promise<Outcome> {
  const junit = join(root, 'reports', 'web-vitals.xml');
  const summary = join(root, 'step-summary.md');
  const run = await verify([...args, '--json', '--junit', junit], root, { GITHUB_STEP_SUMMARY: summary });
  return { run, document: JSON.parse(run.stdout) as ResultDocument, root, junit: readFileSync(junit, 'utf8'), summary: readFileSync(summary, 'utf8') };
}

beforeAll(async () => {
  server = await startFixtureServer();
  slower = await startSlowerPage(fixturePage('Slower first byte'));
  refusedUrl = `${server.refusedUrl}down`;
  whole = await measured(MEASURE, contentCopy(work, projects()));
  for (const total of [1, 2, 3]) {
    const root = contentCopy(work, projects());
    const dirs = Array.from({ length: total }, (_, index) => join(work, `shards-of-${total}`, `shard-${index + 1}`));
    const shards = await Promise.all(dirs.map((dir, index) => verify([...MEASURE, '--shard', `${index + 1}/${total}`, '--out', dir], root)));
    sharded.set(total, { shards, dirs, merged: await measured(['merge', ...dirs], root) });
  }
}, 300_000);
afterAll(async () => {
  await server.close();
  await slower.close();
  rmSync(work, { recursive: true, force: true });
});

/** The partial result a shard wrote. */
const partialIn = (dir: string): PartialResult => partialResultSchema.parse(JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8')));

describe.each([1, 2, 3])('measured as %i shard(s) and merged', (total) => {
  test('every shard wrote its partial result, and the merge exits as the unsharded run: 1, a page missed a target', () => {
    const { shards, dirs, merged } = sharded.get(total)!;
    expect(whole.run.status, whole.run.stderr).toBe(1);
    expect(merged.run.status, merged.run.stderr).toBe(1);
    dirs.forEach((dir, index) => {
      expect(shards[index]!.status, shards[index]!.stderr).not.toBe(2);
      expect(readdirSync(dir)).toEqual([partialFileName(index + 1, total)]);
    });
    expect(resultDocumentSchema.safeParse(merged.document).success).toBe(true);
  });

  test('the merged document equals the unsharded one but for the measured figures', () => {
    const { merged } = sharded.get(total)!;
    expect(normalized(merged.document)).toEqual(normalized(whole.document));
    expect(merged.document.projects.map((project) => [project.id, project.pages.map((page) => page.name), project.endpoints?.map((endpoint) => endpoint.name)])).toEqual([
      ['fixtures', ['Slow', 'Fast'], undefined],
      ['second', [], ['Down']],
    ]);
    expect(merged.document.projects[0]!.pages.map((page) => page.status)).toEqual(['fail', 'pass']);
  });

  test('the files the site reads are those of the unsharded run: the latest result where something was measured, one history line per project', () => {
    const { merged } = sharded.get(total)!;
    // The project whose only endpoint is down measured nothing: its last result stays (there is none), its history gets the line.
    expect(resultFiles(merged.root)).toEqual(['fixtures.history.jsonl', 'fixtures.json', 'second.history.jsonl']);
    expect(resultFiles(whole.root)).toEqual(resultFiles(merged.root));
    const read = (root: string, name: string) => readFileSync(join(root, 'src/content/results', name), 'utf8');
    expect(normalized(JSON.parse(read(merged.root, 'fixtures.json')))).toEqual(normalized(JSON.parse(read(whole.root, 'fixtures.json'))));
    for (const id of ['fixtures', 'second']) {
      const lines = read(merged.root, `${id}.history.jsonl`).trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(historyEntrySchema.safeParse(JSON.parse(lines[0]!)).success).toBe(true);
      expect(normalized(JSON.parse(lines[0]!))).toEqual(normalized(JSON.parse(read(whole.root, `${id}.history.jsonl`).trim())));
    }
  });

  test('the JUnit report, the step summary and the end table read as the unsharded run\'s', () => {
    const { merged } = sharded.get(total)!;
    expect(figuresOut(merged.junit)).toBe(figuresOut(whole.junit));
    expect(merged.junit).toMatch(/<testsuites name="verify-web-vitals" tests="\d+" failures="1" errors="\d+"/);
    expect(figuresOut(merged.summary)).toBe(figuresOut(whole.summary));
    expect(endTable(merged.run.stderr)).toBe(endTable(whole.run.stderr));
    expect(endTable(merged.run.stderr)).toMatch(/N pages: N pass, N fail · N endpoint: N error/);
  });

  test('each shard measures its share, every page and endpoint exactly once, with the same progress lines', () => {
    const { shards, dirs } = sharded.get(total)!;
    const partials = dirs.map(partialIn);
    const items = partials.flatMap((partial) => partial.items);
    expect(items.sort()).toEqual(['fixtures/page/1', 'fixtures/page/2', 'second/endpoint/1']);
    expect(new Set(partials.map((partial) => partial.fingerprint)).size).toBe(1);
    const lineShape = /^\[\d+\/\d+\] (fixtures|second) · (Fast|Slow|Down) · .+ · \d+\.\d s$/;
    for (const line of progressLines(whole.run.stderr)) expect(line).toMatch(lineShape);
    shards.forEach((shard, index) => {
      const lines = progressLines(shard.stderr);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(lineShape);
      // The progress counts the shard's own share: [k/share size].
      expect(lines.at(-1)).toMatch(new RegExp(`^\\[${partials[index]!.items.length}/${partials[index]!.items.length}\\] `));
      expect(shard.stderr).toMatch(new RegExp(`shard ${index + 1}/${total}: ${partials[index]!.items.length} of 3 pages and endpoints, about `));
      expect(shard.stdout).toMatch(/^\nPROJECT +(PAGE +TTFB|ENDPOINT +API-P50)/);
    });
  });
});

test('a failing page in one shard fails that shard and the merge; the shard without one passes', () => {
  const { shards, dirs, merged } = sharded.get(2)!;
  const failing = dirs.map(partialIn).map((partial) => partial.items.some((key) => key === 'fixtures/page/1' || key === 'second/endpoint/1'));
  expect(failing).toEqual([true, false]); // the cut puts the slow page and the endpoint that is down together: one shard fails
  shards.forEach((shard, index) => expect(shard.status, shard.stderr).toBe(failing[index] ? 1 : 0));
  expect(merged.run.status).toBe(1);
});

describe.concurrent('a set of shards that is not one whole run is refused, exit 2, and nothing is written', () => {
  /** Merges these folders into a fresh root; returns the run and the results left there. */
  async function mergeInto(dirs: string[]): Promise<{ run: Run; files: string[] }> {
    const root = contentCopy(work, projects());
    const run = await verify(['merge', ...dirs], root);
    return { run, files: resultFiles(root) };
  }

  test('a missing shard is named', async () => {
    const { dirs } = sharded.get(3)!;
    const { run, files } = await mergeInto([dirs[0]!, dirs[2]!]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/verify-web-vitals merge: shard 2\/3 is missing: none of .* holds verify-web-vitals-shard-2-of-3\.json/);
    expect(run.stderr).toMatch(/nothing was written/);
    expect(files).toEqual([]);
  });

  test('a doubled shard is named with both its files', async () => {
    const { dirs } = sharded.get(3)!;
    const copy = join(work, 'doubled');
    mkdirSync(copy, { recursive: true });
    copyFileSync(join(dirs[1]!, partialFileName(2, 3)), join(copy, partialFileName(2, 3)));
    const { run, files } = await mergeInto([...dirs, copy]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/shard 2\/3 is doubled: .*shard-2\/verify-web-vitals-shard-2-of-3\.json and .*doubled\/verify-web-vitals-shard-2-of-3\.json/);
    expect(files).toEqual([]);
  });

  test('a shard of a run cut into another number of shards is foreign', async () => {
    const three = sharded.get(3)!.dirs;
    const two = sharded.get(2)!.dirs;
    const { run, files } = await mergeInto([three[0]!, three[1]!, three[2]!, two[1]!]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/shard 2\/2 \(.*shards-of-2\/shard-2\/verify-web-vitals-shard-2-of-2\.json\) is foreign: it is a shard of a run cut into 2, the others .* of a run cut into 3/);
    expect(files).toEqual([]);
  });

  test('a shard of a run with another selection or options is foreign, and says what differs', async () => {
    const { dirs } = sharded.get(3)!;
    const other = join(work, 'other-run');
    const root = contentCopy(work, projects());
    const shard = await verify(['--project', 'second', '--only', 'endpoints', ...OPTIONS, '--shard', '3/3', '--out', other], root);
    expect(shard.status, shard.stderr).toBe(0); // its share is empty: one endpoint for three shards
    const { run, files } = await mergeInto([dirs[0]!, dirs[1]!, other]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/shard 3\/3 \(.*other-run\/verify-web-vitals-shard-3-of-3\.json\) is foreign: it belongs to another run than shard 1\/3 .*, with other options \(only "endpoints" instead of null\)/);
    expect(run.stderr).toMatch(/shard 3\/3 is missing/);
    expect(files).toEqual([]);
  });

  test('an edited partial result is refused, naming its file and field', async () => {
    const { dirs } = sharded.get(3)!;
    const edited = join(work, 'edited');
    mkdirSync(edited, { recursive: true });
    const partial = JSON.parse(readFileSync(join(dirs[2]!, partialFileName(3, 3)), 'utf8')) as PartialResult;
    partial.plan.options.runs = 5;
    writeFileSync(join(edited, partialFileName(3, 3)), JSON.stringify(partial));
    const { run, files } = await mergeInto([dirs[0]!, dirs[1]!, edited]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/edited\/verify-web-vitals-shard-3-of-3\.json: field `fingerprint` does not match its `plan`: the file was edited/);
    expect(files).toEqual([]);
  });

  test('a folder with no partial result, and one that does not exist, are named', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const { run } = await mergeInto([empty, join(work, 'no-such-folder')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/empty holds no partial result/);
    expect(run.stderr).toMatch(/no-such-folder does not exist: expected a folder written by --shard i\/n --out <dir>/);
  });
});

describe.concurrent('bad shard specs exit 2 naming --shard, before anything is measured', () => {
  test.each<[string[], RegExp]>([
    [['--shard', '0/3', '--out', 'x'], /--shard is "0\/3": the index must be from 1 to 3 \(shards are counted from 1\)/],
    [['--shard', '4/3', '--out', 'x'], /--shard is "4\/3": the index must be from 1 to 3/],
    [['--shard', 'a/b', '--out', 'x'], /--shard is "a\/b": expected --shard <i>\/<n>, shard i of n counted from 1/],
    [['--shard', '/3', '--out', 'x'], /--shard is "\/3": the index is missing \(as when CI_NODE_INDEX is unset/],
    [['--shard', '/', '--out', 'x'], /--shard is "\/": the index and the total are missing/],
    [['--shard', '2/3'], /--shard needs --out <dir>/],
    [['--out', 'x'], /--out writes a shard's partial result: give --shard <i>\/<n>/],
    [['merge'], /merge needs the shards: expected merge <dir>\.\.\./],
    [['merge', 'x', '--runs', '3'], /unknown option "--runs" for merge/],
  ])('%j', async (args, message) => {
    const root = contentCopy(work, projects());
    const run = await verify(args[0] === 'merge' ? args : ['--project', 'fixtures', ...args], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Usage: npm run verify-web-vitals/);
    expect(run.stderr).not.toMatch(/^\[\d+\//m); // nothing measured
    expect(resultFiles(root)).toEqual([]);
    expect(existsSync(join(process.cwd(), 'x'))).toBe(false);
  });
});

test('a shard with nothing to measure writes an empty partial result and exits 0, without a browser', async () => {
  const root = contentCopy(work, projects());
  const out = join(work, 'empty-share');
  const run = await verify([...MEASURE, '--shard', '6/6', '--out', out], root, { CHROME_PATH: join(work, 'no-such-chrome') });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toMatch(/shard 6\/6: 0 of 3 pages and endpoints.*\n.*shard 6\/6: nothing to measure; wrote .*verify-web-vitals-shard-6-of-6\.json/);
  expect(partialIn(out)).toMatchObject({ shard: { index: 6, total: 6 }, items: [], projects: [] });
});
