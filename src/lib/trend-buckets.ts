import { median } from './median.ts';
import type { TrendPoint, TrendSeries } from './trend-series.ts';

/** Runs drawn as they are, the most recent ones: two weeks of daily runs, or most of a day of hourly ones. */
export const RECENT_POINTS = 16;
/** The most points a chart line and its table hold, whatever the history's length: about as many as 30 runs draw, so a year of history costs a page little more than a month (the history-scale bench); older runs fall into 24 buckets at most, by day, week, month or year. */
export const MAX_POINTS = 40;

/** How much time one older point stands for, from the finest to the coarsest. */
export const BUCKET_SIZES = ['day', 'week', 'month', 'year'] as const;
export type BucketSize = (typeof BUCKET_SIZES)[number];

/** A point of a bounded chart: a run, or a bucket of runs with its median, range, count and misses. */
export interface BucketPoint extends TrendPoint {
  /** The time a bucket stands for; absent for a run drawn as it is. */
  bucket?: BucketSize;
}

/** A series whose lines hold at most MAX_POINTS points each. */
export interface BoundedSeries extends Omit<TrendSeries, 'pages'> {
  pages: Array<{ name: string; points: BucketPoint[] }>;
  /** The bucket size of the older points, when the history was too long to draw run by run. */
  bucket?: BucketSize;
}

/** The first day (YYYY-MM-DD, UTC) of the bucket a time falls in: the day, its week's Monday, its month, its year. */
export function bucketStart(at: string, size: BucketSize): string {
  const day = at.slice(0, 10);
  if (size === 'day') return day;
  if (size === 'month') return `${day.slice(0, 7)}-01`;
  if (size === 'year') return `${day.slice(0, 4)}-01-01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Merges the points of one bucket: median of their values, the widest range, counts and misses summed; a bucket with any miss is a miss. */
export function mergePoints(at: string, bucket: BucketSize, points: readonly TrendPoint[]): BucketPoint {
  if (points.length === 0) throw new RangeError(`no points to merge for ${at}`);
  const misses = points.reduce((sum, point) => sum + (point.misses ?? (point.status === 'fail' ? 1 : 0)), 0);
  return {
    at,
    bucket,
    value: median(points.map((point) => point.value)),
    min: Math.min(...points.map((point) => point.min ?? point.value)),
    max: Math.max(...points.map((point) => point.max ?? point.value)),
    count: points.reduce((sum, point) => sum + (point.count ?? 1), 0),
    misses,
    status: misses > 0 ? 'fail' : 'pass',
  };
}

/**
 * Bounds a trend for drawing: the RECENT_POINTS latest times stay run by run; older ones are
 * grouped on one grid for every page, by the finest bucket size (day, week, month, year) that
 * keeps each line within MAX_POINTS. A bucket shows its median and range, and is a miss when any
 * run in it missed, so a regression on one day last spring stays visible. A short history is
 * returned as it is.
 */
export function boundedSeries(series: TrendSeries, limits: { recent: number; max: number } = { recent: RECENT_POINTS, max: MAX_POINTS }): BoundedSeries {
  if (series.times.length <= limits.max) return series;
  const recentFrom = series.times[series.times.length - limits.recent]!;
  const older = series.times.slice(0, series.times.length - limits.recent);
  const room = limits.max - limits.recent;
  const size = BUCKET_SIZES.find((candidate) => new Set(older.map((at) => bucketStart(at, candidate))).size <= room) ?? 'year';
  const grid = [...new Set(older.map((at) => bucketStart(at, size)))].sort();
  const stamp = (start: string) => `${start}T00:00:00.000Z`;
  const pages = series.pages.map((page) => {
    const groups = new Map<string, TrendPoint[]>();
    const recent: BucketPoint[] = [];
    for (const point of page.points) {
      if (Date.parse(point.at) >= Date.parse(recentFrom)) {
        recent.push(point);
        continue;
      }
      const key = bucketStart(point.at, size);
      const group = groups.get(key);
      if (group) group.push(point);
      else groups.set(key, [point]);
    }
    const buckets = grid.filter((start) => groups.has(start)).map((start) => mergePoints(stamp(start), size, groups.get(start)!));
    return { name: page.name, points: [...buckets, ...recent] };
  });
  return { ...series, times: [...grid.map(stamp), ...series.times.slice(series.times.length - limits.recent)], pages, bucket: size };
}
