import type { TrendSeries } from './trend-series.ts';

/** The drawing area of a chart, in SVG user units. */
export interface ChartBox {
  width: number;
  height: number;
  /** Room left for the axis labels. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

/** Everything an SVG trend chart draws, already placed. */
export interface ChartGeometry {
  /** Each page's line; a dot standing for a bucket of runs has the y of its range's low and high ends. */
  lines: Array<{ name: string; path: string; dots: Array<{ x: number; y: number; status: 'pass' | 'fail'; value: number; at: string; range?: { low: number; high: number } }> }>;
  targetY: number;
  yTicks: Array<{ y: number; value: number }>;
  xTicks: Array<{ x: number; at: string }>;
}

/** Picks a round step so that about `count` ticks cover `max`. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) throw new Error('niceStep needs a positive maximum');
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw);
  return step ?? 10 * magnitude;
}

/** The scale's maximum when every value and the target are zero: a unit, so the chart still has an axis. */
const EMPTY_SCALE_MAX = 1;

/** The largest of the target, the values and the ranges' tops, counted in a loop: a long history has too many values to spread into Math.max. */
function peakOf(series: TrendSeries): number {
  let peak = series.target;
  for (const page of series.pages) for (const point of page.points) peak = Math.max(peak, point.max ?? point.value);
  return peak > 0 ? peak : EMPTY_SCALE_MAX;
}

/** Places a trend series in a box: time runs left to right by run order, values bottom to top from zero. */
export function chartGeometry(series: TrendSeries, box: ChartBox): ChartGeometry {
  const count = series.times.length;
  const peak = peakOf(series);
  const step = niceStep(peak * 1.1);
  const top = Math.ceil((peak * 1.05) / step) * step;
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const order = new Map(series.times.map((at, index) => [at, index]));
  const xOf = (at: string) => box.left + (count <= 1 ? plotWidth / 2 : ((order.get(at) ?? 0) / (count - 1)) * plotWidth);
  const yOf = (value: number) => box.top + plotHeight - (value / top) * plotHeight;
  const round = (n: number) => Math.round(n * 10) / 10;
  const lines = series.pages.map((page) => {
    const dots = page.points.map((point) => ({
      x: round(xOf(point.at)),
      y: round(yOf(point.value)),
      status: point.status,
      value: point.value,
      at: point.at,
      ...(point.min !== undefined && point.max !== undefined && point.max > point.min ? { range: { low: round(yOf(point.min)), high: round(yOf(point.max)) } } : {}),
    }));
    return { name: page.name, path: dots.map((dot, i) => `${i === 0 ? 'M' : 'L'}${dot.x} ${dot.y}`).join(' '), dots };
  });
  const yTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({ y: round(yOf(i * step)), value: i * step }));
  const every = Math.max(1, Math.ceil(count / 5));
  const xTicks = series.times.filter((_, i) => i % every === 0 || i === count - 1).map((at) => ({ x: round(xOf(at)), at }));
  return { lines, targetY: round(yOf(series.target)), yTicks, xTicks };
}
