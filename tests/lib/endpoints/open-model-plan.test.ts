import { describe, expect, test } from 'vitest';
import { dueOffsetMs, isWarmup, planProblem, resolvePlan, totalCount } from '../../../src/lib/endpoints/open-model-plan.ts';

describe('resolvePlan', () => {
  test.each([
    // One second at 100 req/s: 100 requests 10 ms apart, no warm-up.
    { plan: { ratePerSecond: 100, durationSeconds: 1 }, warmupCount: 0, measuredCount: 100, intervalMs: 10 },
    // Half a second of warm-up before the window at the same cadence.
    { plan: { ratePerSecond: 100, durationSeconds: 1, warmupSeconds: 0.5 }, warmupCount: 50, measuredCount: 100, intervalMs: 10 },
    // A product that floating point makes 2.9999999999999996 still holds 3 requests.
    { plan: { ratePerSecond: 30, durationSeconds: 0.1 }, warmupCount: 0, measuredCount: 3, intervalMs: 1000 / 30 },
    // A window that is not a whole number of intervals holds every request due inside it.
    { plan: { ratePerSecond: 3, durationSeconds: 1.5, warmupSeconds: 0.5 }, warmupCount: 2, measuredCount: 5, intervalMs: 1000 / 3 },
  ])('$plan', ({ plan, warmupCount, measuredCount, intervalMs }) => {
    const resolved = resolvePlan(plan);
    expect(resolved).toMatchObject({ warmupCount, measuredCount });
    expect(resolved.intervalMs).toBeCloseTo(intervalMs, 9);
    expect(totalCount(resolved)).toBe(warmupCount + measuredCount);
  });

  test.each([
    // Each field's bad value is named in the sentence.
    { plan: { ratePerSecond: 0, durationSeconds: 1 }, problem: /rate .* \(found 0\)/ },
    { plan: { ratePerSecond: Number.NaN, durationSeconds: 1 }, problem: /rate .* \(found NaN\)/ },
    { plan: { ratePerSecond: 10, durationSeconds: -1 }, problem: /duration .* \(found -1\)/ },
    { plan: { ratePerSecond: 10, durationSeconds: 1, warmupSeconds: -0.5 }, problem: /warm-up .* \(found -0.5\)/ },
  ])('rejects $plan', ({ plan, problem }) => {
    expect(planProblem(plan)).toMatch(problem);
    expect(() => resolvePlan(plan)).toThrow(problem);
  });
});

describe('dueOffsetMs', () => {
  const plan = resolvePlan({ ratePerSecond: 4, durationSeconds: 1, warmupSeconds: 0.6 });
  test.each([
    // Warm-up requests run from the start at 1 / rate: 0, 250, 500 ms (the third is still before 600 ms).
    { index: 0, offset: 0, warmup: true },
    { index: 2, offset: 500, warmup: true },
    // Measured request n is due at warm-up + n / rate, whatever the warm-up's last request was.
    { index: 3, offset: 600, warmup: false },
    { index: 6, offset: 1350, warmup: false },
  ])('request $index is due at $offset ms', ({ index, offset, warmup }) => {
    expect(dueOffsetMs(plan, index)).toBeCloseTo(offset, 9);
    expect(isWarmup(plan, index)).toBe(warmup);
  });

  test('due times never go backwards', () => {
    const offsets = Array.from({ length: totalCount(plan) }, (_, index) => dueOffsetMs(plan, index));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets.at(-1)).toBeLessThan(plan.warmupMs + plan.durationMs);
  });
});
