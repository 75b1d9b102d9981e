import { describe, expect, test } from 'vitest';
import type { Age } from '../../src/lib/project-summary.ts';
import { ageText, dateTimeText, SUMMARY_STRING_KEYS, summaryText } from '../../src/lib/project-summary-strings.ts';
import type { Locale } from '../../src/lib/schema/localized.ts';

/** The placeholders a text names, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('summaryText', () => {
  test.each([
    ['heading', 'en', {}, 'At a glance'],
    ['heading', 'fr', {}, 'En bref'],
    ['settled', 'en', { settled: '3', total: '8' }, '3 of 8 settled'],
    ['settled', 'fr', { settled: '3', total: '8' }, '3 sur 8 réglés'],
    // a placeholder without a value stays as it is
    ['attentionHeading', 'en', {}, 'Needs attention ({count})'],
  ] as const)('%s in %s with %o → %s', (key, locale, values, text) => expect(summaryText(key, locale, values)).toBe(text));

  test.each(SUMMARY_STRING_KEYS)('%s has a text in both languages, with the same placeholders', (key) => {
    expect(summaryText(key, 'fr').trim()).not.toBe('');
    expect(summaryText(key, 'en').trim()).not.toBe('');
    expect(placeholders(summaryText(key, 'fr'))).toEqual(placeholders(summaryText(key, 'en')));
  });
});

describe('ageText', () => {
  test.each<[Age, Locale, string]>([
    [{ value: 0, unit: 'minute' }, 'en', 'less than a minute ago'],
    [{ value: 0, unit: 'minute' }, 'fr', 'il y a moins d’une minute'],
    [{ value: 3, unit: 'hour' }, 'en', '3 hours ago'],
    [{ value: 3, unit: 'hour' }, 'fr', 'il y a 3 heures'],
    // one day back reads as the word for it
    [{ value: 1, unit: 'day' }, 'en', 'yesterday'],
    [{ value: 1, unit: 'day' }, 'fr', 'hier'],
    [{ value: 2, unit: 'month' }, 'en', '2 months ago'],
    [{ value: 1, unit: 'year' }, 'fr', 'l’année dernière'],
  ])('%o in %s → %s', (age, locale, text) => expect(ageText(age, locale)).toBe(text));
});

describe('dateTimeText', () => {
  test.each<[Locale, string]>([
    ['en', '4 Nov 2026, 10:00'],
    ['fr', '4 nov. 2026, 10:00'],
  ])('in %s, in UTC whatever the machine’s zone → %s', (locale, text) => expect(dateTimeText('2026-11-04T10:00:00Z', locale).replace(/\s/g, ' ')).toBe(text.replace(/\s/g, ' ')));
});
