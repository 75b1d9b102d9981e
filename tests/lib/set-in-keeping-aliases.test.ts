import { describe, expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { setInKeepingAliases, type YamlPath } from '../../src/lib/set-in-keeping-aliases.ts';

/** Sets `{ state: new }` at `path` in `text` and returns the new text. */
function edit(text: string, path: YamlPath): string {
  const document = parseDocument(text);
  setInKeepingAliases(document, path, document.createNode({ state: 'new' }));
  return document.toString({ lineWidth: 0 });
}

describe('setInKeepingAliases: every other alias means what it meant', () => {
  test.each<[string, string, YamlPath, unknown, RegExp[]]>([
    // the crash: replacing the anchor left `*done` pointing at nothing ("Unresolved alias")
    [
      'replacing an anchored item writes its aliases out as the copy they stood for',
      'items:\n  a: &done\n    state: done\n    note: Batched\n  # b is a as well\n  b: *done\n',
      ['items', 'a'],
      { items: { a: { state: 'new' }, b: { state: 'done', note: 'Batched' } } },
      [/# b is a as well\n  b:\n    state: done\n    note: Batched\n/],
    ],
    [
      'replacing the alias leaves the anchor and its other aliases alone',
      'items:\n  a: &done { state: done }\n  b: *done\n  c: *done\n',
      ['items', 'b'],
      { items: { a: { state: 'done' }, b: { state: 'new' }, c: { state: 'done' } } },
      [/a: &done \{ state: done \}/, /c: \*done/],
    ],
    [
      'an anchor inside the replaced item is written out where it is repeated',
      'items:\n  a:\n    state: done\n    note: &n Shared note\n  b:\n    state: done\n    note: *n\n',
      ['items', 'a'],
      { items: { a: { state: 'new' }, b: { state: 'done', note: 'Shared note' } } },
      [/note: Shared note/],
    ],
    [
      'an edit inside an anchored collection does not change its aliases',
      'items: &all\n  a: { state: done }\ncopy: *all\n',
      ['items', 'b'],
      { items: { a: { state: 'done' }, b: { state: 'new' } }, copy: { a: { state: 'done' } } },
      [],
    ],
    [
      'an alias on the path is written out, so the edit changes this copy only',
      'defaults: &d\n  a: { state: done }\nitems: *d\n',
      ['items', 'b'],
      { defaults: { a: { state: 'done' } }, items: { a: { state: 'done' }, b: { state: 'new' } } },
      [/defaults: &d/],
    ],
    [
      'aliases of untouched anchors stay aliases',
      'items:\n  a: &done { state: done }\n  b: *done\n',
      ['items', 'c'],
      { items: { a: { state: 'done' }, b: { state: 'done' }, c: { state: 'new' } } },
      [/b: \*done/],
    ],
    // an alias stands for the last anchor of its name before it
    [
      'an anchor name used twice: only the aliases of the replaced one are written out',
      'items:\n  a: &x { state: done }\n  b: *x\n  c: &x { state: todo }\n  d: *x\n',
      ['items', 'c'],
      { items: { a: { state: 'done' }, b: { state: 'done' }, c: { state: 'new' }, d: { state: 'todo' } } },
      [/b: \*x/],
    ],
  ])('%s', (_, text, path, data, kept) => {
    const result = edit(text, path);
    expect(parse(result)).toEqual(data);
    for (const pattern of kept) expect(result).toMatch(pattern);
  });
});
