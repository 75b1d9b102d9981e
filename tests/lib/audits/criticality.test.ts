import { describe, expect, test } from 'vitest';
import { criticality, type Criticality, type CriticalityInput } from '../../../src/lib/audits/criticality.ts';

const below = (current: number, target: number, errors = false): CriticalityInput => ({ current, target, comparison: 'lt', errors });

describe('criticality: the rule of the baseline page', () => {
  test.each<[string, CriticalityInput, Criticality]>([
    ['past the target by more than half: 310 ms for 200 ms', below(310, 200), 'critical'],
    ['past it by exactly half is not more than half: 300 ms for 200 ms', below(300, 200), 'high'],
    ['past the target: 240 ms for 200 ms', below(240, 200), 'high'],
    ['on a "must stay below" target is past it: 200 ms for < 200 ms', below(200, 200), 'high'],
    ['on a "at most" target meets it with no headroom: 1 % for ≤ 1 %', { current: 1, target: 1, comparison: 'lte', errors: true }, 'medium'],
    ['users see errors: an error rate just over its target is critical', { current: 1.1, target: 1, comparison: 'lte', errors: true }, 'critical'],
    ['an error rate under its target is the budget the SLO accepts', { current: 0.4, target: 1, comparison: 'lte', errors: true }, 'low'],
    ['headroom under a fifth of the target: 170 ms for 200 ms', below(170, 200), 'medium'],
    ['headroom of exactly a fifth is low: 160 ms for 200 ms', below(160, 200), 'low'],
    ['a margin of 15 % is under a fifth: 85 ms for 100 ms', below(85, 100), 'medium'],
    ['plenty of headroom: 50 ms for 100 ms', below(50, 100), 'low'],
    ['a throughput that must reach 250 req/s, at 180: short by 28 %', { current: 180, target: 250, comparison: 'gte', errors: false }, 'high'],
    ['a throughput short by more than half: 100 for 250', { current: 100, target: 250, comparison: 'gte', errors: false }, 'critical'],
    ['a throughput with 40 % to spare: 350 for 250', { current: 350, target: 250, comparison: 'gte', errors: false }, 'low'],
  ])('%s → %s', (_, input, expected) => {
    expect(criticality(input)).toBe(expected);
  });

  test('a target of zero has no share to measure against: a bug, so it throws', () => {
    expect(() => criticality(below(1, 0))).toThrow(/positive target/);
  });
});
