import { describe, expect, test } from 'vitest';
import { auditListTable, auditPlace, completeSections, newestFirst, previousAudit } from '../../../src/lib/tables/audit-list-table.ts';
import { tableText } from '../tables/table-text.ts';
import { audit } from './report-fixture.ts';

const PLACES = [
  { project: 'shop', date: '2026-03-01' },
  { project: 'shop', date: '2026-11-20' },
  { project: 'blog', date: '2026-10-01' },
  { project: 'shop', date: '2026-08-14' },
];

describe('auditPlace', () => {
  test('reads the project and day of an entry id', () => expect(auditPlace('shop/2026-11-20')).toEqual({ project: 'shop', date: '2026-11-20' }));
  test('refuses an id the loader never writes', () => expect(() => auditPlace('shop')).toThrow(/<project>\/<YYYY-MM-DD>/));
});

describe('previousAudit', () => {
  test.each([
    // the day just before, of the same project
    ['2026-11-20', '2026-08-14'],
    ['2026-08-14', '2026-03-01'],
    // the first audit has none
    ['2026-03-01', undefined],
  ])('before %s: %s', (date, previous) => expect(previousAudit(PLACES, { project: 'shop', date })?.date).toBe(previous));
});

describe('auditListTable', () => {
  const example = audit((input) => ({ ...input, example: true }));
  const draft = audit((input) => ({ ...input, plan: { ...input.plan, status: 'draft' } }));

  test('lists the audits newest first, each day linked to its report, an example marked', () =>
    expect(tableText(auditListTable('shop', [{ date: '2026-08-14', audit: draft }, { date: '2026-11-20', audit: example }], 'en'))).toEqual({
      caption: 'This project’s audits',
      headers: ['Date', 'Led by', 'Sections complete'],
      rows: [
        ['20 November 2026 (example) → /en/projects/shop/audits/2026-11-20/', 'Ada', '7 of 7'],
        ['14 August 2026 → /en/projects/shop/audits/2026-08-14/', 'Ada', '6 of 7'],
      ],
      ids: [undefined, undefined],
      rowHeaders: [0, 0],
    }));

  test('links to the French report on a French page', () => expect(tableText(auditListTable('shop', [{ date: '2026-11-20', audit: draft }], 'fr')).rows).toEqual([['20 novembre 2026 → /projects/shop/audits/2026-11-20/', 'Ada', '6 sur 7']]));

  test('counts the sections marked complete', () => expect([completeSections(example), completeSections(draft)]).toEqual([7, 6]));

  test('sorts by day, newest first', () => expect(newestFirst(PLACES).map((place) => place.date)).toEqual(['2026-11-20', '2026-10-01', '2026-08-14', '2026-03-01']));
});
