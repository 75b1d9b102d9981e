import { describe, expect, test } from 'vitest';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import type { Pattern } from '../../src/lib/schema/pattern.ts';
import type { Target, TargetGroup } from '../../src/lib/schema/target.ts';
import { targetSections, targetsInGroup } from '../../src/lib/target-sections.ts';

const target = (id: string, group: TargetGroup): Target => ({ id, label: { fr: id, en: id }, group, unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy: 'record' });
// The web target comes first in the file, the groups do not follow the schema's order.
const TARGETS = new Map([target('ttfb', 'web'), target('api-p95', 'api'), target('query-time', 'database'), target('api-p99', 'api')].map((entry) => [entry.id, entry]));
const item = (id: string, extra: Partial<Checklist['items'][number]>) => ({ id, label: { fr: id, en: id }, decidedBy: 'person' as const, patterns: [], targets: [], ...extra });
const checklist = (id: string, items: Checklist['items']): Checklist => ({ id, title: { fr: id, en: id }, description: { fr: id, en: id }, order: 0, items });
const CHECKLISTS = [
  checklist('performance', [item('api-fast', { decidedBy: 'measurement', target: 'api-p95' }), item('serves-p95', { targets: ['api-p95'] })]),
  checklist('audit', [item('baseline-p95', { decidedBy: 'measurement', target: 'api-p95' })]),
];
const pattern = (id: string, targets: string[]) => ({ id, targets }) as Pattern;
const PATTERNS = new Map([pattern('caching', ['api-p95', 'ttfb']), pattern('indexes', ['query-time']), pattern('pooling', ['api-p95'])].map((entry) => [entry.id, entry]));

describe('targetsInGroup', () => {
  test.each([
    // two targets, in the file's order
    ['api', ['api-p95', 'api-p99']],
    ['web', ['ttfb']],
    // a group with no target
    ['web-vitals', []],
  ] as const)('%s → %o', (group, ids) => expect(targetsInGroup(TARGETS.values(), group).map((entry) => entry.id)).toEqual(ids));
});

describe('targetSections', () => {
  const sections = targetSections({ targets: TARGETS, checklists: CHECKLISTS, patterns: PATTERNS });

  test('has one section per group with targets, in the schema’s order of groups', () =>
    expect(sections.map(({ group, rows }) => [group, rows.map((row) => row.target.id)])).toEqual([
      ['api', ['api-p95', 'api-p99']],
      ['database', ['query-time']],
      ['web', ['ttfb']],
    ]));

  test('lists the items judged against a target, in checklist order, but not those that only serve it', () =>
    expect(sections[0]!.rows[0]!.checkedIn.map(({ item, checklist }) => `${checklist.id}/${item.id}`)).toEqual(['performance/api-fast', 'audit/baseline-p95']));

  test('lists the patterns that name a target', () => {
    expect(sections[0]!.rows[0]!.patterns.map((entry) => entry.id)).toEqual(['caching', 'pooling']);
    expect(sections[0]!.rows[1]!.patterns).toEqual([]);
  });
});
