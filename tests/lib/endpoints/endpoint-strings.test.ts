import { describe, expect, test } from 'vitest';
import { ENDPOINT_ERROR_KINDS } from '../../../src/lib/endpoints/endpoint-measurement.ts';
import { ENDPOINT_STRING_KEYS, endpointText, errorKindText } from '../../../src/lib/endpoints/endpoint-strings.ts';

/** The placeholders a text names, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('endpointText', () => {
  test.each([
    // a plain word in each language
    ['heading', 'fr', {}, 'Points d’accès API'],
    ['heading', 'en', {}, 'API endpoints'],
    // placeholders filled in
    ['throughputCell', 'en', { achieved: '9.5', planned: '10' }, '9.5 of 10 req/s'],
    ['throughputCell', 'fr', { achieved: '9,5', planned: '10' }, '9,5 sur 10 req/s'],
    // a placeholder without a value stays as it is
    ['errors', 'en', {}, 'Errors: {list}'],
  ] as const)('%s in %s with %o → %s', (key, locale, values, text) => expect(endpointText(key, locale, values)).toBe(text));

  test.each(ENDPOINT_STRING_KEYS)('%s has a text in both languages, with the same placeholders', (key) => {
    expect(endpointText(key, 'fr').trim()).not.toBe('');
    expect(endpointText(key, 'en').trim()).not.toBe('');
    expect(placeholders(endpointText(key, 'fr'))).toEqual(placeholders(endpointText(key, 'en')));
  });

  test.each(ENDPOINT_ERROR_KINDS)('the error kind %s has a word in both languages', (kind) => {
    expect(errorKindText(kind, 'fr')).not.toBe('');
    expect(errorKindText(kind, 'en')).not.toBe('');
  });
});
