import { describe, expect, test } from 'vitest';
import { colon, intlLocale, localePath, STRING_KEYS, t } from '../../src/lib/ui-strings.ts';

/** The placeholders a text names, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('t', () => {
  test.each([
    // a plain word in each language
    ['target', 'fr', {}, 'Cible'],
    ['target', 'en', {}, 'Target'],
    // a placeholder filled in
    ['slos.caption', 'en', { days: '30' }, 'Recommended SLOs and their error budget over a 30-day month'],
    // the same placeholder twice
    ['sloExample.remainingHow', 'fr', { budget: '43,2', spent: '18' }, '(43,2 − 18) ÷ 43,2'],
    // a placeholder left for the editor's script to fill stays as it is
    ['editor.conflictItem', 'en', {}, 'the page showed “{seen}”, the file now says “{now}”'],
  ] as const)('%s in %s with %o → %s', (key, locale, values, text) => expect(t(key, locale, values)).toBe(text));

  test.each(STRING_KEYS)('%s has a text in both languages, with the same placeholders', (key) => {
    expect(t(key, 'fr').trim()).not.toBe('');
    expect(t(key, 'en').trim()).not.toBe('');
    expect(placeholders(t(key, 'fr'))).toEqual(placeholders(t(key, 'en')));
  });
});

describe('localePath', () => {
  test.each([
    ['/targets/', 'fr', '/targets/'],
    ['/targets/', 'en', '/en/targets/'],
  ] as const)('%s in %s → %s', (path, locale, expected) => expect(localePath(path, locale)).toBe(expected));
});

describe('the conventions of each language', () => {
  test.each([
    // French puts a no-break space before the colon and formats with fr-FR
    ['fr', '\u00a0:', 'fr-FR'],
    ['en', ':', 'en-GB'],
  ] as const)('%s: colon %j, Intl tag %s', (locale, mark, tag) => {
    expect(colon(locale)).toBe(mark);
    expect(intlLocale(locale)).toBe(tag);
  });
});
