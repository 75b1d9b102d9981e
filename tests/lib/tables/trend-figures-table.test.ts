import { describe, expect, test } from 'vitest';
import { trendFiguresTable } from '../../../src/lib/tables/trend-figures-table.ts';
import type { TrendSeries } from '../../../src/lib/trend-series.ts';
import { tableText } from './table-text.ts';

// The product page missed its target in the first run and was not measured in the second.
const SERIES: TrendSeries = {
  metric: 'ttfb',
  times: ['2026-11-21T10:00:00Z', '2026-11-22T10:00:00Z'],
  pages: [
    { name: 'Home', points: [{ at: '2026-11-21T10:00:00Z', value: 120, status: 'pass' }, { at: '2026-11-22T10:00:00Z', value: 1000, status: 'pass' }] },
    { name: 'Product', points: [{ at: '2026-11-21T10:00:00Z', value: 250.25, status: 'fail' }] },
  ],
  target: 200,
};

describe('trendFiguresTable', () => {
  test.each([
    ['en', 'Run', ['21/11/2026, 10:00', '120 ms', '250.3 ms ✗'], ['22/11/2026, 10:00', '1 s', '–']],
    ['fr', 'Mesure', ['21/11/2026 10:00', '120 ms', '250,3 ms ✗'], ['22/11/2026 10:00', '1 s', '–']],
  ] as const)('in %s, a row per run (UTC) and a column per page, misses marked, gaps dashed', (locale, run, first, second) =>
    expect(tableText(trendFiguresTable(SERIES, locale, 'ms'))).toEqual({ caption: undefined, headers: [run, 'Home', 'Product'], rows: [first, second], ids: [undefined, undefined], rowHeaders: [0, 0] }));
});

describe('trendFiguresTable in the target\'s unit', () => {
  const ERROR_RATE: TrendSeries = { metric: 'api-error-rate', times: ['2026-11-21T10:00:00Z'], pages: [{ name: 'Search', points: [{ at: '2026-11-21T10:00:00Z', value: 1.5, status: 'fail' }] }], target: 1 };
  test.each([
    ['en', '1.5% ✗'],
    ['fr', '1,5 % ✗'],
  ] as const)('an error rate reads in percent, never in ms (%s)', (locale, cell) => expect(tableText(trendFiguresTable(ERROR_RATE, locale, 'percent')).rows[0]![1]).toBe(cell));
});

describe('trendFiguresTable for a long history', () => {
  // A week bucket that held one miss among 168 runs, then a run as it was.
  const BOUNDED = {
    metric: 'ttfb',
    times: ['2025-04-14T00:00:00.000Z', '2026-11-22T10:00:00.000Z'],
    bucket: 'week' as const,
    pages: [
      {
        name: 'Home',
        points: [
          { at: '2025-04-14T00:00:00.000Z', bucket: 'week' as const, value: 103, min: 100, max: 400, count: 168, misses: 1, status: 'fail' as const },
          { at: '2026-11-22T10:00:00.000Z', value: 120, status: 'pass' as const },
        ],
      },
    ],
    target: 200,
  };
  test.each([
    ['en', ['Week of 14 Apr 2025', '103 ms (100 ms–400 ms), 168 runs, 1 ✗'], ['22/11/2026, 10:00', '120 ms']],
    ['fr', ['Semaine du 14 avr. 2025', '103 ms (100 ms–400 ms), 168 mesures, 1 ✗'], ['22/11/2026 10:00', '120 ms']],
  ] as const)('in %s, a bucket row names its span and shows its median, range, runs and misses', (locale, bucket, run) =>
    expect(tableText(trendFiguresTable(BOUNDED, locale, 'ms')).rows).toEqual([bucket, run]));
});
