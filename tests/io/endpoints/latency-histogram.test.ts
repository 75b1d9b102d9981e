import { expect, test } from 'vitest';
import { LatencyHistogram } from '../../../src/io/endpoints/latency-histogram.ts';

/** Within HdrHistogram's three significant digits (0.1 %) of the expected value. */
function near(actual: number | undefined, expected: number): void {
  expect(actual).toBeGreaterThanOrEqual(expected * 0.999);
  expect(actual).toBeLessThanOrEqual(expected * 1.001);
}

test('reads P50 to max of a known distribution (90 % at 10 ms, 9 % at 50 ms, 1 % at 200 ms)', () => {
  const histogram = new LatencyHistogram(1000);
  for (let i = 0; i < 1000; i++) histogram.record(i % 100 === 99 ? 200 : i % 100 >= 90 ? 50 : 10);
  const figures = histogram.percentiles();
  expect(figures?.count).toBe(1000);
  near(figures?.p50, 10);
  near(figures?.p95, 50);
  // The 990th of 1000 values is the last at 50 ms; the 999th is at 200 ms.
  near(figures?.p99, 50);
  near(figures?.p999, 200);
  near(figures?.max, 200);
});

test('keeps sub-millisecond durations to the microsecond', () => {
  const histogram = new LatencyHistogram(100);
  histogram.record(0.25);
  expect(histogram.percentiles()?.max).toBeCloseTo(0.25, 3);
});

test('keeps a duration above the ceiling at the ceiling and counts it', () => {
  const histogram = new LatencyHistogram(100);
  histogram.record(5000);
  histogram.record(-1);
  expect(histogram.clipped).toBe(1);
  near(histogram.percentiles()?.max, 100);
});

test('gives no percentiles when nothing was recorded', () => {
  expect(new LatencyHistogram(100).percentiles()).toBeUndefined();
  expect(() => new LatencyHistogram(0)).toThrow(/positive ceiling .*found 0/);
});
