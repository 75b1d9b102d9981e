import { describe, expect, test } from 'vitest';
import { AUDIT_STRING_KEYS, auditText } from '../../../src/lib/audits/audit-strings.ts';

/** The placeholders a text names, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('auditText', () => {
  test.each([
    // a plain word in each language
    ['status.complete', 'fr', {}, 'terminée'],
    ['status.complete', 'en', {}, 'complete'],
    // placeholders filled in
    ['title', 'en', { project: 'Storefront', date: '20 November 2026' }, 'Storefront: audit of 20 November 2026'],
    ['title', 'fr', { project: 'Storefront', date: '20 novembre 2026' }, 'Storefront : audit du 20 novembre 2026'],
    // a placeholder with no value stays visible, never silently empty
    ['unknown', 'en', {}, '{id} (unknown)'],
  ] as const)('%s in %s with %o → %s', (key, locale, values, text) => expect(auditText(key, locale, values)).toBe(text));

  test.each(AUDIT_STRING_KEYS)('%s has a text in both languages, with the same placeholders', (key) => {
    expect(auditText(key, 'fr').trim()).not.toBe('');
    expect(auditText(key, 'en').trim()).not.toBe('');
    expect(placeholders(auditText(key, 'fr'))).toEqual(placeholders(auditText(key, 'en')));
  });
});
