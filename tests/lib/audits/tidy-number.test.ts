import { describe, expect, test } from 'vitest';
import { roundPercent, tidyNumber } from '../../../src/lib/audits/tidy-number.ts';

describe('tidyNumber and roundPercent', () => {
  test.each<[number, number]>([
    [0.3 - 0.1, 0.2],
    [(250 / 75) * 3, 10],
    [140 * 1.2 ** 2, 201.6],
    [0, 0],
  ])('tidyNumber(%d) is %d', (value, expected) => {
    expect(tidyNumber(value)).toBe(expected);
  });

  test.each<[number, number]>([
    [42.857142, 42.9],
    [-42.857142, -42.9],
    [2.45, 2.5],
    [-2.45, -2.5], // halves away from zero on both sides
    [-0.04, 0], // never "-0 %"
  ])('roundPercent(%d) is %d', (value, expected) => {
    expect(Object.is(roundPercent(value), expected)).toBe(true);
  });
});
