import { median } from './median.ts';

/** What a run needs for the choice: its first contentful paint and time to interactive, in ms. */
export interface TimedRun {
  fcp: number;
  tti: number;
}

/**
 * Picks the run closest to the median FCP and the median TTI (Euclidean distance, ties to the
 * lower TTI), as Lighthouse's own `computeMedianRun` does: one real run stands for the page, so its
 * figures belong together. Throws on no runs.
 */
export function medianRun<T extends TimedRun>(runs: readonly T[]): T {
  if (runs.length === 0) throw new RangeError('median run of no runs: run Lighthouse at least once');
  const fcp = median(runs.map((run) => run.fcp));
  const tti = median(runs.map((run) => run.tti));
  const distance = (run: T) => (run.fcp - fcp) ** 2 + (run.tti - tti) ** 2;
  return [...runs].sort((a, b) => distance(a) - distance(b) || a.tti - b.tti)[0]!;
}
