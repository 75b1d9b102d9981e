import { needsDoing } from './checklist-progress.ts';
import { compareStatus, isOlderThan, type ItemStatus, type StatusKind } from './item-status.ts';
import type { ProjectView } from './project-view.ts';
import type { Localized } from './schema/localized.ts';

/** One checklist's line in a project's summary: its progress, and how many of its items need attention. */
export interface ChecklistLine {
  id: string;
  title: Localized;
  settled: number;
  total: number;
  attention: number;
}

/** An item the summary sends a reader down to: its status, and the id of its row on the page. */
export interface AttentionLine {
  anchor: string;
  checklistId: string;
  checklistTitle: Localized;
  itemId: string;
  label: Localized;
  kind: StatusKind;
}

/** How long ago something happened, in the largest whole unit it reaches. */
export interface Age {
  value: number;
  unit: 'minute' | 'hour' | 'day' | 'month' | 'year';
}

/** What opens a project's page: each checklist's progress, what needs attention, and the latest run's age. */
export interface ProjectSummary {
  checklists: ChecklistLine[];
  /** Most urgent first, then in the page's order. */
  attention: AttentionLine[];
  /** The latest verify-web-vitals run; absent when the project has never been measured. */
  measured?: { at: string; age: Age; stale: boolean };
}

/** The id of an item's row on its project's page: unique across the page's checklists. */
export function itemAnchor(checklistId: string, itemId: string): string {
  return `item-${checklistId}-${itemId}`;
}

const MINUTE_MS = 60_000;
/** Each unit's length and the age from which it is the one used (a month as 30 days, a year as 365). */
const UNITS: ReadonlyArray<{ unit: Age['unit']; ms: number; from: number }> = [
  { unit: 'year', ms: 365 * 24 * 60 * MINUTE_MS, from: 365 * 24 * 60 * MINUTE_MS },
  { unit: 'month', ms: 30 * 24 * 60 * MINUTE_MS, from: 60 * 24 * 60 * MINUTE_MS },
  { unit: 'day', ms: 24 * 60 * MINUTE_MS, from: 24 * 60 * MINUTE_MS },
  { unit: 'hour', ms: 60 * MINUTE_MS, from: 60 * MINUTE_MS },
];

/** How long before `now` a time is, rounded down to the largest whole unit (months from 60 days on); a time after `now` is 0 minutes old. */
export function ageOf(at: string, now: Date): Age {
  const elapsed = now.getTime() - Date.parse(at);
  if (!Number.isFinite(elapsed)) throw new Error(`ageOf needs an ISO date-time, got "${at}"`);
  const unit = UNITS.find((entry) => elapsed >= entry.from);
  if (unit === undefined) return { value: Math.max(0, Math.floor(elapsed / MINUTE_MS)), unit: 'minute' };
  return { value: Math.floor(elapsed / unit.ms), unit: unit.unit };
}

/** What a project's page opens with, computed from its view at the build's `now`. */
export function projectSummary(view: Pick<ProjectView, 'project' | 'latest' | 'checklists'>, now: Date): ProjectSummary {
  const checklists = view.checklists.map(({ checklist, progress }) => ({ id: checklist.id, title: checklist.title, settled: progress.settled, total: progress.total, attention: 0 }));
  const attention: AttentionLine[] = [];
  view.checklists.forEach(({ checklist, items }, index) => {
    for (const { item, status } of items) {
      if (!needsDoing(status, view.project)) continue;
      checklists[index]!.attention += 1;
      attention.push({ anchor: itemAnchor(checklist.id, item.id), checklistId: checklist.id, checklistTitle: checklist.title, itemId: item.id, label: item.label, kind: status.kind });
    }
  });
  // A stable sort: items of the same status keep the page's order.
  attention.sort((a, b) => compareStatus(a.kind, b.kind));
  const at = view.latest?.generatedAt;
  return {
    checklists,
    attention,
    ...(at !== undefined ? { measured: { at, age: ageOf(at, now), stale: isOlderThan(at, view.project.freshnessDays, now) } } : {}),
  };
}
