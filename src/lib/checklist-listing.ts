import { progressOf, type Progress } from './checklist-progress.ts';
import type { EffectiveTarget } from './effective-targets.ts';
import type { PageMeasurement, StatusKind } from './item-status.ts';
import type { ChecklistStatuses } from './project-statuses.ts';
import type { Comparison } from './schema/comparison.ts';
import type { Localized } from './schema/localized.ts';
import type { Project } from './schema/project.ts';

/** Version of the `list --json` document; bump it when a field changes meaning. */
export const LISTING_SCHEMA_VERSION = 1;

/** The target a measured item is judged against, as this project applies it. */
export interface ListedTarget {
  id: string;
  value: number;
  comparison: Comparison;
  unit: string;
  measuredBy: 'verify-web-vitals' | 'record';
  defaultValue: number;
  /** Present when the project overrides the default, with its reason. */
  overrideReason?: string;
}

/** One item as `list` shows it. */
export interface ListedItem {
  id: string;
  label: Localized;
  decidedBy: 'person' | 'measurement';
  /** Days after which a ticked item asks to be confirmed again. */
  reviewDays?: number;
  status: StatusKind;
  /** For a stale measurement: what the old figure gave. */
  staleOf?: 'pass' | 'fail' | 'error';
  target?: ListedTarget;
  /** The recorded figure, for items measured by another tool. */
  value?: number;
  source?: string;
  /** Per-page figures, for items measured by verify-web-vitals. */
  pages?: PageMeasurement[];
  by?: string;
  at?: string;
  note?: string;
  evidence?: string;
  reason?: string;
  until?: string;
}

/** Everything `list` shows for a project; also the `--json` document. */
export interface ChecklistListing {
  schemaVersion: typeof LISTING_SCHEMA_VERSION;
  project: { id: string; name: string; owner: string; freshnessDays: number };
  /** The time the statuses were computed at (ISO). */
  now: string;
  progress: Progress;
  checklists: Array<{ id: string; title: Localized; progress: Progress; items: ListedItem[] }>;
}

/** The target facts worth showing beside a measured item. */
function listedTarget(target: EffectiveTarget): ListedTarget {
  return {
    id: target.id,
    value: target.value,
    comparison: target.comparison,
    unit: target.target.unit,
    measuredBy: target.target.measuredBy,
    defaultValue: target.defaultValue,
    ...(target.overrideReason !== undefined ? { overrideReason: target.overrideReason } : {}),
  };
}

/** Drops the keys whose value is undefined, so the JSON stays short. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Builds the listing of a project's checklists from their computed statuses. */
export function checklistListing(projectId: string, project: Project, checklists: readonly ChecklistStatuses[], now: Date): ChecklistListing {
  const listed = checklists.map(({ checklist, items }) => ({
    id: checklist.id,
    title: checklist.title,
    progress: progressOf(items.map(({ status }) => status), project),
    items: items.map(({ item, status }): ListedItem =>
      compact({
        id: item.id,
        label: item.label,
        decidedBy: item.decidedBy,
        reviewDays: item.reviewDays,
        status: status.kind,
        staleOf: status.staleOf,
        target: status.target ? listedTarget(status.target) : undefined,
        value: status.record?.value,
        source: status.record?.source,
        pages: status.pages,
        by: status.by,
        at: status.at,
        note: status.note,
        evidence: status.evidence,
        reason: status.reason,
        until: status.until,
      }),
    ),
  }));
  return {
    schemaVersion: LISTING_SCHEMA_VERSION,
    project: { id: projectId, name: project.name, owner: project.owner.name, freshnessDays: project.freshnessDays },
    now: now.toISOString(),
    progress: progressOf(checklists.flatMap(({ items }) => items.map(({ status }) => status)), project),
    checklists: listed,
  };
}
