import { spawn } from 'node:child_process';
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

/** Starts the write loop in a child process. */
function writeLoop(root: string, count: number, label: string) {
  return spawn(NODE, ['--import', 'tsx', 'tests/fixtures/write-loop.ts', root, String(count), label], { stdio: ['ignore', 'pipe', 'pipe'] });
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
    expect(readHistory('fixtures', root).map((entry) => entry.pages[0]!.status)).toEqual(['pass', 'error']);
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

  test('a run killed in the middle of its writes leaves whole files, and the next write clears its leftovers', async () => {
    const root = freshRoot();
    for (const delay of [150, 260, 370, 480]) {
      const child = writeLoop(root, 1000, `killed-${delay}`);
      // Wait for a first complete write, then kill at a moment unrelated to the loop's rhythm.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expectWhole(root);
    }
    await writeProjectResults(sampleDocument(), root);
    expect(readdirSync(contentPaths(root).results).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
    expectWhole(root);
  });
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
