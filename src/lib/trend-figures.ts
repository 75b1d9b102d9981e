import type { TrendPoint, TrendSeries } from './trend-series.ts';

/** Each page's most recent point, in the series' order of pages. */
export function latestPoints(series: TrendSeries): Array<{ name: string; point: TrendPoint }> {
  return series.pages.map((page) => {
    const point = page.points.at(-1);
    if (point === undefined) throw new Error(`the trend of ${series.metric} has no point for page "${page.name}"`);
    return { name: page.name, point };
  });
}

/** The series run by run, oldest first: each page's point at that run, or undefined where the run did not measure the page. */
export function figuresByRun(series: TrendSeries): Array<{ at: string; points: Array<TrendPoint | undefined> }> {
  return series.times.map((at) => ({ at, points: series.pages.map((page) => page.points.find((point) => point.at === at)) }));
}
