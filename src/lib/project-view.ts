import type { DatedAudit } from './audits/audit-statuses.ts';
import { needsDoing, progressOf, type Progress } from './checklist-progress.ts';
import type { EffectiveTarget } from './effective-targets.ts';
import { compareStatus, type ItemStatus } from './item-status.ts';
import { projectStatuses, type ChecklistStatuses } from './project-statuses.ts';
import type { Catalog } from './schema/catalog.ts';
import type { Checklist, ChecklistItem } from './schema/checklist.ts';
import type { Project } from './schema/project.ts';
import type { HistoryLine, ResultDocument } from './schema/result.ts';
import { boundedSeries, type BoundedSeries } from './trend-buckets.ts';
import { trendSeries, type TrendSeries } from './trend-series.ts';
import { measuredTargetIds } from './web-metric-sources.ts';

/** One checklist of a project as its page shows it: every item's status and the checklist's progress. */
export interface ChecklistView extends ChecklistStatuses {
  progress: Progress;
}

/** Everything a project's page and its overview row show, decided here and nowhere else. */
export interface ProjectView {
  id: string;
  project: Project;
  latest?: ResultDocument;
  history: HistoryLine[];
  /** Every effective target, keyed by id. */
  targets: Map<string, EffectiveTarget>;
  /** The targets the page lists: those the project overrides, and those a checklist item rests on, in the targets file's order. */
  shownTargets: EffectiveTarget[];
  /** A trend for each measured target that has history, in the targets file's order, at most MAX_POINTS points a line. */
  trends: BoundedSeries[];
  checklists: ChecklistView[];
  /** How many items across the checklists need someone's attention. */
  attention: number;
}

/** What a project's view is computed from: the content and results, read once per build. */
export interface ProjectViewInput {
  id: string;
  project: Project;
  catalog: Pick<Catalog, 'checklists' | 'targets'>;
  latest?: ResultDocument;
  history: HistoryLine[];
  /** The project's latest audit, when it has one: it decides the audit-phase and load-test items. */
  audit?: DatedAudit;
  now: Date;
}

/** Computes a project's whole view: targets, every item's status, progress and trends. */
export function projectView(input: ProjectViewInput): ProjectView {
  const { targets, checklists } = projectStatuses({ projectId: input.id, project: input.project, checklists: input.catalog.checklists, targets: input.catalog.targets, latest: input.latest, audit: input.audit, now: input.now });
  const views = checklists.map((entry) => ({ ...entry, progress: progressOf(entry.items.map(({ status }) => status), input.project) }));
  const cited = new Set(views.flatMap(({ items }) => items.map(({ item }) => item.target)));
  const shownTargets = [...targets.values()].filter((target) => target.overrideReason !== undefined || cited.has(target.id));
  // Bounded whatever the history's length: recent runs as they are, older ones in buckets (trend-buckets.ts).
  const trends = measuredTargetIds(input.catalog.targets)
    .map((metric) => trendSeries(input.history, metric))
    .filter((series): series is TrendSeries => series !== undefined)
    .map((series) => boundedSeries(series));
  return {
    id: input.id,
    project: input.project,
    ...(input.latest ? { latest: input.latest } : {}),
    history: input.history,
    targets,
    shownTargets,
    trends,
    checklists: views,
    attention: views.reduce((sum, { progress }) => sum + progress.attention, 0),
  };
}

/** An item that needs attention, with where it belongs. */
export interface AttentionEntry {
  id: string;
  project: string;
  checklist: Checklist;
  item: ChecklistItem;
  status: ItemStatus;
}

/** The overview of every project: the projects needing the most attention first (then by name), and every item needing attention, most urgent first. */
export function projectsOverview(views: readonly ProjectView[]): { rows: ProjectView[]; attention: AttentionEntry[] } {
  const rows = [...views].sort((a, b) => b.attention - a.attention || a.project.name.localeCompare(b.project.name));
  const attention = rows
    .flatMap((view) =>
      view.checklists.flatMap(({ checklist, items }) =>
        items.filter(({ status }) => needsDoing(status, view.project)).map(({ item, status }) => ({ id: view.id, project: view.project.name, checklist, item, status })),
      ),
    )
    .sort((a, b) => compareStatus(a.status.kind, b.status.kind) || a.project.localeCompare(b.project));
  return { rows, attention };
}
