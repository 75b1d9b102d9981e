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
    // the limits of the project file's own fields, named with the flag
    ['a note longer than a paragraph', 'tick', { note: 'x'.repeat(2001) }, /^--note is 2,001 characters long: expected at most 2,000 \(MAX_TEXT_LENGTH\)/],
    ['a 20 MB note', 'tick', { note: 'x'.repeat(20 * 1024 * 1024) }, /^--note is 20,971,520 characters long: expected at most 2,000/],
    ['a reason longer than a paragraph', 'na', { reason: 'x'.repeat(2001) }, /^--reason is 2,001 characters long: expected at most 2,000 \(MAX_TEXT_LENGTH\)/],
    ['a link longer than a URL can be', 'tick', { link: `https://x.example/${'a'.repeat(2048)}` }, /^--link is 2,066 characters long: expected at most 2,048 \(MAX_URL_LENGTH\)/],
    ['a name longer than a line', 'tick', { by: 'x'.repeat(201) }, /^--by is 201 characters long: expected at most 200 \(MAX_NAME_LENGTH\)/],
    // a long bad value is quoted briefly, not echoed whole
    ['a long last day that is not a date', 'na', { reason: 'x', until: '9'.repeat(100_000) }, /^--until is "9{77}\.\.\.": expected a real calendar date/],
  ])('%s', (_, action, flags, message) => {
    const input = itemChangeFromFlags(action, 'no-n-plus-one', flags, NOW);
    expect(input.ok).toBe(false);
    if (!input.ok) expect(input.problems[0]).toMatch(message);
  });

  test('texts exactly at their limits are accepted', () => {
    expect(itemChangeFromFlags('tick', 'x', { note: 'x'.repeat(2000), by: 'y'.repeat(200) }, NOW).ok).toBe(true);
    expect(itemChangeFromFlags('na', 'x', { reason: 'x'.repeat(2000) }, NOW).ok).toBe(true);
  });

  test('every problem is reported at once', () => {
    const input = itemChangeFromFlags('na', 'x', { until: 'soon', by: '' }, NOW);
    expect(input.ok ? [] : input.problems).toHaveLength(3);
  });
});
