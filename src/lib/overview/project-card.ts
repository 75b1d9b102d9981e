import { isOlderThan, type StatusKind } from '../item-status.ts';
import type { ProjectView } from '../project-view.ts';
import type { Comparison } from '../schema/comparison.ts';
import type { Localized } from '../schema/localized.ts';
import { sparkline, sparklineSource, type Sparkline } from './sparkline-series.ts';

/** One checklist of a project, as its card shows it: a bar of settled items over all, and what needs attention. */
export interface ChecklistGlance {
  id: string;
  title: Localized;
  settled: number;
  total: number;
  attention: number;
  /** The most urgent status in the checklist. */
  worst: StatusKind;
}

/** The project's last verify-web-vitals run: its outcome, stale once older than the project's freshness window. */
export interface LastRun {
  kind: 'pass' | 'fail' | 'error' | 'stale' | 'not-measured';
  /** When the run was; absent when the project was never measured. */
  at?: string;
  /** For a stale run: the outcome it had. */
  staleOf?: 'pass' | 'fail' | 'error';
}

/** A project's trend on its card: the sparkline, with the target's label and unit to say what it shows. */
export interface ProjectTrend extends Sparkline {
  label: Localized;
  unit: string;
  comparison: Comparison;
}

/** Everything a project's card on the overview shows, decided here and nowhere else. */
export interface ProjectCardFigures {
  id: string;
  name: string;
  owner: string;
  /** Items needing someone's attention, across the checklists. */
  attention: number;
  /** Settled items over all items, every checklist together: 0 to 1. */
  progress: number;
  checklists: ChecklistGlance[];
  lastRun: LastRun;
  trend?: ProjectTrend;
}

/** The outcome of a project's last run, judged stale against its freshness window at `now`. */
export function lastRunOf(view: Pick<ProjectView, 'id' | 'project' | 'latest'>, now: Date): LastRun {
  const result = view.latest?.projects.find((entry) => entry.id === view.id);
  if (view.latest === undefined || result === undefined) return { kind: 'not-measured' };
  const at = view.latest.generatedAt;
  if (isOlderThan(at, view.project.freshnessDays, now)) return { kind: 'stale', at, staleOf: result.status };
  return { kind: result.status, at };
}

/** Sums up a project's view for its card on the overview; a project's checklists are never empty (progressOf refuses that). */
export function projectCard(view: ProjectView, now: Date): ProjectCardFigures {
  const checklists = view.checklists.map(({ checklist, progress }) => ({ id: checklist.id, title: checklist.title, ...progress }));
  const settled = checklists.reduce((sum, entry) => sum + entry.settled, 0);
  const total = checklists.reduce((sum, entry) => sum + entry.total, 0);
  const source = sparklineSource(view.trends);
  const target = source && view.targets.get(source.metric);
  const line = source && target ? sparkline(source, target.comparison) : undefined;
  return {
    id: view.id,
    name: view.project.name,
    owner: view.project.owner.name,
    attention: view.attention,
    progress: total === 0 ? 0 : settled / total,
    checklists,
    lastRun: lastRunOf(view, now),
    ...(line && target ? { trend: { ...line, label: target.target.label, unit: target.target.unit, comparison: target.comparison } } : {}),
  };
}
