import { describe, expect, test } from 'vitest';
import type { EffectiveTarget } from '../../src/lib/effective-targets.ts';
import type { ItemStatus, StatusKind } from '../../src/lib/item-status.ts';
import { isMeasurable, needsDoing } from '../../src/lib/checklist-progress.ts';
import { ageOf, itemAnchor, projectSummary, type Age } from '../../src/lib/project-summary.ts';
import { projectView } from '../../src/lib/project-view.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import { projectSchema, type ProjectInput } from '../../src/lib/schema/project.ts';
import { resultDocumentSchema, type ResultDocument } from '../../src/lib/schema/result.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
/** A target below `value` ms, measured by verify-web-vitals unless said otherwise. */
const target = (id: string, value: number, measuredBy: Target['measuredBy'] = 'verify-web-vitals'): Target => ({ id, label: { fr: id, en: id }, group: measuredBy === 'record' ? 'api' : 'web', unit: 'ms', comparison: 'lt', value, source: 'role-guide', measuredBy });
const TARGETS = new Map<string, Target>([
  ['ttfb', target('ttfb', 200)],
  ['fcp', target('fcp', 1000)],
  ['api-p95', target('api-p95', 200)],
  ['db-simple', target('db-simple', 10, 'record')],
]);
const item = (id: string, extra: Partial<Checklist['items'][number]> = {}) => ({ id, label: { fr: `${id} (fr)`, en: id }, decidedBy: 'person' as const, patterns: [], targets: [], ...extra });
const measured = (id: string, targetId: string) => item(id, { decidedBy: 'measurement', target: targetId });
const CHECKLISTS: Checklist[] = [
  { id: 'web', title: { fr: 'Web (fr)', en: 'Web' }, description: { fr: 'W', en: 'W' }, order: 0, items: [measured('web-ttfb', 'ttfb'), measured('web-fcp', 'fcp')] },
  { id: 'api', title: { fr: 'API (fr)', en: 'API' }, description: { fr: 'A', en: 'A' }, order: 1, items: [measured('api-p95', 'api-p95'), measured('db-simple', 'db-simple')] },
  { id: 'manual', title: { fr: 'M', en: 'M' }, description: { fr: 'M', en: 'M' }, order: 2, items: [item('no-n-plus-one'), item('load-soak'), item('caching')] },
];
const HOME = { name: 'Home', url: 'https://shop.example.com/' };
const SEARCH = { name: 'Search', url: 'https://api.shop.example.com/search' };
const project = (input: Partial<ProjectInput> = {}) => projectSchema.parse({ name: 'Shop', description: 'A shop.', owner: { name: 'Team' }, freshnessDays: 3, ...input });
/** A latest result in which the home page's TTFB is `ttfb` and its FCP is missing (an error), generated at `at`. */
const latest = (at: string, ttfb: number): ResultDocument =>
  resultDocumentSchema.parse({
    schemaVersion: 1,
    generatedAt: at,
    tools: { lighthouse: '13', chrome: '156', node: 'v24' },
    profile: 'mobile',
    runs: 1,
    ttfbSamples: 1,
    status: 'fail',
    projects: [{ id: 'shop', status: 'fail', profile: 'mobile', pages: [{ ...HOME, status: 'fail', metrics: { ttfb: { value: ttfb, target: 200, comparison: 'lt', status: ttfb < 200 ? 'pass' : 'fail', overridden: false } }, runs: 1, ttfbSamples: 1 }] }],
  });
const viewOf = (input: Partial<ProjectInput> = {}, result?: ResultDocument) => projectView({ id: 'shop', project: project(input), catalog: { checklists: CHECKLISTS, targets: TARGETS }, history: [], now: NOW, ...(result ? { latest: result } : {}) });
const effective = (id: string): EffectiveTarget => ({ id, target: TARGETS.get(id)!, value: TARGETS.get(id)!.value, defaultValue: TARGETS.get(id)!.value, comparison: 'lt' });

describe('itemAnchor', () => {
  test.each([
    // the checklist's id keeps two checklists' items apart
    ['web', 'web-ttfb', 'item-web-web-ttfb'],
    ['load-tests', 'load-smoke', 'item-load-tests-load-smoke'],
  ])('%s / %s → %s', (checklist, itemId, anchor) => expect(itemAnchor(checklist, itemId)).toBe(anchor));
});

describe('isMeasurable', () => {
  const pages = [{ ...HOME }];
  const endpoints = [{ ...SEARCH }];
  test.each<[string, Pick<ItemStatus, 'target'>, { pages: unknown[]; endpoints: unknown[] }, boolean]>([
    ['a page metric on a project with pages', { target: effective('ttfb') }, { pages, endpoints: [] }, true],
    ['a page metric on a project without pages', { target: effective('ttfb') }, { pages: [], endpoints }, false],
    ['an API metric on a project with endpoints', { target: effective('api-p95') }, { pages: [], endpoints }, true],
    ['an API metric on a project with pages only: its figure comes from the APM', { target: effective('api-p95') }, { pages, endpoints: [] }, false],
    ['a target recorded from another tool', { target: effective('db-simple') }, { pages, endpoints }, false],
    ['an item decided by a person', {}, { pages, endpoints }, false],
  ])('%s → %s', (_, status, where, expected) => expect(isMeasurable(status, where as never)).toBe(expected));
});

describe('needsDoing', () => {
  const where = { pages: [{ ...HOME }], endpoints: [] } as never;
  test.each<[StatusKind, EffectiveTarget | undefined, boolean]>([
    ['fail', undefined, true],
    ['error', undefined, true],
    ['stale', undefined, true],
    ['waiver-expired', undefined, true],
    ['review-due', undefined, true],
    // not measured where verify-web-vitals could measure it: someone should run it
    ['not-measured', effective('ttfb'), true],
    // not measured, and nothing here can measure it: not this page's to ask
    ['not-measured', effective('db-simple'), false],
    ['todo', undefined, false],
    ['pass', effective('ttfb'), false],
    ['done', undefined, false],
    ['not-applicable', undefined, false],
  ])('%s (target %o) → %s', (kind, on, expected) => expect(needsDoing({ kind, ...(on ? { target: on } : {}) }, where)).toBe(expected));
});

describe('ageOf', () => {
  test.each<[string, string, Age]>([
    ['2026-11-23T11:59:30Z', 'under a minute', { value: 0, unit: 'minute' }],
    ['2026-11-23T12:05:00Z', 'a time after now (clocks apart)', { value: 0, unit: 'minute' }],
    ['2026-11-23T11:01:00Z', '59 minutes', { value: 59, unit: 'minute' }],
    ['2026-11-23T11:00:00Z', 'one hour exactly', { value: 1, unit: 'hour' }],
    ['2026-11-23T09:00:01Z', 'just under three hours, rounded down', { value: 2, unit: 'hour' }],
    ['2026-11-22T12:00:00Z', 'a day', { value: 1, unit: 'day' }],
    ['2026-09-25T12:00:00Z', '59 days still read in days', { value: 59, unit: 'day' }],
    ['2026-09-24T12:00:00Z', 'from 60 days on, months', { value: 2, unit: 'month' }],
    ['2025-11-23T12:00:00Z', 'a year', { value: 1, unit: 'year' }],
  ])('%s (%s) → %o', (at, _, age) => expect(ageOf(at, NOW)).toEqual(age));

  test('refuses a time that is no time', () => expect(() => ageOf('yesterday', NOW)).toThrow(/ISO date-time, got "yesterday"/));
});

describe('projectSummary', () => {
  test('gives each checklist its progress and its count of items to look at', () => {
    const summary = projectSummary(viewOf({ pages: [HOME], items: { 'no-n-plus-one': { state: 'done', at: '2026-11-20' } } }), NOW);
    expect(summary.checklists).toEqual([
      { id: 'web', title: { fr: 'Web (fr)', en: 'Web' }, settled: 0, total: 2, attention: 2 }, // both measurable, not measured
      { id: 'api', title: { fr: 'API (fr)', en: 'API' }, settled: 0, total: 2, attention: 0 }, // no endpoints, nothing recorded
      { id: 'manual', title: { fr: 'M', en: 'M' }, settled: 1, total: 3, attention: 0 },
    ]);
  });

  test('lists what needs doing most urgent first, then in the page’s order, each with its row’s anchor', () => {
    const lapsed = { 'load-soak': { state: 'not-applicable' as const, reason: 'r', until: '2026-01-01' } };
    const summary = projectSummary(viewOf({ pages: [HOME], endpoints: [SEARCH], items: lapsed }, latest('2026-11-23T09:00:00Z', 250)), NOW);
    expect(summary.attention.map((line) => [line.anchor, line.kind])).toEqual([
      ['item-web-web-ttfb', 'fail'], // 250 ms against < 200 ms
      ['item-web-web-fcp', 'error'], // not in the run
      ['item-manual-load-soak', 'waiver-expired'],
      ['item-api-api-p95', 'not-measured'], // the project has an endpoint the run did not measure
    ]);
    expect(summary.attention[0]).toMatchObject({ checklistId: 'web', checklistTitle: { en: 'Web' }, itemId: 'web-ttfb', label: { fr: 'web-ttfb (fr)' } });
  });

  test('says nothing needs attention when nothing does', () => expect(projectSummary(viewOf(), NOW).attention).toEqual([]));

  test('gives the latest run’s time and age at the build’s now, fresh within the project’s freshness', () => {
    expect(projectSummary(viewOf({ pages: [HOME] }, latest('2026-11-23T09:00:00Z', 150)), NOW).measured).toEqual({ at: '2026-11-23T09:00:00Z', age: { value: 3, unit: 'hour' }, stale: false });
  });

  test('says a run older than the freshness window is stale', () => {
    expect(projectSummary(viewOf({ pages: [HOME] }, latest('2026-11-19T12:00:00Z', 150)), NOW).measured).toEqual({ at: '2026-11-19T12:00:00Z', age: { value: 4, unit: 'day' }, stale: true });
  });

  test('has no measurement for a project never measured', () => expect(projectSummary(viewOf({ pages: [HOME] }), NOW).measured).toBeUndefined());
});
