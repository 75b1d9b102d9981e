import { describe, expect, test } from 'vitest';
import { figuresByRun, latestPoints } from '../../src/lib/trend-figures.ts';
import type { TrendSeries } from '../../src/lib/trend-series.ts';

// The product page was not measured in the second run.
const SERIES: TrendSeries = {
  metric: 'ttfb',
  times: ['2026-11-21T10:00:00Z', '2026-11-22T10:00:00Z', '2026-11-23T10:00:00Z'],
  pages: [
    { name: 'Home', points: [{ at: '2026-11-21T10:00:00Z', value: 120, status: 'pass' }, { at: '2026-11-22T10:00:00Z', value: 130, status: 'pass' }, { at: '2026-11-23T10:00:00Z', value: 250, status: 'fail' }] },
    { name: 'Product', points: [{ at: '2026-11-21T10:00:00Z', value: 180, status: 'pass' }, { at: '2026-11-23T10:00:00Z', value: 190, status: 'pass' }] },
  ],
  target: 200,
};

describe('latestPoints', () => {
  test('takes each page’s most recent point, in the series’ order of pages', () =>
    expect(latestPoints(SERIES).map(({ name, point }) => [name, point.value])).toEqual([['Home', 250], ['Product', 190]]));

  test('refuses a page without points, which trendSeries never makes', () =>
    expect(() => latestPoints({ ...SERIES, pages: [{ name: 'Home', points: [] }] })).toThrow('the trend of ttfb has no point for page "Home"'));
});

describe('figuresByRun', () => {
  test('gives every run a cell per page, empty where the run did not measure the page', () =>
    expect(figuresByRun(SERIES).map(({ at, points }) => [at.slice(0, 10), points.map((point) => point?.value)])).toEqual([
      ['2026-11-21', [120, 180]],
      ['2026-11-22', [130, undefined]],
      ['2026-11-23', [250, 190]],
    ]));
});
