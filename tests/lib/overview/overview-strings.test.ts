import { describe, expect, test } from 'vitest';
import { countText, OVERVIEW_STRING_KEYS, overviewText } from '../../../src/lib/overview/overview-strings.ts';

/** The placeholders a text names, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('overviewText', () => {
  test.each(OVERVIEW_STRING_KEYS)('%s has a text in both languages, with the same placeholders', (key) => {
    expect(overviewText(key, 'fr').trim()).not.toBe('');
    expect(overviewText(key, 'en').trim()).not.toBe('');
    expect(placeholders(overviewText(key, 'fr'))).toEqual(placeholders(overviewText(key, 'en')));
  });

  test('fills its placeholders', () => expect(overviewText('shown', 'en', { shown: '3', total: '200' })).toBe('Showing 3 of 200 projects.'));
});

describe('countText', () => {
  test.each([
    // English: 1 is singular, 0 plural; the noun's zero text when it has one
    ['misses', 0, 'en', '0 misses'],
    ['misses', 1, 'en', '1 miss'],
    ['misses', 2, 'en', '2 misses'],
    // French: 0 and 1 are singular
    ['misses', 0, 'fr', '0 dépassement'],
    ['misses', 1, 'fr', '1 dépassement'],
    ['misses', 2, 'fr', '2 dépassements'],
    ['attention', 0, 'en', 'Nothing needs attention'],
    ['attention', 0, 'fr', 'Rien à traiter'],
    ['attention', 1, 'en', '1 item needs attention'],
    ['attention', 3, 'fr', '3 points à traiter'],
    // the number as the language writes it
    ['projects', 1200, 'fr', '1\u00a0200 projets'],
    ['projects', 1200, 'en', '1,200 projects'],
  ] as const)('%s × %i in %s → %s', (noun, count, locale, text) => expect(countText(noun, count, locale)).toBe(text));

  test.each([-1, 1.5, Number.NaN])('refuses a count of %s', (count) => expect(() => countText('projects', count, 'en')).toThrow(/whole count/));
});
