import { describe, expect, test } from 'vitest';
import { needsAttention, progressOf } from '../../src/lib/checklist-progress.ts';
import type { StatusKind } from '../../src/lib/item-status.ts';

const of = (...kinds: StatusKind[]) => progressOf(kinds.map((kind) => ({ kind })));

describe('progressOf', () => {
  test.each<[string, StatusKind[], { settled: number; total: number; attention: number; worst: StatusKind }]>([
    ['pass, done and not applicable all count as settled', ['pass', 'done', 'not-applicable'], { settled: 3, total: 3, attention: 0, worst: 'pass' }],
    ['a failure is the worst status', ['done', 'fail', 'todo'], { settled: 1, total: 3, attention: 1, worst: 'fail' }],
    ['stale and expired waivers need attention', ['stale', 'waiver-expired', 'done'], { settled: 1, total: 3, attention: 2, worst: 'stale' }],
    ['not measured is not settled but not alarming', ['not-measured', 'done'], { settled: 1, total: 2, attention: 0, worst: 'not-measured' }],
  ])('%s', (_, kinds, expected) => expect(of(...kinds)).toEqual(expected));

  test('refuses an empty list instead of claiming 100 %', () => expect(() => progressOf([])).toThrow());
});

describe('needsAttention', () => {
  test.each<[StatusKind, boolean]>([
    ['fail', true],
    ['error', true],
    ['review-due', true],
    ['todo', false],
    ['done', false],
  ])('%s → %s', (kind, expected) => expect(needsAttention(kind)).toBe(expected));
});
