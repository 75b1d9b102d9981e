import { historyLineTime, isHistoryDay, type HistoryLine } from './schema/result.ts';

/** One point of a page's trend: a run as it was, or a rolled-up day (its median, with the day's range and misses). */
export interface TrendPoint {
  at: string;
  /** The run's value, or the day's median. */
  value: number;
  /** Fail when the run missed the target, or when any run of the day did: a miss is never averaged away. */
  status: 'pass' | 'fail';
  /** For a day: how many runs, their extremes and how many missed. */
  count?: number;
  min?: number;
  max?: number;
  misses?: number;
}

/** The trend of one metric: a line per page (or per endpoint, for an API metric: their ids never overlap), and the target at each run. */
export interface TrendSeries {
  metric: string;
  /** Every run's time, oldest first: the x axis. */
  times: string[];
  pages: Array<{ name: string; points: TrendPoint[] }>;
  /** The most recent target, drawn as a line. */
  target: number;
}

/** Gathers one metric's history per page; undefined when no run measured it. Runs stamped with the same time share one place on the axis. */
export function trendSeries(history: readonly HistoryLine[], metric: string): TrendSeries | undefined {
  // By instant, not by text: "10:00+02:00" comes before "09:00Z".
  const entries = [...history].sort((a, b) => Date.parse(historyLineTime(a)) - Date.parse(historyLineTime(b)));
  const pages = new Map<string, TrendPoint[]>();
  let target: number | undefined;
  const add = (name: string, point: TrendPoint, pointTarget: number) => {
    const points = pages.get(name);
    if (points) points.push(point);
    else pages.set(name, [point]);
    target = pointTarget;
  };
  for (const entry of entries) {
    const at = historyLineTime(entry);
    if (isHistoryDay(entry)) {
      for (const page of [...entry.pages, ...(entry.endpoints ?? [])]) {
        const day = page.metrics[metric];
        if (day === undefined) continue;
        add(page.name, { at, value: day.median, status: day.misses > 0 ? 'fail' : 'pass', count: day.count, min: day.min, max: day.max, misses: day.misses }, day.target);
      }
    } else {
      for (const page of [...entry.pages, ...(entry.endpoints ?? [])]) {
        const measured = page.metrics[metric];
        if (measured === undefined) continue;
        add(page.name, { at, value: measured.value, status: measured.status }, measured.target);
      }
    }
  }
  if (target === undefined) return undefined;
  return {
    metric,
    times: [...new Set(entries.map(historyLineTime))],
    pages: [...pages].map(([name, points]) => ({ name, points })),
    target,
  };
}
