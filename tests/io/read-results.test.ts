import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentPaths } from '../../src/io/content-paths.ts';
import { readHistory, readLatestResult } from '../../src/io/read-results.ts';
import { MAX_HISTORY_READ_BYTES, MAX_RESULT_FILE_BYTES } from '../../src/lib/content-limits.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';
import { historyLineTime } from '../../src/lib/schema/result.ts';

// Each case writes results files into a fresh temp root and reads them back, collecting warnings.
const work = mkdtempSync(join(tmpdir(), 'read-results-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh root with an empty results folder; returns its paths. */
function freshPaths() {
  const paths = contentPaths(mkdtempSync(join(work, 'root-')));
  mkdirSync(paths.results, { recursive: true });
  return paths;
}

/** A history line as our writer makes it. */
const line = (at: string, value = 120) =>
  JSON.stringify({ generatedAt: at, profile: 'mobile', pages: [{ name: 'Home', url: 'https://shop.example/', status: 'pass', metrics: { ttfb: { value, target: 200, status: 'pass' } } }] });

describe('readLatestResult: a result file that cannot be used is skipped with a warning, never fatal', () => {
  const valid = JSON.stringify(sampleDocument());
  test.each<[string, () => string, RegExp]>([
    ['not JSON', () => '{"schemaVersion": 1, "gene', /fixtures\.json: skipped, fixtures shows as not measured: it is not valid JSON/],
    ['a date that is not a date', () => valid.replace('"2026-11-23T10:00:00.000Z"', '"not-a-date"'), /fixtures\.json: skipped.*field `generatedAt` is "not-a-date": expected an ISO 8601 date-time/],
    ['a schema version from a newer handbook', () => valid.replace('"schemaVersion":2', '"schemaVersion":3'), /field `schemaVersion` is 3/],
    ['larger than a result file can be', () => `${valid}${' '.repeat(MAX_RESULT_FILE_BYTES)}`, /it is 4\.\d MiB, over the 4 MiB a result file can take \(MAX_RESULT_FILE_BYTES\)/],
  ])('%s', (_, content, message) => {
    const paths = freshPaths();
    writeFileSync(paths.latestResult('fixtures'), content());
    const warnings: string[] = [];
    expect(readLatestResult('fixtures', join(paths.content, '../..'), (warning) => warnings.push(warning))).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(message);
    expect(warnings[0]).toMatch(/measure again with npm run verify-web-vitals -- --project fixtures to replace it\.$/);
  });

  test('a valid file reads without a warning; a missing one is never measured', () => {
    const paths = freshPaths();
    const root = join(paths.content, '../..');
    const warnings: string[] = [];
    expect(readLatestResult('fixtures', root, (warning) => warnings.push(warning))).toBeUndefined();
    writeFileSync(paths.latestResult('fixtures'), JSON.stringify(sampleDocument()));
    expect(readLatestResult('fixtures', root, (warning) => warnings.push(warning))?.generatedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(warnings).toEqual([]);
  });
});

describe('readHistory', () => {
  test('skips a bad line with a warning naming the file and the line, and keeps the others', () => {
    const paths = freshPaths();
    writeFileSync(paths.history('fixtures'), `${line('2026-11-01T10:00:00.000Z')}\n${line('not-a-date')}\n${line('2026-11-03T10:00:00.000Z')}\n`);
    const warnings: string[] = [];
    const entries = readHistory('fixtures', join(paths.content, '../..'), (warning) => warnings.push(warning));
    expect(entries).toHaveLength(2);
    expect(warnings).toEqual([expect.stringMatching(/results\/fixtures\.history\.jsonl: line 2 skipped: field `generatedAt` is "not-a-date"/)]);
  });

  test('reads only the end of a file larger than the read limit, numbering its lines as in the file', () => {
    const paths = freshPaths();
    const path = paths.history('fixtures');
    // Over the limit in old runs, then three recent lines, the middle one bad.
    const old = `${line('2025-01-01T00:00:00.000Z')}\n`;
    const oldLines = Math.ceil((MAX_HISTORY_READ_BYTES + 1024 * 1024) / old.length);
    writeFileSync(path, old.repeat(oldLines));
    appendFileSync(path, `${line('2026-11-01T10:00:00.000Z')}\nnot json\n${line('2026-11-03T10:00:00.000Z')}\n`);
    const warnings: string[] = [];
    const entries = readHistory('fixtures', join(paths.content, '../..'), (warning) => warnings.push(warning));
    expect(historyLineTime(entries.at(-1)!)).toBe('2026-11-03T10:00:00.000Z');
    expect(entries.length).toBeLessThan(oldLines);
    expect(warnings[0]).toMatch(/fixtures\.history\.jsonl: lines 1–\d+ skipped: only the last 8 MiB of the file are read \(MAX_HISTORY_READ_BYTES\)/);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`: line ${oldLines + 2} skipped: is not valid JSON`)));
  });
});
