import { describe, expect, test } from 'vitest';
import { delta } from '../../../src/lib/audits/delta.ts';

describe('delta: after minus before, absolute and in percent of before', () => {
  test.each<[string, number, number, { absolute: number; percent: number }]>([
    ['the method\'s own example: -150 ms at P95 is -43 % (350 → 200 ms)', 350, 200, { absolute: -150, percent: -42.9 }],
    ['an index: 240 → 165 ms', 240, 165, { absolute: -75, percent: -31.3 }],
    ['a throughput gain: 180 → 300 req/s', 180, 300, { absolute: 120, percent: 66.7 }],
    ['no change', 120, 120, { absolute: 0, percent: 0 }],
    ['a regression reads as a rise: 200 → 250 ms', 200, 250, { absolute: 50, percent: 25 }],
    ['no binary noise: 0.3 → 0.1', 0.3, 0.1, { absolute: -0.2, percent: -66.7 }],
  ])('%s', (_, before, after, expected) => {
    expect(delta(before, after)).toEqual(expected);
  });

  test.each([0, -1])('a before figure of %d has no percentage: a bug, so it throws', (before) => {
    expect(() => delta(before, 10)).toThrow(/above zero/);
  });
});
