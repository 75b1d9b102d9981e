import { describe, expect, test } from 'vitest';
import { countPlaceholders, isPlaceholder, placeholder } from '../../../src/lib/audits/placeholder.ts';

describe('placeholders', () => {
  test.each<[unknown, boolean]>([
    ['TODO: expected figure', true],
    ['todo: lower case', true],
    ['TODO', true],
    ['  TODO: indented', true],
    ['TODOS are not placeholders', false],
    ['A note that mentions TODO: later', false],
    [240, false],
    [undefined, false],
  ])('isPlaceholder(%j) is %s', (value, expected) => {
    expect(isPlaceholder(value)).toBe(expected);
  });

  test('placeholder() writes one the checker recognises', () => {
    expect(placeholder('the effort')).toBe('TODO: the effort');
    expect(isPlaceholder(placeholder('x'))).toBe(true);
  });

  test('countPlaceholders counts them at any depth', () => {
    expect(countPlaceholders({ a: 'TODO: x', b: [1, 'TODO: y', { c: 'TODO: z', d: 'done' }], e: null })).toBe(3);
    expect(countPlaceholders({})).toBe(0);
  });
});
