import { describe, expect, test } from 'vitest';
import { chartGeometry, niceStep } from '../../src/lib/chart-geometry.ts';
import type { HistoryEntry } from '../../src/lib/schema/result.ts';
import { trendSeries, type TrendSeries } from '../../src/lib/trend-series.ts';

/** A history line with one page and a TTFB value. */
const run = (at: string, page: string, value: number, target = 200): HistoryEntry => ({
  generatedAt: at,
  profile: 'mobile',
  pages: [{ name: page, url: 'http://127.0.0.1/', status: 'pass', metrics: { ttfb: { value, target, status: value < target ? 'pass' : 'fail' } } }],
});

/** A series drawn straight from values, one run per value, all of one page. */
const seriesOf = (values: number[], target: number): TrendSeries => ({
  metric: 'ttfb',
  times: values.map((_, i) => `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z`),
  pages: [{ name: 'Home', points: values.map((value, i) => ({ at: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z`, value, status: 'pass' as const })) }],
  target,
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

describe('chartGeometry copes with the values a history can hold', () => {
  const box = { width: 400, height: 200, left: 40, right: 10, top: 10, bottom: 30 };
  // the plot's floor: box.height - box.bottom
  const bottom = 170;
  test.each<[string, TrendSeries, { dotsY: number[]; topTick: number }]>([
    // the first byte came from a cache: a real zero, drawn on the axis under the target
    ['a zero value under a positive target', seriesOf([0, 0], 200), { dotsY: [bottom, bottom], topTick: 300 }],
    // every run alike, and alike the target: one flat line, the scale still above it
    ['every value equal to the target', seriesOf([200, 200, 200], 200), { dotsY: [63.3, 63.3, 63.3], topTick: 300 }],
    // nothing but zeros (a target of 0 is refused by the schema, but the drawing must not be): a unit scale
    ['zeros everywhere, the target too', seriesOf([0, 0], 0), { dotsY: [bottom, bottom], topTick: 1.5 }],
    // sub-millisecond values get a scale of their own size
    ['tiny equal values', seriesOf([0.002, 0.002], 0.001), { dotsY: [63.3, 63.3], topTick: 0.003 }],
  ])('%s', (_, series, expected) => {
    const geometry = chartGeometry(series, box);
    expect(geometry.lines[0]!.dots.map((dot) => dot.y)).toEqual(expected.dotsY);
    expect(geometry.yTicks[0]!.value).toBe(0);
    expect(geometry.yTicks.at(-1)!.value).toBeCloseTo(expected.topTick, 6);
    for (const tick of geometry.yTicks) expect(Number.isFinite(tick.y)).toBe(true);
  });

  test('draws a long history without spreading every value into one call', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => i % 300);
    const geometry = chartGeometry(seriesOf(values.slice(0, 1000), 200), box);
    expect(geometry.lines[0]!.dots).toHaveLength(1000);
    const wide: TrendSeries = { ...seriesOf([1], 200), pages: [{ name: 'Home', points: values.map((value) => ({ at: '2026-11-01T00:00:00Z', value, status: 'pass' as const })) }] };
    expect(() => chartGeometry(wide, box)).not.toThrow();
  });
});
