import { describe, expect, test } from 'vitest';
import type { Target } from '../../../src/lib/schema/target.ts';
import { targetsTable } from '../../../src/lib/tables/targets-table.ts';
import { tableText } from './table-text.ts';

const target = (id: string, group: Target['group'], value: number, measuredBy: Target['measuredBy']): Target => ({ id, label: { fr: `Cible ${id}`, en: `Target ${id}` }, group, unit: 'ms', comparison: 'lt', value, source: 'role-guide', measuredBy });
const TARGETS = [target('ttfb', 'web', 200, 'verify-web-vitals'), target('api-p95', 'api', 200, 'record'), target('api-p99', 'api', 500, 'record')];

describe('targetsTable', () => {
  test('reads as one group’s targets, each linked to its row on the targets page', () =>
    expect(tableText(targetsTable(TARGETS, 'api', 'en'))).toEqual({
      caption: 'API response time',
      headers: ['Target', 'Default value', 'Measurement'],
      rows: [
        ['Target api-p95 → /en/targets/#target-api-p95', '< 200 ms', 'read from the APM or the database, then recorded'],
        ['Target api-p99 → /en/targets/#target-api-p99', '< 500 ms', 'read from the APM or the database, then recorded'],
      ],
      ids: [undefined, undefined],
      rowHeaders: [0, 0],
    }));

  test('says a web target is measured on every run, and links to the French targets page on a French page', () =>
    expect(tableText(targetsTable(TARGETS, 'web', 'fr')).rows).toEqual([['Cible ttfb → /targets/#target-ttfb', '< 200 ms', 'npm run verify-web-vitals, à chaque exécution']]));
});
