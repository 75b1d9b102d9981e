import { describe, expect, test } from 'vitest';
import { lastRunOf, projectCard } from '../../../src/lib/overview/project-card.ts';
import { projectView } from '../../../src/lib/project-view.ts';
import type { Checklist } from '../../../src/lib/schema/checklist.ts';
import { projectSchema, type ProjectInput } from '../../../src/lib/schema/project.ts';
import type { HistoryEntry, ResultDocument } from '../../../src/lib/schema/result.ts';
import type { Target } from '../../../src/lib/schema/target.ts';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const target = (id: string, value: number, label: string): Target => ({ id, label: { fr: label, en: label }, group: 'web', unit: 'ms', comparison: 'lt', value, source: 'role-guide', measuredBy: 'verify-web-vitals' });
// In the targets file's order: an endpoint metric before the page ones, as in the handbook's.
const TARGETS = new Map<string, Target>([
  ['api-p50', target('api-p50', 100, 'API latency P50 (median)')],
  ['ttfb', target('ttfb', 200, 'TTFB (time to first byte)')],
]);
const item = (id: string, extra: Partial<Checklist['items'][number]> = {}) => ({ id, label: { fr: id, en: id }, decidedBy: 'person' as const, patterns: [], targets: [], ...extra });
const CHECKLISTS: Checklist[] = [
  { id: 'web', title: { fr: 'Web', en: 'Web' }, description: { fr: 'W', en: 'W' }, order: 0, items: [item('web-ttfb', { decidedBy: 'measurement', target: 'ttfb' })] },
  { id: 'manual', title: { fr: 'Manuel', en: 'Manual' }, description: { fr: 'M', en: 'M' }, order: 1, items: [item('a'), item('b'), item('c')] },
];
const project = (input: Partial<ProjectInput> = {}) => projectSchema.parse({ name: 'Shop', description: 'A shop.', owner: { name: 'Commerce' }, freshnessDays: 3, ...input });

/** A run of the shop's home page and API at `at`. */
const run = (at: string, ttfb: number, apiP50: number): HistoryEntry => ({
  generatedAt: at,
  profile: 'mobile',
  pages: [{ name: 'Home', url: 'https://shop.example.com/', status: ttfb < 200 ? 'pass' : 'fail', metrics: { ttfb: { value: ttfb, target: 200, status: ttfb < 200 ? 'pass' : 'fail' } } }],
  endpoints: [{ name: 'API', url: 'https://api.example.com/', status: 'pass', metrics: { 'api-p50': { value: apiP50, target: 100, status: 'pass' } } }],
});
/** The latest result of the shop, generated at `at`, with the given outcome. */
const latest = (at: string, status: 'pass' | 'fail' | 'error', id = 'shop'): ResultDocument => ({
  schemaVersion: 2,
  generatedAt: at,
  tools: { lighthouse: '13.5.0', chrome: '156', node: 'v24' },
  profile: 'mobile',
  runs: 1,
  ttfbSamples: 5,
  status,
  projects: [{ id, status, pages: [{ name: 'Home', url: 'https://shop.example.com/', status, metrics: { ttfb: { value: status === 'pass' ? 150 : 250, target: 200, comparison: 'lt', status: status === 'pass' ? 'pass' : 'fail', overridden: false } }, runs: 1, ttfbSamples: 5 }] }],
});
const viewOf = (options: { input?: Partial<ProjectInput>; history?: HistoryEntry[]; latest?: ResultDocument } = {}) =>
  projectView({ id: 'shop', project: project(options.input), catalog: { checklists: CHECKLISTS, targets: TARGETS }, history: options.history ?? [], ...(options.latest ? { latest: options.latest } : {}), now: NOW });

describe('lastRunOf', () => {
  test.each([
    // fresh: the run's own outcome
    ['2026-11-30T09:00:00.000Z', 'pass', { kind: 'pass', at: '2026-11-30T09:00:00.000Z' }],
    ['2026-11-30T09:00:00.000Z', 'fail', { kind: 'fail', at: '2026-11-30T09:00:00.000Z' }],
    ['2026-11-30T09:00:00.000Z', 'error', { kind: 'error', at: '2026-11-30T09:00:00.000Z' }],
    // past the project's three days: stale, with the outcome it had
    ['2026-11-27T09:00:00.000Z', 'fail', { kind: 'stale', at: '2026-11-27T09:00:00.000Z', staleOf: 'fail' }],
  ] as const)('a run of %s that was a %s → %o', (at, status, expected) => expect(lastRunOf(viewOf({ latest: latest(at, status) }), NOW)).toEqual(expected));

  test('never measured', () => expect(lastRunOf(viewOf(), NOW)).toEqual({ kind: 'not-measured' }));
  test('a result that holds other projects only is no measurement of this one', () => expect(lastRunOf(viewOf({ latest: latest('2026-11-30T09:00:00.000Z', 'pass', 'other') }), NOW)).toEqual({ kind: 'not-measured' }));
});

describe('projectCard', () => {
  test('sums up each checklist and the whole progress, with the name, owner and attention', () => {
    const summary = projectCard(viewOf({ input: { items: { a: { state: 'done' }, b: { state: 'not-applicable', reason: 'r', until: '2026-01-01' } } } }), NOW);
    expect(summary).toMatchObject({ id: 'shop', name: 'Shop', owner: 'Commerce', attention: 1 });
    expect(summary.checklists.map(({ id, settled, total, attention }) => [id, settled, total, attention])).toEqual([['web', 0, 1, 0], ['manual', 1, 3, 1]]);
    expect(summary.progress).toBe(1 / 4);
    expect(summary.trend).toBeUndefined();
  });

  test('draws the trend of the first page metric, with its label, unit and comparison, though an endpoint metric comes first in the targets', () => {
    const history = [run('2026-11-29T09:00:00.000Z', 150, 20), run('2026-11-30T09:00:00.000Z', 230, 22)];
    const summary = projectCard(viewOf({ history, latest: latest('2026-11-30T09:00:00.000Z', 'fail') }), NOW);
    expect(summary.trend).toMatchObject({ metric: 'ttfb', unit: 'ms', comparison: 'lt', target: 200, only: 'Home', label: { en: 'TTFB (time to first byte)' } });
    expect(summary.trend?.points.map((point) => point.value)).toEqual([150, 230]);
    expect(summary.lastRun).toEqual({ kind: 'fail', at: '2026-11-30T09:00:00.000Z' });
  });
});
