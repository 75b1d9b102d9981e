import type { Comparison } from '../schema/comparison.ts';
import type { BoundedSeries } from '../trend-buckets.ts';
import { isEndpointMetric } from '../web-metric-sources.ts';

/** The most points a project's sparkline draws: two weeks of daily runs and a little more, as many as 120 px show apart. */
export const SPARK_POINTS = 20;

/** One point of a sparkline: the worst line's value at one time, a miss when any line missed then. */
export interface SparkPoint {
  at: string;
  value: number;
  status: 'pass' | 'fail';
  /** Runs the point stands for (more than one for a rolled-up day or an older bucket). */
  runs: number;
  /** Runs of the point that missed the target, on the line that missed most. */
  misses: number;
}

/** A project's trend in one line: for each time, the worst of its pages (or endpoints) on one metric. */
export interface Sparkline {
  metric: string;
  /** The target at the most recent run, drawn as a dashed line. */
  target: number;
  /** How many pages or endpoints the line is the worst of. */
  lines: number;
  /** The page's name when there is only one line. */
  only?: string;
  points: SparkPoint[];
}

/** The trend a project's card shows: its first page metric with history (in the targets file's order), else its first endpoint metric. */
export function sparklineSource(trends: readonly BoundedSeries[]): BoundedSeries | undefined {
  return trends.find((series) => !isEndpointMetric(series.metric)) ?? trends[0];
}

/** The worse of two values under a comparison: the higher for "below" targets, the lower for "above" ones. */
function worse(a: number, b: number, comparison: Comparison): number {
  return comparison === 'lt' || comparison === 'lte' ? Math.max(a, b) : Math.min(a, b);
}

/** Folds a series into one line over its last SPARK_POINTS times: each time's worst value; undefined when fewer than two times were measured (no trend to draw). */
export function sparkline(series: BoundedSeries, comparison: Comparison, limit = SPARK_POINTS): Sparkline | undefined {
  const times = series.times.slice(-limit);
  const points: SparkPoint[] = [];
  for (const at of times) {
    const here = series.pages.map((page) => page.points.find((point) => point.at === at)).filter((point) => point !== undefined);
    if (here.length === 0) continue;
    points.push({
      at,
      value: here.map((point) => point.value).reduce((a, b) => worse(a, b, comparison)),
      status: here.some((point) => point.status === 'fail') ? 'fail' : 'pass',
      runs: Math.max(...here.map((point) => point.count ?? 1)),
      misses: Math.max(...here.map((point) => point.misses ?? (point.status === 'fail' ? 1 : 0))),
    });
  }
  if (points.length < 2) return undefined;
  return { metric: series.metric, target: series.target, lines: series.pages.length, ...(series.pages.length === 1 ? { only: series.pages[0]!.name } : {}), points };
}
