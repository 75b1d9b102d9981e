import type { Liveness } from './process-liveness.ts';

/** A lock this old whose owner cannot be checked (another machine, no /proc) is left over from a killed run: a write takes milliseconds. */
export const UNCHECKABLE_STALE_MS = 120_000;

/** Whether a lock may be taken over, and why: its owner is gone, or it is far older than any write while its owner cannot be checked. */
export type LockVerdict = { stale: true; reason: string } | { stale: false };

/** Judges a lock by its owner's liveness and the lock's age. */
export function lockVerdict(owner: Liveness, ageMs: number): LockVerdict {
  if (owner.state === 'gone') return { stale: true, reason: owner.reason };
  if (owner.state === 'unknown' && ageMs > UNCHECKABLE_STALE_MS) return { stale: true, reason: `${owner.reason}, and it is ${Math.round(ageMs / 60_000)} minutes old, far longer than a write takes` };
  return { stale: false };
}
