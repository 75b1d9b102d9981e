import { describe, expect, test } from 'vitest';
import { chartGeometry, niceStep } from '../../src/lib/chart-geometry.ts';
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

  test('is undefined when no run measured the metric', () => {
    expect(trendSeries([run('2026-11-01T00:00:00Z', 'Home', 100)], 'fcp')).toBeUndefined();
    expect(trendSeries([], 'ttfb')).toBeUndefined();
  });
});

describe('chartGeometry', () => {
  const box = { width: 400, height: 200, left: 40, right: 10, top: 10, bottom: 30 };

  test('places the first run left, the last right, and higher values higher', () => {
    const series = trendSeries([run('2026-11-01T00:00:00Z', 'Home', 100), run('2026-11-02T00:00:00Z', 'Home', 300)], 'ttfb')!;
    const { lines, targetY, yTicks } = chartGeometry(series, box);
    const [first, last] = lines[0]!.dots;
    expect(first!.x).toBe(40);
    expect(last!.x).toBe(390);
    expect(last!.y).toBeLessThan(first!.y);
    expect(targetY).toBeGreaterThan(last!.y);
    expect(targetY).toBeLessThan(first!.y);
    expect(yTicks[0]!.value).toBe(0);
    expect(yTicks.at(-1)!.value).toBeGreaterThanOrEqual(300);
  });

  test('centres a single run', () => {
    const series = trendSeries([run('2026-11-01T00:00:00Z', 'Home', 100)], 'ttfb')!;
    expect(chartGeometry(series, box).lines[0]!.dots[0]!.x).toBe(215);
  });
});

describe('niceStep', () => {
  test.each([
    [330, 100],
    [1100, 500],
    [3.3, 1],
    [44, 20],
  ])('max %d → step %d', (max, step) => expect(niceStep(max)).toBe(step));

  test('refuses a zero maximum', () => expect(() => niceStep(0)).toThrow());
});
