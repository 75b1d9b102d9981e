import { describe, expect, test } from 'vitest';
import { effortMinutes } from '../../../src/lib/audits/effort.ts';

describe('effortMinutes', () => {
  test.each<[string, number | undefined]>([
    ['5 min', 5],
    ['2 h', 120],
    ['2h', 120],
    ['1.5 d', 720], // a working day is 8 h
    ['1 w', 2400], // five working days
    [' 30 min ', 30],
    ['0 min', undefined], // no effort is no estimate
    ['2 hours', undefined],
    ['TODO: effort', undefined],
    ['', undefined],
  ])('%j → %s minutes', (text, minutes) => {
    expect(effortMinutes(text)).toBe(minutes);
  });
});
