import { patternsInOrder } from '../patterns-in-order.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Pattern } from '../schema/pattern.ts';

/**
 * The patterns that serve a target, in reading order: those that name it among their targets, and
 * those of the checklist items it decides or serves. An audit offers them as plan candidates for
 * a target its baseline misses.
 */
export function patternsForTarget(targetId: string, catalog: Pick<Catalog, 'patterns' | 'checklists'>): Pattern[] {
  const ids = new Set<string>();
  for (const pattern of catalog.patterns.values()) if (pattern.targets.includes(targetId)) ids.add(pattern.id);
  for (const checklist of catalog.checklists) {
    for (const item of checklist.items) {
      if (item.target === targetId || item.targets.includes(targetId)) for (const id of item.patterns) ids.add(id);
    }
  }
  return patternsInOrder([...ids].flatMap((id) => catalog.patterns.get(id) ?? []));
}
