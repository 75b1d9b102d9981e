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
    expect(tableText(trendFiguresTable(SERIES, locale))).toEqual({ caption: undefined, headers: [run, 'Home', 'Product'], rows: [first, second], ids: [undefined, undefined], rowHeaders: [0, 0] }));
});
