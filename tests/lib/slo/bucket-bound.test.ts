import { describe, expect, test } from 'vitest';
import { boundInMilliseconds, bucketBoundFor, thresholdInUnit } from '../../../src/lib/slo/bucket-bound.ts';
import { decimal, decimalText } from '../../../src/lib/slo/decimal.ts';

const DEFAULT_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

describe('bucketBoundFor', () => {
  test.each<[string, number, 'seconds' | 'milliseconds', number[], string, string | undefined]>([
    // 50 ms is 0.05 s exactly, a default bound
    ['a threshold that is a bound', 50, 'seconds', DEFAULT_SECONDS, 'exact', '0.05'],
    // 200 ms falls between 0.1 and 0.25: the bound below is read
    ['a threshold between two bounds', 200, 'seconds', DEFAULT_SECONDS, 'lower', '0.1'],
    // a bound of 1 s matches 1000 ms
    ['a whole second', 1000, 'seconds', DEFAULT_SECONDS, 'exact', '1'],
    // bounds in milliseconds compare as written
    ['bounds in milliseconds', 250, 'milliseconds', [50, 100, 250, 500], 'exact', '250'],
    ['below every bound', 2, 'seconds', DEFAULT_SECONDS, 'none', undefined],
    // above every bound: the largest is below it
    ['above every bound', 20_000, 'seconds', DEFAULT_SECONDS, 'lower', '10'],
  ])('%s', (_, threshold, unit, buckets, kind, bound) => {
    const choice = bucketBoundFor(threshold, { unit, buckets });
    expect(choice.kind).toBe(kind);
    expect(choice.kind === 'none' ? undefined : decimalText(choice.bound)).toBe(bound);
  });

  test('converts milliseconds to seconds exactly', () => {
    expect(decimalText(thresholdInUnit(200, 'seconds'))).toBe('0.2');
    expect(decimalText(thresholdInUnit(0.5, 'seconds'))).toBe('0.0005');
    expect(decimalText(thresholdInUnit(200, 'milliseconds'))).toBe('200');
  });

  test('shows a bound in milliseconds', () => {
    expect(boundInMilliseconds(decimal('0.1'), 'seconds')).toBe('100 ms');
    expect(boundInMilliseconds(decimal('250'), 'milliseconds')).toBe('250 ms');
  });
});
