import { describe, expect, test } from 'vitest';
import { decimalText } from '../../../src/lib/slo/decimal.ts';
import { shareOverBounds, type PercentileRange } from '../../../src/lib/slo/latency-share-bounds.ts';

/** A set of runs' percentiles, each the same in every run: rank in thousandths → ms. */
const runs = (values: Record<number, number>): PercentileRange[] => Object.entries(values).map(([perMille, value]) => ({ perMille: Number(perMille), min: value, max: value }));

describe('shareOverBounds', () => {
  test.each<[string, PercentileRange[], string, string]>([
    // P50 20, P95 80, P99 150, P99.9 190, all ≤ 200: at most 0.1 % over (1 − 0.999)
    ['every percentile under 200 ms', runs({ 500: 20, 950: 80, 990: 150, 999: 190 }), '0', '0.001'],
    // P99 180 ≤ 200 < P99.9 400: between 0.1 % (1 − 0.999) and 1 % (1 − 0.99)
    ['between P99 and P99.9', runs({ 500: 20, 950: 80, 990: 180, 999: 400 }), '0.001', '0.01'],
    // P95 240 > 200 (the storefront's recorded P95): at least 5 %, and nothing caps it
    ['one percentile over, none under', runs({ 950: 240 }), '0.05', '1'],
    // a request at the threshold is good: P99 = 200 caps the share at 1 %
    ['a percentile at the threshold', runs({ 990: 200 }), '0', '0.01'],
    // P50 over 200: at least half the requests were slow
    ['the median over', runs({ 500: 250, 950: 900 }), '0.5', '1'],
    // no percentile at all: nothing is known
    ['no percentile', [], '0', '1'],
  ])('%s: between %s and %s over', (_, percentiles, low, high) => {
    const bounds = shareOverBounds(percentiles, 200);
    expect([decimalText(bounds.low), decimalText(bounds.high)]).toEqual([low, high]);
  });

  test('over several runs, a percentile bounds the share only where every run agrees', () => {
    // P99 from 150 to 250 across the runs: no cap from it; P95 from 90 to 120 caps the share at 5 %.
    const bounds = shareOverBounds([{ perMille: 990, min: 150, max: 250 }, { perMille: 950, min: 90, max: 120 }], 200);
    expect([decimalText(bounds.low), decimalText(bounds.high)]).toEqual(['0', '0.05']);
  });

  test.each([0, 1000, 99.9])('a rank of %d thousandths is refused', (perMille) => expect(() => shareOverBounds([{ perMille, min: 1, max: 1 }], 200)).toThrow(RangeError));
});
