import { describe, expect, test } from 'vitest';
import { needsAttention, progressOf } from '../../src/lib/checklist-progress.ts';
import type { EffectiveTarget } from '../../src/lib/effective-targets.ts';
import type { StatusKind } from '../../src/lib/item-status.ts';

/** A project that lists nothing verify-web-vitals measures, and one with a page. */
const NOWHERE = { pages: [], endpoints: [] };
const WITH_A_PAGE = { pages: [{ name: 'Home', url: 'https://shop.example.com/' }], endpoints: [] } as never;
const of = (...kinds: StatusKind[]) => progressOf(kinds.map((kind) => ({ kind })), NOWHERE);
/** The TTFB target, which verify-web-vitals measures on a project's pages. */
const TTFB = { id: 'ttfb', value: 200, defaultValue: 200, comparison: 'lt', target: { id: 'ttfb', label: { fr: 'TTFB', en: 'TTFB' }, group: 'web', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy: 'verify-web-vitals' } } as EffectiveTarget;

describe('progressOf', () => {
  test.each<[string, StatusKind[], { settled: number; total: number; attention: number; worst: StatusKind }]>([
    ['pass, done and not applicable all count as settled', ['pass', 'done', 'not-applicable'], { settled: 3, total: 3, attention: 0, worst: 'pass' }],
    ['a failure is the worst status', ['done', 'fail', 'todo'], { settled: 1, total: 3, attention: 1, worst: 'fail' }],
    ['stale and expired waivers need attention', ['stale', 'waiver-expired', 'done'], { settled: 1, total: 3, attention: 2, worst: 'stale' }],
    ['not measured is not settled but not alarming', ['not-measured', 'done'], { settled: 1, total: 2, attention: 0, worst: 'not-measured' }],
  ])('%s', (_, kinds, expected) => expect(of(...kinds)).toEqual(expected));

  test('an item never measured counts for attention only where verify-web-vitals can measure it', () => {
    const statuses = [{ kind: 'not-measured' as const, target: TTFB }, { kind: 'done' as const }];
    expect(progressOf(statuses, NOWHERE).attention).toBe(0);
    expect(progressOf(statuses, WITH_A_PAGE).attention).toBe(1);
  });

  test('refuses an empty list instead of claiming 100 %', () => expect(() => progressOf([], NOWHERE)).toThrow());
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
