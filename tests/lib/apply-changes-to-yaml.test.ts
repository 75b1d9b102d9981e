import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { applyChangesToYaml, stateFor } from '../../src/lib/apply-changes-to-yaml.ts';
import type { DraftChange } from '../../src/lib/draft-change.ts';

const FILE = `# Shop project: keep this comment
name: Shop # inline comment stays too
description: A shop.
owner:
  name: Team
items:
  # the first item we did
  no-n-plus-one:
    state: done
    at: 2026-01-01
`;
const AUTHOR = { by: 'Ada', at: '2026-11-23T10:00:00.000Z' };

describe('applyChangesToYaml', () => {
  test('keeps comments and the order of keys', () => {
    const text = applyChangesToYaml(FILE, [{ item: 'load-soak', action: 'na', reason: 'Batch jobs only', until: '2027-01-31' }], AUTHOR);
    expect(text).toContain('# Shop project: keep this comment');
    expect(text).toContain('# inline comment stays too');
    expect(text).toContain('# the first item we did');
    expect(text.indexOf('no-n-plus-one')).toBeLessThan(text.indexOf('load-soak'));
  });

  test.each([
    ['tick records done with note and evidence', { item: 'cache-frequent-reads', action: 'tick' as const, note: 'Redis', link: 'https://x.example/1' }, { state: 'done', by: 'Ada', at: AUTHOR.at, note: 'Redis', evidence: 'https://x.example/1' }],
    ['untick records to do', { item: 'no-n-plus-one', action: 'untick' as const }, { state: 'todo', by: 'Ada', at: AUTHOR.at }],
    ['na records reason and date', { item: 'load-soak', action: 'na' as const, reason: 'Batch', until: '2027-01-31' }, { state: 'not-applicable', by: 'Ada', at: AUTHOR.at, reason: 'Batch', until: '2027-01-31' }],
  ])('%s', (_, change, expected) => {
    const data = parse(applyChangesToYaml(FILE, [change], AUTHOR));
    expect(data.items[change.item]).toEqual(expected);
  });

  test('a later change to the same item replaces the earlier one', () => {
    const data = parse(applyChangesToYaml(FILE, [{ item: 'x', action: 'tick' }, { item: 'x', action: 'untick' }], AUTHOR));
    expect(data.items.x.state).toBe('todo');
  });

  test('refuses text that is not YAML', () => {
    expect(() => applyChangesToYaml('a: [1, 2', [], AUTHOR)).toThrow(/not valid YAML/);
  });

  // `load-smoke: *done` repeats the state of no-n-plus-one; ticking no-n-plus-one crashed with "Unresolved alias".
  const ALIASED = `${FILE.replace('  no-n-plus-one:\n', '  no-n-plus-one: &done\n')}  # same as no-n-plus-one\n  load-smoke: *done\n`;
  test.each<[string, DraftChange, Record<string, unknown>]>([
    ['changing the anchored item keeps the aliased one as it was', { item: 'no-n-plus-one', action: 'untick' }, { 'no-n-plus-one': { state: 'todo', by: 'Ada', at: AUTHOR.at }, 'load-smoke': { state: 'done', at: '2026-01-01' } }],
    ['changing the aliased item leaves the anchored one alone', { item: 'load-smoke', action: 'untick' }, { 'no-n-plus-one': { state: 'done', at: '2026-01-01' }, 'load-smoke': { state: 'todo', by: 'Ada', at: AUTHOR.at } }],
  ])('%s, and the comments', (_, change, items) => {
    const text = applyChangesToYaml(ALIASED, [change], AUTHOR);
    expect(parse(text).items).toEqual(items);
    expect(text).toContain('# the first item we did');
    expect(text).toContain('# same as no-n-plus-one');
  });
});

describe('stateFor', () => {
  test('leaves out empty fields', () => {
    expect(stateFor({ item: 'a', action: 'tick', note: '  ', link: '' }, { at: 'T' })).toEqual({ state: 'done', at: 'T' });
  });
});
