import { describe, expect, test } from 'vitest';
import { yamlLines } from '../../../src/lib/audits/yaml-lines.ts';

const TEXT = `# a comment
plan:
  status: complete
  actions:
    - id: index
      priority: P0
    - { id: cache, priority: P1 }
capacity:
  horizonsMonths: [3, 6, 12]
`;

describe('yamlLines', () => {
  const lineOf = yamlLines(TEXT);
  test.each<[string, PropertyKey[], number]>([
    ['a top-level key', ['plan'], 2],
    ['a nested key', ['plan', 'status'], 3],
    ['an item of a list', ['plan', 'actions', 1], 7],
    ['a key of an item in block style', ['plan', 'actions', 0, 'priority'], 6],
    ['a key of an item in flow style', ['plan', 'actions', 1, 'priority'], 7],
    ['an item of a flow list', ['capacity', 'horizonsMonths', 2], 9],
    ['a missing key: the deepest part that exists', ['plan', 'actions', 0, 'effort'], 5],
    ['an item past the end: its list', ['plan', 'actions', 5], 4],
    ['the whole file: where its content starts', [], 2],
  ])('%s', (_, path, line) => {
    expect(lineOf(path)).toBe(line);
  });

  test('an empty text is line 1', () => {
    expect(yamlLines('')(['plan'])).toBe(1);
  });
});
