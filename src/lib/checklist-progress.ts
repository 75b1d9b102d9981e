import { compareStatus, isSettled, type ItemStatus, type StatusKind } from './item-status.ts';

/** Statuses that call for someone's attention on the overview. */
const ATTENTION: ReadonlySet<StatusKind> = new Set(['fail', 'error', 'stale', 'waiver-expired', 'review-due']);

/** Progress of one checklist: settled items over all items, and how many need attention. */
export interface Progress {
  settled: number;
  total: number;
  attention: number;
  /** The most urgent status in the list. */
  worst: StatusKind;
}

/** Sums up a list of item statuses; an empty list is an error, not a made-up 100 %. */
export function progressOf(statuses: readonly Pick<ItemStatus, 'kind'>[]): Progress {
  if (statuses.length === 0) throw new Error('progressOf needs at least one status');
  const kinds = statuses.map((status) => status.kind);
  return {
    settled: kinds.filter(isSettled).length,
    total: kinds.length,
    attention: kinds.filter((kind) => ATTENTION.has(kind)).length,
    worst: [...kinds].sort(compareStatus)[0]!,
  };
}

/** True when a status needs someone's attention (fail, error, stale, expired waiver, review due). */
export function needsAttention(kind: StatusKind): boolean {
  return ATTENTION.has(kind);
}
