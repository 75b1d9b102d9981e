import { describe, expect, test } from 'vitest';
import { projectsOverview, projectView } from '../../src/lib/project-view.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import { projectSchema, type ProjectInput } from '../../src/lib/schema/project.ts';
import type { HistoryEntry } from '../../src/lib/schema/result.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
/** A target below `value` ms, measured by verify-web-vitals unless said otherwise. */
const target = (id: string, value: number, measuredBy: Target['measuredBy'] = 'verify-web-vitals'): Target => ({ id, label: { fr: id, en: id }, group: measuredBy === 'record' ? 'api' : 'web', unit: 'ms', comparison: 'lt', value, source: 'role-guide', measuredBy });
// Listed in the targets file's order: the view keeps it.
const TARGETS = new Map<string, Target>([
  ['ttfb', target('ttfb', 200)],
  ['fcp', target('fcp', 1000)],
  ['tti', target('tti', 3000)],
  ['api-p95', target('api-p95', 200, 'record')],
  ['api-p99', target('api-p99', 500, 'record')],
]);
const item = (id: string, extra: Partial<Checklist['items'][number]>) => ({ id, label: { fr: id, en: id }, decidedBy: 'person' as const, patterns: [], targets: [], ...extra });
const CHECKLISTS: Checklist[] = [
  { id: 'web', title: { fr: 'Web', en: 'Web' }, description: { fr: 'W', en: 'W' }, order: 0, items: [item('web-ttfb', { decidedBy: 'measurement', target: 'ttfb' }), item('web-fcp', { decidedBy: 'measurement', target: 'fcp' })] },
  { id: 'manual', title: { fr: 'M', en: 'M' }, description: { fr: 'M', en: 'M' }, order: 1, items: [item('no-n-plus-one', {}), item('load-soak', {})] },
];
const project = (input: Partial<ProjectInput> = {}) => projectSchema.parse({ name: 'Shop', description: 'A shop.', owner: { name: 'Team' }, ...input });
/** A history line where the home page's TTFB and FCP were measured. */
const run = (at: string, ttfb: number, fcp: number): HistoryEntry => ({
  generatedAt: at,
  profile: 'mobile',
  pages: [{ name: 'Home', url: 'https://shop.example.com/', status: 'pass', metrics: { ttfb: { value: ttfb, target: 200, status: 'pass' }, fcp: { value: fcp, target: 1000, status: 'pass' } } }],
}) as HistoryEntry;
const viewOf = (input: Partial<ProjectInput> = {}, history: HistoryEntry[] = [], id = 'shop') => projectView({ id, project: project(input), catalog: { checklists: CHECKLISTS, targets: TARGETS }, history, now: NOW });

describe('projectView', () => {
  test('shows the targets an item rests on and those the project overrides, in the targets file’s order', () => {
    const view = viewOf({ targets: { 'api-p99': { value: 400, reason: 'Stricter for checkout.' } } });
    expect(view.shownTargets.map((entry) => entry.id)).toEqual(['ttfb', 'fcp', 'api-p99']);
  });

  test('draws a trend for each measured target with history, in the targets file’s order, from the targets data', () => {
    const view = viewOf({}, [run('2026-11-21T10:00:00Z', 120, 800), run('2026-11-22T10:00:00Z', 130, 900)]);
    expect(view.trends.map((series) => series.metric)).toEqual(['ttfb', 'fcp']);
  });

  test('draws no trend without history', () => expect(viewOf().trends).toEqual([]));

  test('counts each checklist’s progress and the items needing attention', () => {
    const view = viewOf({ items: { 'no-n-plus-one': { state: 'done', at: '2026-11-20' }, 'load-soak': { state: 'not-applicable', reason: 'r', until: '2026-01-01' } } });
    expect(view.checklists.map(({ checklist, progress }) => [checklist.id, progress.settled, progress.total])).toEqual([['web', 0, 2], ['manual', 1, 2]]);
    expect(view.attention).toBe(1); // the expired waiver
  });
});

describe('projectsOverview', () => {
  test('puts the projects needing the most attention first, then orders by name, and lists their items most urgent first', () => {
    const lapsed = { 'load-soak': { state: 'not-applicable' as const, reason: 'r', until: '2026-01-01' } };
    const views = [viewOf({ name: 'Zeta' }, [], 'zeta'), viewOf({ name: 'Beta', items: lapsed }, [], 'beta'), viewOf({ name: 'Alpha' }, [], 'alpha')];
    const { rows, attention } = projectsOverview(views);
    expect(rows.map((view) => view.id)).toEqual(['beta', 'alpha', 'zeta']);
    expect(attention.map((entry) => [entry.id, entry.item.id, entry.status.kind])).toEqual([['beta', 'load-soak', 'waiver-expired']]);
  });
});
