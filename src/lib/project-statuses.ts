import type { DatedAudit } from './audits/audit-statuses.ts';
import { effectiveTargets, type EffectiveTarget } from './effective-targets.ts';
import { itemStatus, type ItemStatus } from './item-status.ts';
import type { Checklist, ChecklistItem } from './schema/checklist.ts';
import type { Project } from './schema/project.ts';
import type { ResultDocument } from './schema/result.ts';
import type { Target } from './schema/target.ts';

/** One checklist of a project with every item's status. */
export interface ChecklistStatuses {
  checklist: Checklist;
  items: Array<{ item: ChecklistItem; status: ItemStatus }>;
}

/** Everything a project's statuses are computed from. */
export interface ProjectStatusInput {
  projectId: string;
  project: Project;
  checklists: readonly Checklist[];
  targets: ReadonlyMap<string, Target>;
  /** The project's latest verify-web-vitals result document, when it has one. */
  latest?: ResultDocument;
  /** The project's latest audit, when it has one (audit-statuses.ts `latestAudit`). */
  audit?: DatedAudit;
  now: Date;
}

/** The effective targets and every item's status for one project, checklists in the order given. */
export function projectStatuses(input: ProjectStatusInput): { targets: Map<string, EffectiveTarget>; checklists: ChecklistStatuses[] } {
  const targets = effectiveTargets(input.targets, input.project);
  const result = input.latest?.projects.find((entry) => entry.id === input.projectId);
  const latest = input.latest && result ? { generatedAt: input.latest.generatedAt, result } : undefined;
  const checklists = input.checklists.map((checklist) => ({
    checklist,
    items: checklist.items.map((item) => ({ item, status: itemStatus({ item, project: input.project, targets, latest, audit: input.audit, now: input.now }) })),
  }));
  return { targets, checklists };
}
