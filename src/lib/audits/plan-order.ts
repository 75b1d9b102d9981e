import { effortMinutes } from './effort.ts';
import { isPlaceholder } from './placeholder.ts';

/** The rank of each priority: quick wins first. */
const PRIORITY_RANK: Readonly<Record<string, number>> = { P0: 0, P1: 1, P2: 2 };

/** What the order of a plan looks at. */
export interface Rankable {
  priority: string;
  effort: string;
}

/** The rank of a priority, 0 for P0; undefined while it is a placeholder. */
export function priorityRank(priority: string): number | undefined {
  if (isPlaceholder(priority)) return undefined;
  return PRIORITY_RANK[priority];
}

/**
 * The plan in the order the method ranks it (seed 004, format rules: "quick wins mesurables >
 * refactoring profond > micro-optimisations"; optimization-plan page, "How to rank": P0 quick wins,
 * then P1, then P2, and for the same priority the cheaper row first). Actions whose priority or
 * effort is still a placeholder go after the ranked ones; ties keep the file's order.
 */
export function planOrder<T extends Rankable>(actions: readonly T[]): T[] {
  const last = Number.POSITIVE_INFINITY;
  const keyed = actions.map((action, index) => ({ action, index, rank: priorityRank(action.priority) ?? last, minutes: effortMinutes(action.effort) ?? last }));
  keyed.sort((a, b) => a.rank - b.rank || a.minutes - b.minutes || a.index - b.index);
  return keyed.map((entry) => entry.action);
}
