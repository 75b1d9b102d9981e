import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentPaths } from '../../src/io/content-paths.ts';
import { readHistory, readLatestResult } from '../../src/io/read-results.ts';
import { writeProjectResults } from '../../src/io/write-results.ts';
import { WriteError } from '../../src/io/write-error.ts';
import { historyEntrySchema, resultDocumentSchema, type ResultDocument } from '../../src/lib/schema/result.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from '../fixtures/small-disk.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';

// Results land in a temp copy of the content (PERF_HANDBOOK_ROOT-style root), never in the repo.
const work = mkdtempSync(join(tmpdir(), 'write-results-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** The project's Node (Lighthouse and Astro need 22+) running TypeScript through tsx. */
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
/** strace holds a writer's renames back, so a kill is sure to land between a temp file's write and its rename. */
const STRACE = ['/usr/bin/strace', '/bin/strace'].find((path) => existsSync(path));
/** How long each rename of a held writer waits: ample time for the test to see the finished temp file and kill. */
const RENAME_HOLD_MS = 1_000;

/** A fresh root with an empty results folder. */
function freshRoot(): string {
  const root = mkdtempSync(join(work, 'root-'));
  cpSync('src/content/projects', join(root, 'src/content/projects'), { recursive: true });
  return root;
}

/** The sample document with every page in error. */
function allInError(document: ResultDocument): ResultDocument {
  const project = document.projects[0]!;
  return { ...document, generatedAt: '2026-11-24T10:00:00.000Z', status: 'error', projects: [{ ...project, status: 'error', pages: project.pages.map((page) => ({ name: page.name, url: page.url, status: 'error' as const, error: 'connection refused', metrics: {}, runs: 0, ttfbSamples: 0 })) }] };
}

/** Starts the write loop in a child process; with `holdRenamesMs`, under strace, each of its renames held back that long. */
function writeLoop(root: string, count: number, label: string, options: { holdRenamesMs?: number } = {}) {
  const args = ['--import', 'tsx', 'tests/fixtures/write-loop.ts', root, String(count), label];
  if (options.holdRenamesMs === undefined) return spawn(NODE, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const renames = 'rename,renameat,renameat2';
  return spawn(STRACE!, ['-f', '-qq', '--seccomp-bpf', '-o', '/dev/null', '-e', `trace=${renames}`, '-e', `inject=${renames}:delay_enter=${options.holdRenamesMs * 1000}`, NODE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The temp files in a results folder (writeFileAtomic's `.<name>.<pid>.<8 hex>.tmp`), sorted. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp')).sort();
}

/** True when `text` is a whole result document written by the write loop labelled `label`. */
function wholeDocumentOf(text: string, label: string): boolean {
  const parsed = resultDocumentSchema.safeParse(JSON.parse(text));
  return parsed.success && parsed.data.projects[0]!.pages[0]!.name === `${label} page 0`;
}

/** Waits for `promise`, failing with `message` after `limitMs`. */
async function bounded<T>(promise: Promise<T>, limitMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${limitMs} ms`)), limitMs);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls the results folder until a temp file of `target` holds what `isWhole` accepts (the writer has
 * written all of it and not yet renamed it), and returns it with its writer's pid. Fails when the
 * writer ends first (it renamed before any kill could land) or after 30 s.
 */
async function waitForTemp(dir: string, target: string, writer: ChildProcess, isWhole: (text: string) => boolean): Promise<{ name: string; pid: number; text: string }> {
  const pattern = new RegExp(`^\\.${target.replace(/\./g, '\\.')}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (writer.exitCode !== null || writer.signalCode !== null) throw new Error(`the writer ended before a whole temp file of ${target} was seen: no kill landed between its write and its rename`);
    for (const name of readdirSync(dir)) {
      const match = pattern.exec(name);
      if (!match) continue;
      let text: string;
      try {
        text = readFileSync(join(dir, name), 'utf8');
        if (!isWhole(text)) continue; // still being written, or another writer's leftover
      } catch {
        continue; // half written (not JSON yet), or renamed meanwhile
      }
      return { name, pid: Number(match[1]), text };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no whole temp file of ${target} within 30 s`);
}

/** Checks that every results file parses completely: the latest document and each history line. */
function expectWhole(root: string): { lines: number } {
  const paths = contentPaths(root);
  const latest = readFileSync(paths.latestResult('fixtures'), 'utf8');
  expect(resultDocumentSchema.safeParse(JSON.parse(latest)).success).toBe(true);
  const lines = readFileSync(paths.history('fixtures'), 'utf8').split('\n').filter((line) => line !== '');
  for (const line of lines) expect(historyEntrySchema.safeParse(JSON.parse(line)).success).toBe(true);
  return { lines: lines.length };
}

describe('writeProjectResults', () => {
  test('writes the latest result and one history line, both readable by the site', async () => {
    const root = freshRoot();
    const written = await writeProjectResults(sampleDocument(), root);
    expect(written.latest).toMatch(/results\/fixtures\.json$/);
    expect(readLatestResult('fixtures', root)?.generatedAt).toBe(sampleDocument().generatedAt);
    expect(readHistory('fixtures', root)).toHaveLength(1);
  });

  test('a run that measured nothing leaves the last good result byte for byte, and the history grows', async () => {
    const root = freshRoot();
    await writeProjectResults(sampleDocument(), root);
    const before = readFileSync(contentPaths(root).latestResult('fixtures'));
    const written = await writeProjectResults(allInError(sampleDocument()), root);
    expect(written.latest).toBeUndefined();
    expect(readFileSync(contentPaths(root).latestResult('fixtures'))).toEqual(before);
    expect(readHistory('fixtures', root).map((entry) => ('status' in entry.pages[0]! ? entry.pages[0]!.status : 'day'))).toEqual(['pass', 'error']);
  });

  test('an unreadable latest result is replaced, and a torn history line left by a killed run stays harmless', async () => {
    const root = freshRoot();
    const paths = contentPaths(root);
    await writeProjectResults(sampleDocument(), root);
    writeFileSync(paths.latestResult('fixtures'), '{"schemaVersion": 1, "gene');
    writeFileSync(paths.history('fixtures'), `${readFileSync(paths.history('fixtures'), 'utf8')}{"generatedAt":"2026-11-2`);
    await writeProjectResults(sampleDocument(), root);
    expect(readLatestResult('fixtures', root)).toBeDefined();
    expect(readHistory('fixtures', root)).toHaveLength(2);
  });

  test('runs writing at once lose no line and tear no file', async () => {
    const root = freshRoot();
    const children = ['a', 'b', 'c'].map((label) => writeLoop(root, 15, label));
    const codes = await Promise.all(children.map((child) => new Promise<number | null>((resolve) => child.once('exit', resolve))));
    expect(codes).toEqual([0, 0, 0]);
    expect(expectWhole(root).lines).toBe(45);
    expect(readdirSync(contentPaths(root).results).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  // Each writer below writes once, under strace with every rename held back RENAME_HOLD_MS; the test
  // kills it with -9 as soon as the temp file of `target` holds all its new content, so the kill
  // lands between the temp file's write and its rename, every time, and the test proves it did.
  test.skipIf(skipWithout(STRACE !== undefined, 'strace (apt-get install strace)'))('a writer killed with -9 between a temp file’s write and its rename leaves the old file whole, and the next writer clears its leftover', async () => {
    const root = freshRoot();
    const results = contentPaths(root).results;
    await writeProjectResults(sampleDocument(), root); // the old content, whole
    const kills: Array<[string, string, (text: string, before: string, label: string) => boolean]> = [
      // Killed before the latest result's rename: the temp file is a whole document of this writer.
      ['the latest result', 'fixtures.json', (text, _, label) => wholeDocumentOf(text, label)],
      // Killed before the history's rename: the temp file is the old history plus one whole line.
      ['the history', 'fixtures.history.jsonl', (text, before) => text.startsWith(before) && historyEntrySchema.safeParse(JSON.parse(text.slice(before.length))).success],
      // Killed before the latest result's rename again: the history writer's leftover must be gone by then.
      ['the latest result, after a killed writer', 'fixtures.json', (text, _, label) => wholeDocumentOf(text, label)],
    ];
    for (const [what, target, whole] of kills) {
      const label = `killed at ${what}`;
      const before = readFileSync(join(results, target), 'utf8');
      const child = writeLoop(root, 1, label, { holdRenamesMs: RENAME_HOLD_MS });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const temp = await waitForTemp(results, target, child, (text) => whole(text, before, label));
      process.kill(temp.pid, 'SIGKILL');
      await bounded(exited, 10_000, `the killed writer (${what}) did not end`);
      // The kill landed mid-write: the renamed-to file is the old content, whole; the temp file is the writer's new content, left behind.
      expect(readFileSync(join(results, target), 'utf8'), what).toBe(before);
      expect(readFileSync(join(results, temp.name), 'utf8'), what).toBe(temp.text);
      // The only leftover is this writer's: the writer before it cleared the one the previous kill left.
      expect(leftovers(results), what).toEqual([temp.name]);
      expectWhole(root);
    }
    await writeProjectResults(sampleDocument(), root);
    expect(leftovers(results)).toEqual([]);
    expectWhole(root);
  }, 120_000);
});

describe.skipIf(skipWithout(smallDiskAvailable, 'root, to mount a small tmpfs'))('writeProjectResults on a real full disk (a tmpfs mounted by the test; needs root)', () => {
  const disks: SmallDisk[] = [];
  afterAll(() => disks.forEach((disk) => disk.unmount()));

  test.each<[string, number, RegExp]>([
    // Not even the lock's owner file fits.
    ['no page left: the lock cannot be written', 0, /results\/\.verify-web-vitals\.lock could not be written: the disk is full \(ENOSPC\)/],
    // The lock takes the last page; the result does not fit.
    ['one page left: the lock is taken, the result does not fit', 1, /results\/fixtures\.json could not be written: the disk is full \(ENOSPC\); free some space on it, then run the command again\./],
  ])('%s: a WriteError that names the file, the last good files byte for byte, nothing left behind', async (_, pagesLeft, message) => {
    const disk = mountSmallDisk(work);
    disks.push(disk);
    const root = join(disk.dir, 'root');
    cpSync('src/content/projects/handbook.yaml', join(root, 'src/content/projects/handbook.yaml'));
    await writeProjectResults(sampleDocument(), root);
    const results = contentPaths(root).results;
    const before = Object.fromEntries(readdirSync(results).map((name) => [name, readFileSync(join(results, name))]));
    disk.fill(pagesLeft);
    const error = await writeProjectResults({ ...sampleDocument(), generatedAt: '2026-11-24T10:00:00.000Z' }, root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toMatch(message);
    expect(Object.fromEntries(readdirSync(results).map((name) => [name, readFileSync(join(results, name))]))).toEqual(before);
  });
});

describe('writeProjectResults rolls the history up as it appends', () => {
  test('runs older than the raw window become day lines, the new run is appended whole', async () => {
    const root = freshRoot();
    const paths = contentPaths(root);
    const document = { ...sampleDocument(), projects: [{ ...sampleDocument().projects[0]!, id: 'storefront' }] };
    // Forty older runs, one a day for forty days before the run, each a plain run line.
    const old = Array.from({ length: 40 }, (_, day) => ({ ...document, generatedAt: new Date(Date.parse(document.generatedAt) - (40 - day) * 86_400_000).toISOString() }));
    for (const earlier of old) await writeProjectResults(earlier, root);
    await writeProjectResults(document, root);
    const lines = readFileSync(paths.history('storefront'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const days = lines.filter((line) => line.schemaVersion === 2);
    // Rolled at the last run (2026-11-23): runs up to 2026-11-09 are days; 13 older runs within the window and the run itself stay whole.
    expect(days).toHaveLength(27);
    expect(lines.filter((line) => line.schemaVersion === undefined)).toHaveLength(14);
    expect(lines.at(-1)!.generatedAt).toBe(document.generatedAt);
    expect(readHistory('storefront', root)).toHaveLength(41);
  });
});
