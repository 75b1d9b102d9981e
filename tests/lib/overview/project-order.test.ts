import { describe, expect, test } from 'vitest';
import { compareProjects, isSortKey, SORT_KEYS, type SortFields } from '../../../src/lib/overview/project-order.ts';

const PROJECTS: SortFields[] = [
  { name: 'Zeta', attention: 0, progress: 0.9, measuredAt: '2026-11-30T10:00:00Z' },
  { name: 'Éclair', attention: 2, progress: 0.2, measuredAt: '2026-11-01T10:00:00Z' },
  { name: 'Alpha', attention: 2, progress: 0.5 },
  { name: 'Service 10', attention: 0, progress: 0.2, measuredAt: '2026-11-20T10:00:00+02:00' },
  { name: 'Service 9', attention: 1, progress: 0.9, measuredAt: '2026-11-20T09:00:00Z' },
];
const order = (key: (typeof SORT_KEYS)[number]) => [...PROJECTS].sort(compareProjects(key, 'fr')).map((project) => project.name);

describe('compareProjects', () => {
  test.each([
    // most attention first, ties by name (accents sort with their letter, numbers by value)
    ['attention', ['Alpha', 'Éclair', 'Service 9', 'Service 10', 'Zeta']],
    ['name', ['Alpha', 'Éclair', 'Service 9', 'Service 10', 'Zeta']],
    // least progress first, ties by name
    ['progress', ['Éclair', 'Service 10', 'Alpha', 'Service 9', 'Zeta']],
    // never measured first, then the oldest run, compared as instants (10:00+02:00 is before 09:00Z)
    ['measured', ['Alpha', 'Éclair', 'Service 10', 'Service 9', 'Zeta']],
  ] as const)('%s', (key, names) => expect(order(key)).toEqual(names));

  test('the page is built in the attention order', () => expect(SORT_KEYS[0]).toBe('attention'));
});

describe('isSortKey', () => {
  test.each([...SORT_KEYS.map((key) => [key, true] as const), ['owner', false] as const, ['', false] as const])('%j → %s', (text, expected) => expect(isSortKey(text)).toBe(expected));
});
