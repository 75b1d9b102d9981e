import type { Catalog } from './schema/catalog.ts';
import type { Checklist, ChecklistItem } from './schema/checklist.ts';
import type { Pattern } from './schema/pattern.ts';
import { targetGroupSchema, type Target, type TargetGroup } from './schema/target.ts';

/** One target as the targets page shows it: where it is checked and which patterns help meet it. */
export interface TargetRow {
  target: Target;
  /** The checklist items judged against the target, in checklist order. */
  checkedIn: Array<{ item: ChecklistItem; checklist: Checklist }>;
  /** The patterns that name the target, in the catalog's order. */
  patterns: Pattern[];
}

/** The targets of one group, in the targets file's order. */
export interface TargetSection {
  group: TargetGroup;
  rows: TargetRow[];
}

/** The targets of one group, in the targets file's order. */
export function targetsInGroup(targets: Iterable<Target>, group: TargetGroup): Target[] {
  return [...targets].filter((target) => target.group === group);
}

/** The targets page's sections: one per group that has targets, in the schema's order of groups. */
export function targetSections(data: Pick<Catalog, 'targets' | 'checklists' | 'patterns'>): TargetSection[] {
  const items = data.checklists.flatMap((checklist) => checklist.items.map((item) => ({ item, checklist })));
  const patterns = [...data.patterns.values()];
  return targetGroupSchema.options
    .map((group) => ({
      group,
      rows: targetsInGroup(data.targets.values(), group).map((target) => ({
        target,
        checkedIn: items.filter(({ item }) => item.target === target.id),
        patterns: patterns.filter((pattern) => pattern.targets.includes(target.id)),
      })),
    }))
    .filter((section) => section.rows.length > 0);
}
