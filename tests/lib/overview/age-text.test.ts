import { describe, expect, test } from 'vitest';
import { ageText } from '../../../src/lib/overview/age-text.ts';

const NOW = new Date('2026-12-01T09:00:00.000Z');

describe('ageText', () => {
  test.each([
    // a time after now (clocks apart) and the last minute read "now"
    ['2026-12-01T09:05:00.000Z', 'en', 'now'],
    ['2026-12-01T08:59:30.000Z', 'fr', 'maintenant'],
    // minutes, then hours, counted down to the whole unit
    ['2026-12-01T08:15:00.000Z', 'en', '45 minutes ago'],
    ['2026-12-01T03:30:00.000Z', 'en', '5 hours ago'],
    ['2026-12-01T03:30:00.000Z', 'fr', 'il y a 5 heures'],
    // days, with the language's word for one day
    ['2026-11-30T08:00:00.000Z', 'en', 'yesterday'],
    ['2026-11-30T08:00:00.000Z', 'fr', 'hier'],
    ['2026-11-10T09:00:00.000Z', 'en', '21 days ago'],
    // past sixty days, months
    ['2026-08-01T09:00:00.000Z', 'en', '4 months ago'],
    ['2026-08-01T09:00:00.000Z', 'fr', 'il y a 4 mois'],
  ] as const)('%s in %s → %s', (at, locale, text) => expect(ageText(at, NOW, locale)).toBe(text));

  test('refuses a time that is not one', () => expect(() => ageText('last week', NOW, 'en')).toThrow(/ISO date-time/));
});
