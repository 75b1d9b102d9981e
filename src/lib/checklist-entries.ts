import type { Catalog } from './schema/catalog.ts';
import type { Checklist, ChecklistItem } from './schema/checklist.ts';
import type { Pattern } from './schema/pattern.ts';
import type { Target } from './schema/target.ts';

/** One item of a checklist as a reading page lists it, with what it names looked up. */
export interface ChecklistEntry {
  item: ChecklistItem;
  /** The target a measurement judges the item against; absent when a person ticks it. */
  measuredAgainst?: Target;
  /** The patterns behind the item, in the item's order. */
  patterns: Pattern[];
}

/** A checklist's items with their target and patterns; throws naming the known ids when no checklist has this id. */
export function checklistEntries(data: Pick<Catalog, 'checklists' | 'targets' | 'patterns'>, id: string): ChecklistEntry[] {
  const checklist: Checklist | undefined = data.checklists.find((entry) => entry.id === id);
  if (checklist === undefined) {
    throw new Error(`no checklist "${id}" in src/content/checklists/; expected one of ${data.checklists.map((entry) => entry.id).join(', ')}.`);
  }
  return checklist.items.map((item) => ({
    item,
    ...(item.decidedBy === 'measurement' && item.target !== undefined ? { measuredAgainst: lookUp(data.targets, item.target, 'target') } : {}),
    patterns: item.patterns.map((patternId) => lookUp(data.patterns, patternId, 'pattern')),
  }));
}

/** The entry with this id; the catalog's references were checked when it was read, so a miss is a bug. */
function lookUp<T>(entries: ReadonlyMap<string, T>, id: string, kind: string): T {
  const entry = entries.get(id);
  if (entry === undefined) throw new Error(`no ${kind} "${id}" in the catalog`);
  return entry;
}
