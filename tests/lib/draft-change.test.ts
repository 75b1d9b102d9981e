import { describe, expect, test } from 'vitest';
import { commandFor, draftProblems, isCalendarDate, shellQuote, type DraftChange } from '../../src/lib/draft-change.ts';

describe('draftProblems', () => {
  test.each<[string, DraftChange, number]>([
    ['a plain tick is fine', { item: 'no-n-plus-one', action: 'tick' }, 0],
    ['a tick with an https link is fine', { item: 'no-n-plus-one', action: 'tick', link: 'https://git.example.com/mr/1' }, 0],
    ['a javascript: link is refused', { item: 'no-n-plus-one', action: 'tick', link: 'javascript:alert(1)' }, 1],
    ['not applicable needs a reason', { item: 'load-soak', action: 'na' }, 1],
    ['a blank reason counts as none', { item: 'load-soak', action: 'na', reason: '   ' }, 1],
    ['a reason and a real date are fine', { item: 'load-soak', action: 'na', reason: 'No long sessions', until: '2027-02-28' }, 0],
    ['the 30th of February is not a date', { item: 'load-soak', action: 'na', reason: 'x', until: '2027-02-30' }, 1],
    ['an id with capitals is refused', { item: 'No-N', action: 'tick' }, 1],
    // the project file's own limits, for the browser editor and the save endpoint alike
    ['a note at the limit is fine', { item: 'load-soak', action: 'tick', note: 'x'.repeat(2000) }, 0],
    ['a note over the limit is refused', { item: 'load-soak', action: 'tick', note: 'x'.repeat(2001) }, 1],
    ['a reason over the limit is refused', { item: 'load-soak', action: 'na', reason: 'x'.repeat(2001) }, 1],
    ['a link over the limit is refused', { item: 'load-soak', action: 'tick', link: `https://x.example/${'a'.repeat(2048)}` }, 1],
  ])('%s', (_, change, count) => {
    // a fixed today, so a waiver's last day in the table never turns into the past
    expect(draftProblems(change, new Date('2026-11-23T12:00:00Z'))).toHaveLength(count);
  });
});

describe('draftProblems: a waiver lasts until today (UTC) or later, for the browser, the save endpoint and the command alike', () => {
  // 23:30 UTC on the 23rd: already the 24th in Paris, still the 23rd in UTC, the day that counts.
  const TODAY = new Date('2026-11-23T23:30:00Z');
  const waiver = (until: string): DraftChange => ({ item: 'load-soak', action: 'na', reason: 'Batch jobs only', until });
  test.each<[string, string, string[]]>([
    ['today is allowed: the waiver holds to the end of the day', '2026-11-23', []],
    ['tomorrow is allowed', '2026-11-24', []],
    ['a year on is allowed', '2027-11-23', []],
    ['yesterday is refused', '2026-11-22', ['until is 2026-11-22, a day already past: expected today (2026-11-23) or a later day, the last day the waiver holds']],
    // what the save endpoint accepted while the command refused it
    ['the year 2000 is refused', '2000-01-01', ['until is 2000-01-01, a day already past: expected today (2026-11-23) or a later day, the last day the waiver holds']],
    ['a day that does not exist is refused as such', '2026-02-30', ['until is "2026-02-30": expected a real calendar date written YYYY-MM-DD, such as 2027-03-31']],
    ['an empty field means no last day', '', []],
  ])('%s', (_, until, problems) => expect(draftProblems(waiver(until), TODAY)).toEqual(problems));

  test('without a date it compares with the real today', () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    expect(draftProblems(waiver(yesterday))).toHaveLength(1);
    expect(draftProblems(waiver(today))).toEqual([]);
  });

  test('the fields are named as the caller names them', () => {
    const names = { note: '--note', link: '--link', reason: '--reason', until: '--until' };
    expect(draftProblems({ item: 'load-soak', action: 'na', until: '2026-11-01' }, TODAY, names)).toEqual([
      '--reason is missing: expected why the item does not apply to this project, such as "Reports come from the data warehouse"',
      '--until is 2026-11-01, a day already past: expected today (2026-11-23) or a later day, the last day the waiver holds',
    ]);
  });

  test('a field that is not text, as the save endpoint may be sent, is named without a crash', () => {
    expect(draftProblems({ item: 'load-soak', action: 'na', reason: 42, until: ['2027-01-01'] } as unknown as DraftChange, TODAY)).toEqual(['reason is 42: expected a text', 'until is ["2027-01-01"]: expected a text']);
  });
});

describe('isCalendarDate', () => {
  test.each([
    ['2026-11-23', true],
    ['2024-02-29', true], // leap year
    ['2026-02-29', false], // not a leap year
    ['23/11/2026', false],
    ['2026-1-3', false],
  ])('%s → %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected));
});

describe('shellQuote', () => {
  test.each([
    ['plain', 'plain'],
    ['two words', "'two words'"],
    ["it's", `'it'\\''s'`],
    ['https://x.example/a?b=1', "'https://x.example/a?b=1'"],
  ])('%s', (word, quoted) => expect(shellQuote(word)).toBe(quoted));
});

describe('commandFor', () => {
  test.each<[string, DraftChange, string]>([
    ['tick with a note', { item: 'no-n-plus-one', action: 'tick', note: 'Batched loads' }, "npm run checklist -- tick shop no-n-plus-one --note 'Batched loads'"],
    ['untick drops the note', { item: 'no-n-plus-one', action: 'untick', note: 'ignored' }, 'npm run checklist -- untick shop no-n-plus-one'],
    ['na with reason and date', { item: 'load-soak', action: 'na', reason: 'Batch only', until: '2027-01-31' }, "npm run checklist -- na shop load-soak --reason 'Batch only' --until 2027-01-31"],
  ])('%s', (_, change, command) => expect(commandFor('shop', change)).toBe(command));
});
