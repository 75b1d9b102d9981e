import { describe, expect, test } from 'vitest';
import { medianRun } from '../../src/lib/median-run.ts';

/** A run labelled for the assertion. */
const run = (id: string, fcp: number, tti: number) => ({ id, fcp, tti });

describe('medianRun', () => {
  test.each<[string, ReturnType<typeof run>[], string]>([
    ['one run stands for itself', [run('a', 100, 200)], 'a'],
    ['the run at the median of both metrics', [run('fast', 100, 150), run('mid', 200, 300), run('slow', 900, 2000)], 'mid'],
    ['an outlier in one metric does not win', [run('a', 200, 300), run('b', 210, 5000), run('c', 190, 310)], 'a'],
    ['a tie goes to the lower TTI', [run('high', 100, 300), run('low', 300, 100)], 'low'],
  ])('%s', (_, runs, expected) => {
    expect(medianRun(runs).id).toBe(expected);
  });

  test('refuses no runs', () => {
    expect(() => medianRun([])).toThrow(/at least once/);
  });
});
