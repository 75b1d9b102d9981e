import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { historyLines } from '../../src/lib/history-lines.ts';
import { isHistoryDay, type HistoryEntry } from '../../src/lib/schema/result.ts';

// The real `npm run history -- rollup` on a copy of the content holding 60 days of hourly runs.
const SCRIPT = 'scripts/history.ts';
const NOW = '2026-12-01T09:30:00Z';
const root = mkdtempSync(join(tmpdir(), 'perf-handbook-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
mkdirSync(join(root, 'src/content/results'));
const file = join(root, 'src/content/results/storefront.history.jsonl');

/** Runs the command in one process, with the copy as its root and a fixed now. */
function history(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, PERF_HANDBOOK_ROOT: root, PERF_HANDBOOK_NOW: NOW, NO_COLOR: '1' }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A run at `at`: the Home page's TTFB, a miss at 13:00 on 2026-10-10. */
const run = (at: Date): HistoryEntry => {
  const value = at.toISOString() === '2026-10-10T13:00:00.000Z' ? 420 : 150;
  return { generatedAt: at.toISOString(), profile: 'mobile', pages: [{ name: 'Home', url: 'https://shop.example.com/', status: value < 300 ? 'pass' : 'fail', metrics: { ttfb: { value, target: 300, status: value < 300 ? 'pass' : 'fail' } } }] };
};
const runs = Array.from({ length: 60 * 24 }, (_, hour) => run(new Date(Date.parse('2026-10-03T00:00:00Z') + hour * 3_600_000)));
const UNREADABLE = '{"generatedAt": "torn';
writeFileSync(file, `${[...runs.slice(0, 10).map((entry) => JSON.stringify(entry)), UNREADABLE, ...runs.slice(10).map((entry) => JSON.stringify(entry))].join('\n')}\n`);

describe('npm run history -- rollup', () => {
  test('rolls the runs before the last 14 days into a line a day, keeps the recent runs and the unreadable line', () => {
    const result = history('rollup', 'storefront');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/storefront\.history\.jsonl: 1441 lines \([\d.]+ [KM]i?B\) → \d+ lines/);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(UNREADABLE);
    const { entries } = historyLines(text, { file: 'storefront.history.jsonl' });
    const days = entries.filter(isHistoryDay);
    expect(days).toHaveLength(46); // 2026-10-03 … 2026-11-17
    expect(entries.length - days.length).toBe(14 * 24); // every run from 2026-11-18 to the last, 2026-12-01T23:00
    const missDay = days.find((day) => day.day === '2026-10-10')!;
    expect(missDay.pages[0]!.metrics.ttfb).toEqual({ count: 24, median: 150, min: 150, max: 420, misses: 1, target: 300 });
  });

  test('a second rollup finds nothing to do and leaves the file as it is', () => {
    const before = readFileSync(file, 'utf8');
    const result = history('rollup');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/storefront\.history\.jsonl: nothing to roll up/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test.each<[string, string[], RegExp]>([
    ['an unknown project, with the nearest', ['rollup', 'storefrnt'], /no history for project "storefrnt": did you mean "storefront"\?/],
    ['no command', [], /expected a command: rollup/],
    ['an unknown command', ['compact'], /unknown command "compact": expected rollup/],
  ])('%s exits 2 and writes nothing', (_, args, message) => {
    const before = readFileSync(file, 'utf8');
    const result = history(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
