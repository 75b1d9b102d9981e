import { describe, expect, test } from 'vitest';
import type { HistoryEntry } from '../../src/lib/schema/result.ts';
import { trendSeries } from '../../src/lib/trend-series.ts';

/** A history line with one page and a TTFB value. */
const run = (at: string, page: string, value: number, target = 200): HistoryEntry => ({
  generatedAt: at,
  profile: 'mobile',
  pages: [{ name: page, url: 'http://127.0.0.1/', status: 'pass', metrics: { ttfb: { value, target, status: value < target ? 'pass' : 'fail' } } }],
});

describe('trendSeries', () => {
  test('orders runs by time and groups points per page', () => {
    const series = trendSeries([run('2026-11-02T00:00:00Z', 'Home', 150), run('2026-11-01T00:00:00Z', 'Home', 120), run('2026-11-03T00:00:00Z', 'About', 260)], 'ttfb')!;
    expect(series.times).toEqual(['2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z']);
    expect(series.pages.map((p) => [p.name, p.points.map((x) => x.value)])).toEqual([
      ['Home', [120, 150]],
      ['About', [260]],
    ]);
    expect(series.pages[1]!.points[0]!.status).toBe('fail');
  });

  test('takes the most recent target', () => {
    expect(trendSeries([run('2026-11-01T00:00:00Z', 'Home', 100, 200), run('2026-11-02T00:00:00Z', 'Home', 100, 300)], 'ttfb')!.target).toBe(300);
  });

  test.each<[string, HistoryEntry[], string[]]>([
    // "11:30+02:00" is 09:30 UTC: earlier than 10:00Z although it sorts later as text
    ['orders by instant, not by text, when zones differ', [run('2026-11-01T10:00:00Z', 'Home', 100), run('2026-11-01T11:30:00+02:00', 'Home', 120)], ['2026-11-01T11:30:00+02:00', '2026-11-01T10:00:00Z']],
    // two runs stamped alike share one place on the axis instead of drawing a duplicate column
    ['gives runs with the same time one place', [run('2026-11-01T10:00:00.000Z', 'Home', 100), run('2026-11-01T10:00:00.000Z', 'About', 120)], ['2026-11-01T10:00:00.000Z']],
  ])('%s', (_, history, times) => expect(trendSeries(history, 'ttfb')!.times).toEqual(times));

  test('is undefined when no run measured the metric', () => {
    expect(trendSeries([run('2026-11-01T00:00:00Z', 'Home', 100)], 'fcp')).toBeUndefined();
    expect(trendSeries([], 'ttfb')).toBeUndefined();
  });
});
