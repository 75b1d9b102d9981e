import { describe, expect, test } from 'vitest';
import { foldText, matchesFilter, searchText } from '../../../src/lib/overview/project-filter.ts';

describe('foldText', () => {
  test.each([
    ['Équipe  Paiements', 'equipe paiements'],
    ['  Ça  va ', 'ca va'],
    ['MOBILE API', 'mobile api'],
  ])('%s → %s', (text, folded) => expect(foldText(text)).toBe(folded));
});

describe('matchesFilter', () => {
  const search = searchText({ name: 'Paiement en ligne', id: 'svc-042', owner: 'Équipe Paiements' });
  test.each([
    // an empty or blank query matches every project
    ['', true],
    ['   ', true],
    // by name, id or owner, any case, with or without accents
    ['paiement', true],
    ['SVC-042', true],
    ['equipe', true],
    ['équipe', true],
    // every word must be found, in any order
    ['ligne equipe', true],
    ['ligne search', false],
    ['svc-043', false],
  ])('%j → %s', (query, expected) => expect(matchesFilter(search, query)).toBe(expected));
});
