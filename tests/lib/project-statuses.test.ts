import { describe, expect, test } from 'vitest';
import { projectStatuses } from '../../src/lib/project-statuses.ts';
import { projectSchema } from '../../src/lib/schema/project.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import type { ResultDocument } from '../../src/lib/schema/result.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const TARGETS = new Map<string, Target>([['ttfb', { id: 'ttfb', label: { fr: 'TTFB', en: 'TTFB' }, group: 'web', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy: 'verify-web-vitals' }]]);
const CHECKLISTS: Checklist[] = [
  { id: 'b', title: { fr: 'B', en: 'B' }, description: { fr: 'B', en: 'B' }, order: 0, items: [{ id: 'web-ttfb', label: { fr: 'T', en: 'T' }, decidedBy: 'measurement', target: 'ttfb', patterns: [], targets: [] }] },
  { id: 'a', title: { fr: 'A', en: 'A' }, description: { fr: 'A', en: 'A' }, order: 1, items: [{ id: 'no-n-plus-one', label: { fr: 'N', en: 'N' }, decidedBy: 'person', patterns: [], targets: [] }] },
];
const PROJECT = projectSchema.parse({
  name: 'Shop',
  description: 'A shop.',
  owner: { name: 'Team' },
  targets: { ttfb: { value: 300, reason: 'On-demand rendering.' } },
  items: { 'no-n-plus-one': { state: 'done', at: '2026-11-20' } },
});
/** A result document holding one page for each project id given. */
const result = (...ids: string[]): ResultDocument => ({
  schemaVersion: 1,
  generatedAt: '2026-11-23T06:00:00Z',
  tools: { lighthouse: '13', chrome: '140', node: '24' },
  profile: 'mobile',
  runs: 1,
  ttfbSamples: 5,
  status: 'pass',
  projects: ids.map((id) => ({
    id,
    status: 'pass',
    pages: [{ name: 'Home', url: 'https://shop.example.com/', status: 'pass', metrics: { ttfb: { value: 250, target: 300, comparison: 'lt', status: 'pass', overridden: true } }, runs: 1, ttfbSamples: 5 }],
  })),
});

describe('projectStatuses', () => {
  test('keeps the checklists in the order given, with every item', () => {
    const { checklists } = projectStatuses({ projectId: 'shop', project: PROJECT, checklists: CHECKLISTS, targets: TARGETS, now: NOW });
    expect(checklists.map(({ checklist, items }) => [checklist.id, items.map(({ item }) => item.id)])).toEqual([
      ['b', ['web-ttfb']],
      ['a', ['no-n-plus-one']],
    ]);
  });

  test.each<[string, ResultDocument | undefined, string]>([
    ['without a result the web item is not measured', undefined, 'not-measured'],
    ["the project's part of the result decides", result('other', 'shop'), 'pass'],
    ["a result for other projects only does not count", result('other'), 'not-measured'],
  ])('%s', (_, latest, kind) => {
    const { checklists } = projectStatuses({ projectId: 'shop', project: PROJECT, checklists: CHECKLISTS, targets: TARGETS, latest, now: NOW });
    expect(checklists[0]!.items[0]!.status.kind).toBe(kind);
    expect(checklists[1]!.items[0]!.status.kind).toBe('done');
  });

  test("applies the project's overrides to the targets", () => {
    const { targets, checklists } = projectStatuses({ projectId: 'shop', project: PROJECT, checklists: CHECKLISTS, targets: TARGETS, now: NOW });
    expect(targets.get('ttfb')).toMatchObject({ value: 300, defaultValue: 200 });
    expect(checklists[0]!.items[0]!.status.target?.value).toBe(300);
  });
});
