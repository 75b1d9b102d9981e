import { describe, expect, test } from 'vitest';
import { lockVerdict, UNCHECKABLE_STALE_MS } from '../../src/lib/lock-verdict.ts';

describe('lockVerdict', () => {
  test.each<[string, Parameters<typeof lockVerdict>[0], number, ReturnType<typeof lockVerdict>]>([
    ['a running owner holds it, however old', { state: 'running' }, 10 * UNCHECKABLE_STALE_MS, { stale: false }],
    ['a gone owner leaves it stale at once', { state: 'gone', reason: 'process 7 has ended' }, 0, { stale: true, reason: 'process 7 has ended' }],
    ['an owner that cannot be checked holds it while it is young', { state: 'unknown', reason: 'it was written on ci-2' }, 1_000, { stale: false }],
    ['an owner that cannot be checked leaves it stale once far older than a write', { state: 'unknown', reason: 'it was written on ci-2' }, 3 * 60_000, { stale: true, reason: 'it was written on ci-2, and it is 3 minutes old, far longer than a write takes' }],
  ])('%s', (_, owner, ageMs, expected) => {
    expect(lockVerdict(owner, ageMs)).toEqual(expected);
  });
});
