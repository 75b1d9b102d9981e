import { describe, expect, test } from 'vitest';
import { editDistance, nearestIds, suggestionText } from '../../src/lib/nearest-ids.ts';

describe('editDistance', () => {
  test.each<[string, string, number]>([
    ['api-p95', 'api-p95', 0],
    ['', 'abc', 3], // all insertions
    ['abc', '', 3], // all deletions
    ['api-p95', 'api-p99', 1], // one substitution
    ['api-p59', 'api-p95', 1], // two neighbours swapped count once
    ['storefrnt', 'storefront', 1], // one letter missing
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

const ITEMS = ['no-n-plus-one', 'cache-frequent-reads', 'paginated-listings', 'load-smoke', 'load-load', 'load-soak', 'load-spike', 'load-stress'];

describe('nearestIds', () => {
  test.each<[string, string, string[], string[]]>([
    ['a misspelt id finds the id', 'no-n-plus-on', ITEMS, ['no-n-plus-one']],
    ['case and spaces around are ignored', ' No-N-Plus-One ', ITEMS, ['no-n-plus-one']],
    ['a part of an id finds the id', 'paginated', ITEMS, ['paginated-listings']],
    ['close ids come best first, at most three', 'load-soke', ITEMS, ['load-smoke', 'load-soak', 'load-spike']],
    ['an unrelated word finds nothing', 'xyz', ITEMS, []],
    ['an empty word finds nothing', '', ITEMS, []],
    ['a short word is not matched inside every id', 'lo', ITEMS, []],
    ['the projects: a letter missing', 'storefrnt', ['handbook', 'storefront'], ['storefront']],
  ])('%s', (_, wanted, known, expected) => expect(nearestIds(wanted, known)).toEqual(expected));

  test('the same id given twice is suggested once', () => {
    expect(nearestIds('api-p9', ['api-p95', 'api-p95'])).toEqual(['api-p95']);
  });

  test('the number of suggestions can be limited', () => {
    expect(nearestIds('load-soke', ITEMS, 1)).toEqual(['load-smoke']);
  });
});

describe('suggestionText', () => {
  test.each<[string, string, string]>([
    ['one near id', 'storefrnt', 'did you mean "storefront"?'],
    ['no near id falls back to the hint', 'zzz', 'the projects are "handbook", "storefront"'],
  ])('%s', (_, wanted, text) => expect(suggestionText(wanted, ['handbook', 'storefront'], 'the projects are "handbook", "storefront"')).toBe(text));

  test('several near ids are joined with "or"', () => {
    expect(suggestionText('api-p9', ['api-p95', 'api-p99'], 'hint')).toBe('did you mean "api-p95" or "api-p99"?');
  });
});
