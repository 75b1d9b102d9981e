import { describe, expect, test } from 'vitest';
import { checklistListing, LISTING_SCHEMA_VERSION } from '../../src/lib/checklist-listing.ts';
import { projectStatuses } from '../../src/lib/project-statuses.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import { projectSchema } from '../../src/lib/schema/project.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const TARGETS = new Map<string, Target>([['api-p95', { id: 'api-p95', label: { fr: 'P95', en: 'P95' }, group: 'api', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy: 'record' }]]);
const CHECKLISTS: Checklist[] = [
  {
    id: 'performance',
    title: { fr: 'Perf', en: 'Perf' },
    description: { fr: 'P', en: 'P' },
    order: 0,
    items: [
      { id: 'no-n-plus-one', label: { fr: 'Aucune N+1', en: 'No N+1' }, decidedBy: 'person', patterns: [], targets: [] },
      { id: 'load-soak', label: { fr: 'Soak', en: 'Soak' }, decidedBy: 'person', patterns: [], targets: [], reviewDays: 90 },
    ],
  },
  { id: 'api', title: { fr: 'API', en: 'API' }, description: { fr: 'A', en: 'A' }, order: 1, items: [{ id: 'api-latency-p95', label: { fr: 'P95', en: 'P95' }, decidedBy: 'measurement', target: 'api-p95', patterns: [], targets: [] }] },
];
const PROJECT = projectSchema.parse({
  name: 'Shop',
  description: 'A shop.',
  owner: { name: 'Team' },
  freshnessDays: 3,
  targets: { 'api-p95': { value: 300, reason: 'Fans out.' } },
  items: {
    'no-n-plus-one': { state: 'done', by: 'Ada', at: '2026-11-20', note: 'Batched', evidence: 'https://git.example.com/mr/1' },
    'load-soak': { state: 'not-applicable', reason: 'Batch only', until: '2027-01-31' },
  },
  records: { 'api-p95': { value: 250, source: 'APM', at: '2026-11-22T09:00:00Z', by: 'Bo' } },
});

const { checklists } = projectStatuses({ projectId: 'shop', project: PROJECT, checklists: CHECKLISTS, targets: TARGETS, now: NOW });
const listing = checklistListing('shop', PROJECT, checklists, NOW);

describe('checklistListing', () => {
  test('describes the project and the time of the statuses', () => {
    expect(listing).toMatchObject({ schemaVersion: LISTING_SCHEMA_VERSION, project: { id: 'shop', name: 'Shop', owner: 'Team', freshnessDays: 3 }, now: NOW.toISOString() });
  });

  test('counts progress per checklist and overall', () => {
    expect(listing.checklists.map((checklist) => [checklist.id, checklist.progress.settled, checklist.progress.total])).toEqual([
      ['performance', 2, 2],
      ['api', 1, 1],
    ]);
    expect(listing.progress).toMatchObject({ settled: 3, total: 3, attention: 0 });
  });

  test.each<[string, number, number, object]>([
    ['a ticked item carries who, when, note and evidence', 0, 0, { id: 'no-n-plus-one', label: { fr: 'Aucune N+1', en: 'No N+1' }, decidedBy: 'person', status: 'done', by: 'Ada', at: '2026-11-20', note: 'Batched', evidence: 'https://git.example.com/mr/1' }],
    ['a waiver carries its reason, last day and review period', 0, 1, { id: 'load-soak', status: 'not-applicable', reason: 'Batch only', until: '2027-01-31', reviewDays: 90 }],
    [
      'a recorded figure carries its value, source and the effective target with its override',
      1,
      0,
      { id: 'api-latency-p95', decidedBy: 'measurement', status: 'pass', value: 250, source: 'APM', by: 'Bo', target: { id: 'api-p95', value: 300, defaultValue: 200, comparison: 'lt', unit: 'ms', measuredBy: 'record', overrideReason: 'Fans out.' } },
    ],
  ])('%s', (_, checklist, item, expected) => expect(listing.checklists[checklist]!.items[item]).toMatchObject(expected));

  test('leaves out fields that have no value, so the JSON stays short', () => {
    const json = JSON.stringify(listing);
    expect(json).not.toContain('null');
    expect(Object.keys(listing.checklists[0]!.items[0]!)).not.toContain('pages');
  });
});
