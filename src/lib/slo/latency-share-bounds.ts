// What latency percentiles say of the share of requests slower than a threshold. A percentile
// is no count: P99 = 180 ms says at least 99 % of the requests took 180 ms or less, so at most
// 1 % were over 200 ms, and nothing more. The share is known only between two bounds, and the
// bounds are what an honest burn rate is drawn from.
import { compare, decimal, shift, subtract, type Decimal } from './decimal.ts';

/** One percentile over a set of runs: its rank in thousandths (990 for P99) and the least and the most it measured. */
export interface PercentileRange {
  perMille: number;
  min: number;
  max: number;
}

/** The share of requests over a threshold, as ratios: at least `low`, at most `high`. */
export interface ShareBounds {
  low: Decimal;
  high: Decimal;
}

/**
 * Bounds the share of requests slower than `thresholdMs` (a request at the threshold is good, as
 * a histogram's `le` bucket counts it), for every run a set of percentiles stands for: a
 * percentile that stayed at or under the threshold in every run caps the share at the ranks
 * above it (P99 ≤ 200 ms: at most 1 %); one that stayed over it in every run floors the share
 * (P95 > 200 ms: at least 5 %). With no percentile either way, the share lies between 0 and 1.
 */
export function shareOverBounds(percentiles: readonly PercentileRange[], thresholdMs: number): ShareBounds {
  let low = decimal(0);
  let high = decimal(1);
  for (const { perMille, min, max } of percentiles) {
    if (!Number.isInteger(perMille) || perMille <= 0 || perMille >= 1000) throw new RangeError(`expected a percentile rank in thousandths between 1 and 999, got ${perMille}`);
    const above = subtract(1, shift(perMille, 3));
    if (max <= thresholdMs && compare(above, high) < 0) high = above;
    if (min > thresholdMs && compare(above, low) > 0) low = above;
  }
  return { low, high };
}
