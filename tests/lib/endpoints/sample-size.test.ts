import { describe, expect, test } from 'vitest';
import { minimumRequestsForErrorRate, minimumSamples } from '../../../src/lib/endpoints/sample-size.ts';
import type { Threshold } from '../../../src/lib/verdict.ts';

/** The nearest-rank percentile of N samples 1…N: the sample of rank ⌈q·N⌉. */
const nearestRank = (perMille: number, count: number) => Math.ceil((perMille * count) / 1000);

describe('minimumSamples', () => {
  test.each<[string, number, number]>([
    ['P50', 500, 2],
    ['P95', 950, 20],
    ['P99', 990, 100],
    ['P99.9', 999, 1000], // not 1001, which 1 / (1 − 0.999) in floating point would give
  ])('%s (%i‰) needs %i samples', (_, perMille, expected) => {
    expect(minimumSamples(perMille)).toBe(expected);
  });

  test.each([500, 950, 990, 999])('%i‰: one sample fewer and the percentile is the maximum; at the minimum it is not', (perMille) => {
    const minimum = minimumSamples(perMille);
    expect(nearestRank(perMille, minimum - 1)).toBe(minimum - 1);
    expect(nearestRank(perMille, minimum)).toBeLessThan(minimum);
  });

  test.each([0, 1000, 99.5])('%d thousandths is no percentile: a bug, so it throws', (perMille) => {
    expect(() => minimumSamples(perMille)).toThrow(/from 1 to 999 thousandths/);
  });
});

describe('minimumRequestsForErrorRate', () => {
  test.each<[string, Threshold, number]>([
    ['at most 1 %: one error in 100 is exactly 1 %', { comparison: 'lte', value: 1 }, 100],
    ['below 1 %: one error in 100 already misses', { comparison: 'lt', value: 1 }, 101],
    ['at most 0.1 %', { comparison: 'lte', value: 0.1 }, 1000],
    ['at most 0.3 %: 1 / 334 is 0.2994 %', { comparison: 'lte', value: 0.3 }, 334],
    ['at most 5 %', { comparison: 'lte', value: 5 }, 20],
    ['below 100 %', { comparison: 'lt', value: 100 }, 2],
    ['a rate that must stay above a value', { comparison: 'gte', value: 99 }, 1],
  ])('%s → %i requests', (_, threshold, expected) => {
    expect(minimumRequestsForErrorRate(threshold)).toBe(expected);
  });
});
