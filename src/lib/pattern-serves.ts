import type { Catalog } from './schema/catalog.ts';
import type { Checklist, ChecklistItem } from './schema/checklist.ts';
import type { Pattern } from './schema/pattern.ts';
import type { Target } from './schema/target.ts';

/** What a pattern serves, looked up: the targets it helps meet and the checklist items it satisfies. */
export interface PatternServes {
  targets: Target[];
  items: Array<{ item: ChecklistItem; checklist: Checklist }>;
}

/** The targets and checklist items a pattern names, in the pattern's order; the catalog's references were checked when it was read, so a miss is a bug. */
export function patternServes(pattern: Pattern, data: Pick<Catalog, 'targets' | 'checklists'>): PatternServes {
  const items = data.checklists.flatMap((checklist) => checklist.items.map((item) => ({ item, checklist })));
  return {
    targets: pattern.targets.map((id) => {
      const target = data.targets.get(id);
      if (target === undefined) throw new Error(`pattern "${pattern.id}" names target "${id}", which the catalog does not have`);
      return target;
    }),
    items: pattern.checklistItems.map((id) => {
      const entry = items.find(({ item }) => item.id === id);
      if (entry === undefined) throw new Error(`pattern "${pattern.id}" names checklist item "${id}", which no checklist has`);
      return entry;
    }),
  };
}
