import { describe, expect, test } from 'vitest';
import { budgetDurationText } from '../../../src/lib/slo/budget-duration.ts';

describe('budgetDurationText', () => {
  test.each([
    // under a minute, in seconds: 0.0432 min × 60 = 2.592 s
    [0.0432, 'en', '2.6 s'],
    [0, 'en', '0 min'],
    // under an hour, in minutes to one place: the 43.2 of 99.9 % over 30 days
    [43.2, 'en', '43.2 min'],
    [43.2, 'fr', '43,2 min'],
    // 5.04 min (99.95 % over a week) rounds to 5
    [5.04, 'en', '5 min'],
    // under a day, in hours and whole minutes: 432 = 7 × 60 + 12
    [432, 'fr', '7 h 12 min'],
    [360, 'en', '6 h'],
    // past a day, in days and hours: 4,320 = 3 × 1,440
    [4320, 'fr', '3 j 0 h'],
    [4320, 'en', '3 d 0 h'],
  ] as const)('%d minutes in %s read "%s"', (minutes, locale, text) => expect(budgetDurationText(minutes, locale).replaceAll('\u00a0', ' ')).toBe(text));

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('%d minutes is refused', (minutes) => expect(() => budgetDurationText(minutes, 'en')).toThrow(RangeError));
});
