import { describe, expect, test } from 'vitest';
import { firstRawDay, rollUpDay, rollUpHistory } from '../../src/lib/history-rollup.ts';
import { historyDaySchema, historyLineTime, isHistoryDay, type HistoryEntry } from '../../src/lib/schema/result.ts';

const NOW = new Date('2026-12-01T09:30:00Z');
/** A run at `at` where the Home page's TTFB was `ttfb` ms against 200 ms (an error when undefined). */
const run = (at: string, ttfb: number | undefined, profile: 'mobile' | 'desktop' = 'mobile'): HistoryEntry => ({
  generatedAt: at,
  profile,
  pages: [
    ttfb === undefined
      ? { name: 'Home', url: 'https://shop.example.com/', status: 'error', error: 'timeout', metrics: {} }
      : { name: 'Home', url: 'https://shop.example.com/', status: ttfb < 200 ? 'pass' : 'fail', metrics: { ttfb: { value: ttfb, target: 200, status: ttfb < 200 ? 'pass' : 'fail' } } },
  ],
});
/** The 24 hourly runs of a day: 23 passes between 100 and 122 ms, and one miss at 340 ms at 13:00. */
const hourly = (day: string) => Array.from({ length: 24 }, (_, hour) => run(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`, hour === 13 ? 340 : 100 + hour));

describe('rollUpDay', () => {
  const rolled = rollUpDay('2026-05-12', hourly('2026-05-12'));
  test('a day with one miss among 23 passes stays a miss, counted once', () => expect(rolled.pages[0]!.metrics.ttfb!.misses).toBe(1));
  test('count, median, min and max are exact', () => {
    // Values: 100…123 except 113 replaced by 340. Sorted middle pair: 111 and 112.
    expect(rolled.pages[0]!.metrics.ttfb).toEqual({ count: 24, median: 111.5, min: 100, max: 340, misses: 1, target: 200 });
    expect(rolled).toMatchObject({ schemaVersion: 2, day: '2026-05-12', profile: 'mobile', runs: 24 });
  });
  test('errors are counted per page, and a page in error adds no value', () => {
    const day = rollUpDay('2026-05-13', [run('2026-05-13T01:00:00Z', 120), run('2026-05-13T02:00:00Z', undefined)]);
    expect(day.pages[0]).toMatchObject({ runs: 2, errors: 1, metrics: { ttfb: { count: 1, median: 120 } } });
  });
  test('a rolled-up line is valid against the history schema', () => expect(historyDaySchema.safeParse(rolled).success).toBe(true));
  test('no runs is an error, not an empty day', () => expect(() => rollUpDay('2026-05-12', [])).toThrow(/no runs/));
});

describe('rollUpHistory', () => {
  test.each<[string, string, boolean]>([
    // With 14 raw days at 2026-12-01, the raw window starts on 2026-11-18.
    ['the first day of the raw window stays whole', '2026-11-18T00:00:00Z', false],
    ['today stays whole', '2026-12-01T08:00:00Z', false],
    ['the last day before the window is rolled up', '2026-11-17T23:59:59Z', true],
    ['a day last spring is rolled up', '2026-05-12T13:00:00Z', true],
  ])('%s', (_, at, rolled) => {
    const [line] = rollUpHistory([run(at, 150)], NOW);
    expect(isHistoryDay(line!)).toBe(rolled);
  });

  test('the window starts RAW_HISTORY_DAYS - 1 days before today', () => expect(firstRawDay(NOW)).toBe('2026-11-18'));

  test('a year of hourly runs becomes one line a day before the window, every run within it, oldest first', () => {
    const year = Array.from({ length: 365 * 24 }, (_, hour) => run(new Date(Date.parse('2025-12-02T00:00:00Z') + hour * 3_600_000).toISOString(), 120));
    const lines = rollUpHistory(year, NOW);
    expect(lines.filter(isHistoryDay)).toHaveLength(351);
    expect(lines.filter((line) => !isHistoryDay(line))).toHaveLength(14 * 24);
    const times = lines.map((line) => Date.parse(historyLineTime(line)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test('rolling up a rolled-up history changes nothing', () => {
    const once = rollUpHistory([...hourly('2026-05-12'), run('2026-11-30T10:00:00Z', 130)], NOW);
    expect(rollUpHistory(once, NOW)).toEqual(once);
  });

  test('a day measured on mobile and on desktop keeps both, apart', () => {
    const lines = rollUpHistory([run('2026-05-12T01:00:00Z', 120, 'mobile'), run('2026-05-12T02:00:00Z', 80, 'desktop')], NOW);
    expect(lines.map((line) => [line.profile, isHistoryDay(line) && line.pages[0]!.metrics.ttfb!.median])).toEqual(
      expect.arrayContaining([['mobile', 120], ['desktop', 80]]),
    );
  });
});

describe('rollUpDay with endpoints', () => {
  /** A run at `at` with the Home page passing and the Search endpoint's P95 at `p95` ms against 200 ms (an error when undefined). */
  const withEndpoint = (at: string, p95: number | undefined, url = 'https://api.example.com/search'): HistoryEntry => ({
    ...run(at, 120),
    endpoints: [
      p95 === undefined
        ? { name: 'Search', url, status: 'error', error: 'no request completed', metrics: {} }
        : {
            name: 'Search',
            url,
            status: p95 < 200 ? 'pass' : 'fail',
            metrics: { 'api-p95': { value: p95, target: 200, status: p95 < 200 ? 'pass' : 'fail' }, 'api-error-rate': { value: 0.5, target: 1, status: 'pass' } },
          },
    ],
  });
  // Four runs of one day: P95 at 150, 90, 240 (a miss) and one in error.
  const day = rollUpDay('2026-05-14', [
    withEndpoint('2026-05-14T03:00:00Z', 240),
    withEndpoint('2026-05-14T01:00:00Z', 150),
    withEndpoint('2026-05-14T02:00:00Z', 90),
    withEndpoint('2026-05-14T04:00:00Z', undefined, 'https://api.example.com/v2/search'),
  ]);

  test('the day line rolls endpoints up like pages: count, median, min, max, misses', () => {
    expect(day.endpoints).toHaveLength(1);
    expect(day.endpoints![0]!.metrics['api-p95']).toEqual({ count: 3, median: 150, min: 90, max: 240, misses: 1, target: 200 });
    expect(day.endpoints![0]!.metrics['api-error-rate']).toEqual({ count: 3, median: 0.5, min: 0.5, max: 0.5, misses: 0, target: 1 });
  });

  test('the runs and errors of each endpoint are counted, and it keeps the URL of its last run', () => {
    expect(day.endpoints![0]).toMatchObject({ name: 'Search', url: 'https://api.example.com/v2/search', runs: 4, errors: 1 });
  });

  test('pages are still rolled up beside the endpoints', () => {
    expect(day.pages[0]).toMatchObject({ name: 'Home', runs: 4, errors: 0, metrics: { ttfb: { count: 4, median: 120 } } });
    expect(day.runs).toBe(4);
  });

  test('a day whose runs only some measured an endpoint counts it in those runs alone', () => {
    const mixed = rollUpDay('2026-05-15', [run('2026-05-15T01:00:00Z', 110), withEndpoint('2026-05-15T02:00:00Z', 80)]);
    expect(mixed.runs).toBe(2);
    expect(mixed.endpoints![0]).toMatchObject({ runs: 1, errors: 0, metrics: { 'api-p95': { count: 1, median: 80 } } });
  });

  test('a day line with endpoints is valid against the history schema', () => expect(historyDaySchema.safeParse(day).success).toBe(true));

  test('runs without endpoints give a day line without the endpoints key', () => {
    expect(rollUpDay('2026-05-12', hourly('2026-05-12'))).not.toHaveProperty('endpoints');
  });

  test('runs whose endpoints list is empty give no endpoints key either', () => {
    expect(rollUpDay('2026-05-12', [{ ...run('2026-05-12T01:00:00Z', 120), endpoints: [] }])).not.toHaveProperty('endpoints');
  });
});
