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
    expect(draftProblems(change)).toHaveLength(count);
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
