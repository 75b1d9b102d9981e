import type { ProjectCardFigures } from './project-card.ts';

/** The figures at the top of the overview: how many projects, owners, and how their last runs went. */
export interface OverviewTotals {
  projects: number;
  owners: number;
  /** Projects with at least one item needing attention. */
  attention: number;
  /** Projects whose last run is fresh and passed. */
  pass: number;
  /** Projects whose last run is fresh and failed, or could not measure a page. */
  fail: number;
  stale: number;
  never: number;
}

/** Counts the overview's totals over every project's summary; `owners` is the number of groups shown. */
export function overviewTotals(summaries: readonly Pick<ProjectCardFigures, 'attention' | 'lastRun'>[], owners: number): OverviewTotals {
  const count = (test: (summary: Pick<ProjectCardFigures, 'attention' | 'lastRun'>) => boolean) => summaries.filter(test).length;
  return {
    projects: summaries.length,
    owners,
    attention: count((summary) => summary.attention > 0),
    pass: count((summary) => summary.lastRun.kind === 'pass'),
    fail: count((summary) => summary.lastRun.kind === 'fail' || summary.lastRun.kind === 'error'),
    stale: count((summary) => summary.lastRun.kind === 'stale'),
    never: count((summary) => summary.lastRun.kind === 'not-measured'),
  };
}
