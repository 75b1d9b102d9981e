import { describe, expect, test } from 'vitest';
import { formatHeldCondition } from '../../src/lib/held-condition.ts';

const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatHeldCondition', () => {
  test.each([
    // held for a while, in each language
    ['gt', 70, 'percent', 2, 'fr', '> 70 % pendant 2 min'],
    ['gt', 70, 'percent', 2, 'en', '> 70% for 2 min'],
    // a latency threshold
    ['gt', 500, 'ms', 5, 'en', '> 500 ms for 5 min'],
    // fires at once: no duration
    ['gt', 80, 'percent-of-pool', undefined, 'fr', '> 80 % du pool'],
    ['lt', 10, 'pending-requests', undefined, 'en', '< 10 pending requests'],
    // long holds read in hours
    ['lt', 30, 'percent', 60, 'en', '< 30% for 1 h'],
  ] as const)('%s %d %s for %s min (%s) → %s', (comparison, value, unit, forMinutes, locale, text) =>
    expect(nb(formatHeldCondition(comparison, value, unit, forMinutes, locale))).toBe(text));
});
