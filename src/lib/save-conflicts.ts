import type { DraftChange } from './draft-change.ts';
import type { ItemState, Project } from './schema/project.ts';

/** A manual item's recorded state as a page showed it: what a save compares with the file. */
export interface SeenState {
  state: ItemState['state'];
  note?: string;
  evidence?: string;
  reason?: string;
  until?: string;
}

/** A drafted item whose state in the file is no longer the one the page showed. */
export interface SaveConflict {
  item: string;
  seen: SeenState;
  now: SeenState;
}

/** The fields of a recorded state that a person sees and edits; who and when are left out. */
const COMPARED = ['state', 'note', 'evidence', 'reason', 'until'] as const;

/** The comparable state of an item as recorded in a project file (an item never recorded is to do). */
export function seenStateOf(recorded: ItemState | undefined): SeenState {
  const seen: SeenState = { state: recorded?.state ?? 'todo' };
  for (const key of COMPARED.slice(1) as Array<Exclude<(typeof COMPARED)[number], 'state'>>) {
    const value = recorded?.[key]?.trim();
    if (value) seen[key] = value;
  }
  return seen;
}

/** True when two states read the same to a person (blank and absent are alike). */
function sameState(a: SeenState, b: SeenState): boolean {
  return COMPARED.every((key) => (a[key]?.trim() || undefined) === (b[key]?.trim() || undefined));
}

/**
 * The drafted items that changed in the file since the page was built (from the terminal, another
 * tab, a teammate's commit). Items nobody drafted may have changed freely: a save only rewrites the
 * drafted ones. An item the page did not report is a conflict, since nothing proves it is current.
 */
export function saveConflicts(project: Project, changes: readonly DraftChange[], seen: Readonly<Record<string, SeenState | undefined>>): SaveConflict[] {
  return changes.flatMap((change) => {
    const now = seenStateOf(project.items[change.item]);
    const before = seen[change.item];
    if (before !== undefined && sameState(before, now)) return [];
    return [{ item: change.item, seen: before ?? { state: 'todo' }, now }];
  });
}
