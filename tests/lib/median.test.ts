import { describe, expect, test } from 'vitest';
import { median, medianIndex } from '../../src/lib/median.ts';

describe('median', () => {
  test.each<[string, number[], number]>([
    ['one value is its own median', [42], 42],
    ['an odd count takes the middle value', [300, 100, 200], 200],
    ['an even count takes the mean of the two middle values', [4, 1, 3, 2], 2.5],
    ['order does not matter', [9, 1, 5], 5],
    ['equal values', [7, 7, 7, 7], 7],
    ['decimals are kept', [0.1, 0.3], 0.2],
  ])('%s', (_, values, expected) => {
    expect(median(values)).toBeCloseTo(expected, 10);
  });

  test('refuses an empty list instead of making up a zero', () => {
    expect(() => median([])).toThrow(/at least once/);
  });

  test('leaves its input in place', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('medianIndex', () => {
  test.each<[string, number[], number]>([
    ['the middle of an odd count', [300, 100, 200], 2],
    ['an even count picks the lower of the two nearest', [10, 40, 20, 30], 2],
    ['a single value', [5], 0],
  ])('%s', (_, values, expected) => {
    expect(medianIndex(values)).toBe(expected);
  });
});
