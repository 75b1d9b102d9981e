import { describe, expect, test } from 'vitest';
import { gap } from '../../../src/lib/audits/gap.ts';

describe('gap: current minus target, absolute and in percent of the target', () => {
  test.each<[string, number, number, { absolute: number; percent: number }]>([
    ['over its target: P95 240 ms against 200 ms', 240, 200, { absolute: 40, percent: 20 }],
    ['under its target, a margin: P50 85 ms against 100 ms', 85, 100, { absolute: -15, percent: -15 }],
    ['on its target', 200, 200, { absolute: 0, percent: 0 }],
    ['a throughput short of what it must reach: 180 req/s for 250', 180, 250, { absolute: -70, percent: -28 }],
    ['no binary noise: 0.3 % against 0.1 %', 0.3, 0.1, { absolute: 0.2, percent: 200 }],
    ['a third rounds to one decimal: 400 ms against 300 ms', 400, 300, { absolute: 100, percent: 33.3 }],
  ])('%s', (_, current, target, expected) => {
    expect(gap(current, target)).toEqual(expected);
  });

  test.each([0, -5, Number.NaN])('a target of %d has no percentage: a bug, so it throws', (target) => {
    expect(() => gap(10, target)).toThrow(/positive target/);
  });
});
