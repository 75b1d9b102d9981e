import { compare, decimal, decimalText, multiply, shift, type Decimal } from './decimal.ts';
import type { Histogram } from './monitoring-schema.ts';

/**
 * Which bucket bound counts an event as good for a latency threshold. A classic histogram only
 * knows how many events fell at or below each bound, so a threshold between two bounds is read at
 * the bound below it: the SLO then counts a little more as bad than it says (it reads stricter,
 * never looser), and the rules say so.
 */
export type BucketChoice =
  | { kind: 'exact'; bound: Decimal; threshold: Decimal }
  | { kind: 'lower'; bound: Decimal; threshold: Decimal }
  | { kind: 'none'; threshold: Decimal };

/** A threshold in milliseconds, in the histogram's unit: 200 ms is 0.2 in seconds, exactly. */
export function thresholdInUnit(thresholdMs: number, unit: Histogram['unit']): Decimal {
  return unit === 'seconds' ? shift(thresholdMs, 3) : decimal(thresholdMs);
}

/** The bound equal to the threshold, else the nearest bound below it, else none. */
export function bucketBoundFor(thresholdMs: number, histogram: Pick<Histogram, 'unit' | 'buckets'>): BucketChoice {
  const threshold = thresholdInUnit(thresholdMs, histogram.unit);
  let lower: Decimal | undefined;
  for (const bucket of histogram.buckets) {
    const bound = decimal(bucket);
    const order = compare(bound, threshold);
    if (order === 0) return { kind: 'exact', bound, threshold };
    if (order < 0 && (lower === undefined || compare(bound, lower) > 0)) lower = bound;
  }
  return lower === undefined ? { kind: 'none', threshold } : { kind: 'lower', bound: lower, threshold };
}

/** A bound in the histogram's unit, in milliseconds for a reader: 0.1 s is "100 ms". */
export function boundInMilliseconds(bound: Decimal, unit: Histogram['unit']): string {
  return `${decimalText(unit === 'seconds' ? multiply(bound, 1000) : bound)} ms`;
}
