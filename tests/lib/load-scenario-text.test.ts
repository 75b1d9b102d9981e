import { describe, expect, test } from 'vitest';
import { formatScenarioDuration, formatUsers } from '../../src/lib/load-scenario-text.ts';

const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatUsers', () => {
  test.each([
    // a constant load shows one number
    [{ from: 5, to: 5, shape: 'constant' }, 'en', '5'],
    // a ramp shows where it starts and ends
    [{ from: 100, to: 500, shape: 'ramp' }, 'en', '100 → 500'],
    // thousands are grouped the way each language does
    [{ from: 500, to: 2000, shape: 'ramp' }, 'fr', '500 → 2 000'],
    [{ from: 500, to: 2000, shape: 'ramp' }, 'en', '500 → 2,000'],
    // a burst comes back down to where it started
    [{ from: 0, to: 1000, shape: 'burst' }, 'fr', '0 → 1 000 → 0'],
  ] as const)('%o in %s → %s', (users, locale, text) => expect(nb(formatUsers(users, locale))).toBe(text));
});

describe('formatScenarioDuration', () => {
  test.each([
    // a fixed duration
    [10, false, 'fr', '10 min'],
    // whole hours read as hours
    [120, false, 'en', '2 h'],
    // a minimum says so
    [120, true, 'fr', '2 h ou plus'],
    [120, true, 'en', '2 h or more'],
  ] as const)('%d min (minimum: %s) in %s → %s', (durationMinutes, durationIsMinimum, locale, text) =>
    expect(nb(formatScenarioDuration({ durationMinutes, durationIsMinimum }, locale))).toBe(text));
});
