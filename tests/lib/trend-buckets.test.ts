import { describe, expect, test } from 'vitest';
import { boundedSeries, bucketStart, MAX_POINTS, mergePoints, RECENT_POINTS } from '../../src/lib/trend-buckets.ts';
import { trendSeries, type TrendPoint } from '../../src/lib/trend-series.ts';
import type { HistoryEntry } from '../../src/lib/schema/result.ts';

/** Hourly runs of two pages from `start`: TTFB 100 ms, except the misses given (at those hours, 400 ms). */
function hourlyHistory(start: string, hours: number, missAt: string[] = []): HistoryEntry[] {
  return Array.from({ length: hours }, (_, hour) => {
    const at = new Date(Date.parse(start) + hour * 3_600_000).toISOString();
    const value = missAt.includes(at) ? 400 : 100 + (hour % 7);
    const metric = { value, target: 200, status: value < 200 ? ('pass' as const) : ('fail' as const) };
    return { generatedAt: at, profile: 'mobile', pages: ['Home', 'Product'].map((name) => ({ name, url: `https://shop.example.com/${name}`, status: metric.status, metrics: { ttfb: metric } })) };
  });
}

describe('bucketStart', () => {
  test.each<[string, Parameters<typeof bucketStart>[1], string]>([
    ['2026-05-14T13:00:00Z', 'day', '2026-05-14'],
    ['2026-05-14T13:00:00Z', 'week', '2026-05-11'], // a Thursday: its week starts on Monday the 11th
    ['2026-05-11T00:00:00Z', 'week', '2026-05-11'], // a Monday starts its own week
    ['2026-05-17T23:59:00Z', 'week', '2026-05-11'], // the Sunday ends it
    ['2026-05-14T13:00:00Z', 'month', '2026-05-01'],
    ['2026-05-14T13:00:00Z', 'year', '2026-01-01'],
  ])('%s in a %s bucket starts on %s', (at, size, start) => expect(bucketStart(at, size)).toBe(start));
});

describe('mergePoints', () => {
  const run = (value: number, status: 'pass' | 'fail' = 'pass'): TrendPoint => ({ at: '2026-05-14T10:00:00Z', value, status });
  test('one miss among 23 passes makes the bucket a miss, with exact counts, median and range', () => {
    const points = [...Array.from({ length: 23 }, (_, index) => run(100 + index)), run(400, 'fail')];
    expect(mergePoints('2026-05-14T00:00:00.000Z', 'day', points)).toEqual({ at: '2026-05-14T00:00:00.000Z', bucket: 'day', value: 111.5, min: 100, max: 400, count: 24, misses: 1, status: 'fail' });
  });
  test('rolled-up days bring their counts, ranges and misses along', () => {
    const day = (value: number, min: number, max: number, misses: number): TrendPoint => ({ at: '2026-05-14T12:00:00Z', value, min, max, count: 24, misses, status: misses > 0 ? 'fail' : 'pass' });
    expect(mergePoints('2026-05-11T00:00:00.000Z', 'week', [day(110, 90, 130, 0), day(120, 95, 450, 2), day(115, 100, 125, 0)])).toMatchObject({ value: 115, min: 90, max: 450, count: 72, misses: 2, status: 'fail' });
  });
  test('no points is an error, not an empty bucket', () => expect(() => mergePoints('x', 'day', [])).toThrow(/no points/));
});

describe('boundedSeries', () => {
  test('a short history is drawn run by run, as it is', () => {
    const series = trendSeries(hourlyHistory('2026-11-01T00:00:00Z', MAX_POINTS), 'ttfb')!;
    expect(boundedSeries(series)).toBe(series);
  });

  test.each<[string, string, number]>([
    ['ten days of hourly runs', 'day', 10 * 24],
    ['three months of hourly runs', 'week', 91 * 24],
    ['a year of hourly runs', 'month', 365 * 24],
    ['three years of hourly runs', 'year', 3 * 365 * 24],
  ])('%s: at most MAX_POINTS points a line, the latest runs as they are, older ones by %s', (_, size, hours) => {
    const history = hourlyHistory('2025-01-01T00:00:00Z', hours);
    const bounded = boundedSeries(trendSeries(history, 'ttfb')!);
    expect(bounded.bucket).toBe(size);
    expect(bounded.times.length).toBeLessThanOrEqual(MAX_POINTS);
    for (const page of bounded.pages) {
      expect(page.points.length).toBeLessThanOrEqual(MAX_POINTS);
      const recent = page.points.slice(-RECENT_POINTS);
      expect(recent.every((point) => point.bucket === undefined)).toBe(true);
      expect(recent.at(-1)!.at).toBe(history.at(-1)!.generatedAt);
      // Every run is in exactly one point: nothing drawn twice, nothing lost.
      expect(page.points.reduce((sum, point) => sum + (point.count ?? 1), 0)).toBe(hours);
    }
  });

  test('one missed hour last spring marks its month as a miss on every chart of a year', () => {
    const miss = '2025-04-16T13:00:00.000Z';
    const bounded = boundedSeries(trendSeries(hourlyHistory('2025-01-01T00:00:00Z', 365 * 24, [miss]), 'ttfb')!);
    for (const page of bounded.pages) {
      const failing = page.points.filter((point) => point.status === 'fail');
      expect(failing).toHaveLength(1);
      expect(failing[0]).toMatchObject({ at: '2025-04-01T00:00:00.000Z', bucket: 'month', misses: 1, max: 400, count: 30 * 24 });
    }
  });

  test('a 10,000-run history draws no more than MAX_POINTS points a line', () => {
    const bounded = boundedSeries(trendSeries(hourlyHistory('2025-06-01T00:00:00Z', 10_000), 'ttfb')!);
    expect(Math.max(...bounded.pages.map((page) => page.points.length))).toBeLessThanOrEqual(MAX_POINTS);
  });
});
