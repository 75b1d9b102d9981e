import type { Threshold } from '../verdict.ts';
import { verdict } from '../verdict.ts';

/**
 * The fewest samples for which a percentile says something the maximum does not. Under the
 * nearest-rank definition (the q-th percentile of N sorted samples is the one of rank ⌈q·N⌉, as
 * HdrHistogram's `getValueAtPercentile` reads it), a sample lies above the percentile only once
 * N ≥ 1 / (1 − q): below that the "P99" is simply the slowest request. Hence P50 needs 2 samples,
 * P95 20, P99 100 and P99.9 1,000. The percentile is given in thousandths so the division is
 * exact (1 / (1 − 0.999) is 1000.0000000000009 in floating point).
 */
export function minimumSamples(perMille: number): number {
  if (!Number.isInteger(perMille) || perMille <= 0 || perMille >= 1000) throw new RangeError(`expected a percentile from 1 to 999 thousandths, found ${perMille}`);
  return Math.ceil(1000 / (1000 - perMille));
}

/**
 * The fewest requests for which an error rate can meet its target with one error in the run: with
 * fewer, the first error alone (100 / N %) misses it, and the verdict says more about luck than
 * about the server. For "at most 1 %" that is 100 requests; a target of "above" some rate, which
 * an error rate never has, needs one.
 */
export function minimumRequestsForErrorRate(threshold: Threshold): number {
  if (threshold.comparison === 'gt' || threshold.comparison === 'gte') return 1;
  let requests = Math.max(1, Math.ceil(100 / threshold.value));
  while (verdict(100 / requests, threshold) === 'fail') requests += 1;
  return requests;
}
