import { describe, expect, test } from 'vitest';
import { sparkline, sparklineSource, SPARK_POINTS } from '../../../src/lib/overview/sparkline-series.ts';
import type { BoundedSeries } from '../../../src/lib/trend-buckets.ts';
import type { TrendPoint } from '../../../src/lib/trend-series.ts';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const point = (day: number, value: number, status: 'pass' | 'fail' = 'pass', extra: Partial<TrendPoint> = {}): TrendPoint => ({ at: at(day), value, status, ...extra });
const series = (metric: string, pages: BoundedSeries['pages'], days: number[]): BoundedSeries => ({ metric, times: days.map(at), pages, target: 200 });

describe('sparkline', () => {
  test('takes the worst page at each run: the highest for a "below" target, a miss when any page missed', () => {
    const line = sparkline(series('ttfb', [{ name: 'Home', points: [point(1, 120), point(2, 250, 'fail')] }, { name: 'Search', points: [point(1, 180), point(2, 140)] }], [1, 2]), 'lt');
    expect(line?.points.map(({ value, status }) => [value, status])).toEqual([[180, 'pass'], [250, 'fail']]);
    expect(line).toMatchObject({ metric: 'ttfb', target: 200, lines: 2 });
    expect(line?.only).toBeUndefined();
  });

  test('takes the lowest for an "above" target', () => {
    const line = sparkline(series('throughput', [{ name: 'A', points: [point(1, 50), point(2, 40)] }, { name: 'B', points: [point(1, 30), point(2, 60)] }], [1, 2]), 'gt');
    expect(line?.points.map((p) => p.value)).toEqual([30, 40]);
  });

  test('a page missing from a run (in error then) leaves the other pages to decide it', () => {
    const line = sparkline(series('ttfb', [{ name: 'Home', points: [point(1, 120), point(3, 130)] }, { name: 'Search', points: [point(2, 150)] }], [1, 2, 3]), 'lt');
    expect(line?.points.map((p) => p.value)).toEqual([120, 150, 130]);
  });

  test('a rolled-up day counts its runs and misses', () => {
    const line = sparkline(series('ttfb', [{ name: 'Home', points: [point(1, 150, 'fail', { count: 24, misses: 3, min: 100, max: 300 }), point(2, 120)] }], [1, 2]), 'lt');
    expect(line?.points.map(({ runs, misses }) => [runs, misses])).toEqual([[24, 3], [1, 0]]);
    expect(line?.only).toBe('Home');
  });

  test(`keeps the last ${SPARK_POINTS} runs at most`, () => {
    const days = Array.from({ length: 30 }, (_, index) => index + 1);
    const line = sparkline(series('ttfb', [{ name: 'Home', points: days.map((day) => point(day, 100 + day)) }], days), 'lt');
    expect(line?.points).toHaveLength(SPARK_POINTS);
    expect(line?.points[0]?.at).toBe(at(30 - SPARK_POINTS + 1));
  });

  test('one run is no trend', () => expect(sparkline(series('ttfb', [{ name: 'Home', points: [point(1, 100)] }], [1]), 'lt')).toBeUndefined());
});

describe('sparklineSource', () => {
  const api = series('api-p50', [{ name: 'API', points: [point(1, 10), point(2, 12)] }], [1, 2]);
  const ttfb = series('ttfb', [{ name: 'Home', points: [point(1, 100), point(2, 110)] }], [1, 2]);
  test.each([
    // a page metric wins over an endpoint metric listed before it
    [[api, ttfb], 'ttfb'],
    // endpoints only: the first of them
    [[api], 'api-p50'],
  ])('%#', (trends, metric) => expect(sparklineSource(trends)?.metric).toBe(metric));
  test('no history, no source', () => expect(sparklineSource([])).toBeUndefined());
});
