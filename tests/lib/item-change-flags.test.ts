import { describe, expect, test } from 'vitest';
import { itemChangeFromFlags, type ItemChangeFlags } from '../../src/lib/item-change-flags.ts';
import type { DraftChange } from '../../src/lib/draft-change.ts';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('itemChangeFromFlags: accepted', () => {
  test.each<[string, DraftChange['action'], ItemChangeFlags, DraftChange]>([
    ['a bare tick', 'tick', {}, { item: 'no-n-plus-one', action: 'tick' }],
    ['a tick with a note and an https link', 'tick', { note: 'Batched', link: ' https://git.example.com/mr/1 ' }, { item: 'no-n-plus-one', action: 'tick', note: 'Batched', link: 'https://git.example.com/mr/1' }],
    ['an http link is fine too', 'tick', { link: 'http://intranet/report' }, { item: 'no-n-plus-one', action: 'tick', link: 'http://intranet/report' }],
    ['an untick ignores nothing it needs', 'untick', {}, { item: 'no-n-plus-one', action: 'untick' }],
    ['a waiver with a reason', 'na', { reason: 'Batch only' }, { item: 'no-n-plus-one', action: 'na', reason: 'Batch only' }],
    ['a waiver until a later day', 'na', { reason: 'Batch only', until: '2027-03-31' }, { item: 'no-n-plus-one', action: 'na', reason: 'Batch only', until: '2027-03-31' }],
    // the last day may be today: the waiver holds until midnight UTC
    ['a waiver until today', 'na', { reason: 'Batch only', until: '2026-11-23' }, { item: 'no-n-plus-one', action: 'na', reason: 'Batch only', until: '2026-11-23' }],
    ['a name given with --by', 'tick', { by: 'Ada' }, { item: 'no-n-plus-one', action: 'tick' }],
  ])('%s', (_, action, flags, change) => expect(itemChangeFromFlags(action, 'no-n-plus-one', flags, NOW)).toEqual({ ok: true, change }));
});

describe('itemChangeFromFlags: refused, naming the flag and what it expects', () => {
  test.each<[string, DraftChange['action'], ItemChangeFlags, RegExp]>([
    ['a waiver without a reason', 'na', {}, /^--reason is missing: expected why/],
    ['a waiver with a blank reason', 'na', { reason: '   ' }, /^--reason is missing/],
    ['a last day that is not a date', 'na', { reason: 'x', until: 'next week' }, /^--until is "next week": expected a real calendar date written YYYY-MM-DD/],
    ['the 30th of February', 'na', { reason: 'x', until: '2027-02-30' }, /^--until is "2027-02-30": expected a real calendar date/],
    ['a day written the other way round', 'na', { reason: 'x', until: '31/03/2027' }, /^--until is "31\/03\/2027"/],
    ['a last day already past', 'na', { reason: 'x', until: '2026-11-22' }, /^--until is 2026-11-22, a day already past: expected today \(2026-11-23\) or a later day/],
    ['a javascript: link', 'tick', { link: 'javascript:alert(1)' }, /^--link is "javascript:alert\(1\)": expected an absolute http:\/\/ or https:\/\/ URL/],
    ['a relative link', 'tick', { link: 'mr/412' }, /^--link is "mr\/412"/],
    ['an empty link', 'tick', { link: '' }, /^--link is "": expected/],
    ['an empty name', 'tick', { by: ' ' }, /^--by is empty: expected a name/],
  ])('%s', (_, action, flags, message) => {
    const input = itemChangeFromFlags(action, 'no-n-plus-one', flags, NOW);
    expect(input.ok).toBe(false);
    if (!input.ok) expect(input.problems[0]).toMatch(message);
  });

  test('every problem is reported at once', () => {
    const input = itemChangeFromFlags('na', 'x', { until: 'soon', by: '' }, NOW);
    expect(input.ok ? [] : input.problems).toHaveLength(3);
  });
});
