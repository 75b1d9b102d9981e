import { describe, expect, test } from 'vitest';
import { saveConflicts, seenStateOf, type SeenState } from '../../src/lib/save-conflicts.ts';
import type { ItemState, Project } from '../../src/lib/schema/project.ts';

/** A project whose manual items are recorded as given. */
const projectWith = (items: Record<string, ItemState>) => ({ items }) as unknown as Project;
const done: ItemState = { state: 'done', by: 'Ana', at: '2026-11-01', note: 'Batched', evidence: 'https://git.example.com/mr/1' };

describe('seenStateOf', () => {
  test.each<[string, ItemState | undefined, SeenState]>([
    ['an item never recorded is to do', undefined, { state: 'todo' }],
    ['who and when are left out; what a person reads is kept', done, { state: 'done', note: 'Batched', evidence: 'https://git.example.com/mr/1' }],
    ['a blank note counts as none', { state: 'done', note: '   ' }, { state: 'done' }],
  ])('%s', (_, recorded, expected) => expect(seenStateOf(recorded)).toEqual(expected));
});

describe('saveConflicts', () => {
  const tick = { item: 'a', action: 'tick' as const };
  test.each<[string, Record<string, ItemState>, Record<string, SeenState | undefined>, string[]]>([
    ['the file still says what the page showed', { a: done }, { a: { state: 'done', note: 'Batched', evidence: 'https://git.example.com/mr/1' } }, []],
    ['only who and when changed: same state for a reader', { a: { ...done, by: 'Bo', at: '2026-11-30' } }, { a: { state: 'done', note: 'Batched', evidence: 'https://git.example.com/mr/1' } }, []],
    ['the state changed since', { a: { state: 'not-applicable', reason: 'r' } }, { a: { state: 'todo' } }, ['a']],
    ['the note changed since', { a: { ...done, note: 'Rewritten' } }, { a: seenStateOf(done) }, ['a']],
    ['an item the page did not report', { a: done }, {}, ['a']],
    ['an item recorded since, when the page showed none', { a: done }, { a: { state: 'todo' } }, ['a']],
  ])('%s', (_, items, seen, conflicting) => {
    expect(saveConflicts(projectWith(items), [tick], seen).map((conflict) => conflict.item)).toEqual(conflicting);
  });

  test('items nobody drafted may change freely', () => {
    expect(saveConflicts(projectWith({ a: done, b: { state: 'done', note: 'changed in the terminal' } }), [tick], { a: seenStateOf(done) })).toEqual([]);
  });
});
