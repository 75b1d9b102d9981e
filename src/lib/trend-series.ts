import type { HistoryEntry } from './schema/result.ts';

/** One measured point of a page's trend. */
export interface TrendPoint {
  at: string;
  value: number;
  status: 'pass' | 'fail';
}

/** The trend of one metric: a line per page, and the target at each run. */
export interface TrendSeries {
  metric: string;
  /** Every run's time, oldest first: the x axis. */
  times: string[];
  pages: Array<{ name: string; points: TrendPoint[] }>;
  /** The most recent target, drawn as a line. */
  target: number;
}

/** Gathers one metric's history per page; undefined when no run measured it. Runs stamped with the same time share one place on the axis. */
export function trendSeries(history: readonly HistoryEntry[], metric: string): TrendSeries | undefined {
  // By instant, not by text: "10:00+02:00" comes before "09:00Z".
  const entries = [...history].sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt));
  const pages = new Map<string, TrendPoint[]>();
  let target: number | undefined;
  for (const entry of entries) {
    for (const page of entry.pages) {
      const measured = page.metrics[metric];
      if (measured === undefined) continue;
      const points = pages.get(page.name) ?? [];
      points.push({ at: entry.generatedAt, value: measured.value, status: measured.status });
      pages.set(page.name, points);
      target = measured.target;
    }
  }
  if (target === undefined) return undefined;
  return {
    metric,
    times: [...new Set(entries.map((entry) => entry.generatedAt))],
    pages: [...pages].map(([name, points]) => ({ name, points })),
    target,
  };
}
