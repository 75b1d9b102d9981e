import { describe, expect, test } from 'vitest';
import { auditSchema, type Audit, type AuditInput } from '../../../src/lib/audits/audit-schema.ts';
import { auditPhaseStatus, latestAudit, loadTestStatus, runChecks, type DatedAudit } from '../../../src/lib/audits/audit-statuses.ts';
import { effectiveTargets } from '../../../src/lib/effective-targets.ts';
import { itemStatus } from '../../../src/lib/item-status.ts';
import type { ChecklistItem } from '../../../src/lib/schema/checklist.ts';
import type { ItemState, Project } from '../../../src/lib/schema/project.ts';
import { completeAudit, REFS } from './audit-fixture.ts';

// The statuses an audit decides, judged at one fixed moment against the fixture's targets
// (api-p95 below 200 ms, api-error-rate at most 1 %).
const NOW = new Date('2026-12-01T12:00:00Z');
const TARGETS = effectiveTargets(REFS.targets, { targets: {} });

/** The fixture audit, edited, read as the build reads it, filed under `date`. */
function dated(edit: (audit: AuditInput) => void = () => {}, date = '2026-11-20'): DatedAudit {
  const input = completeAudit();
  edit(input);
  return { id: `shop/${date}`, date, audit: auditSchema.parse(input) };
}

/** A load-test run of the fixture's shape, with `fields` changed. */
const run = (fields: Record<string, unknown>) => ({ scenario: 'load', date: '2026-11-18', p95Ms: 150, errorRatePercent: 0.4, peakRps: 180, ...fields });

describe('latestAudit', () => {
  const audit = auditSchema.parse(completeAudit());
  test.each<[string, Array<{ id: string; date: string; audit?: Audit }>, string | undefined]>([
    ['no audit is none', [], undefined],
    ['the latest day wins, whatever the order', [{ id: 'a/2026-11-20', date: '2026-11-20', audit }, { id: 'a/2026-12-01', date: '2026-12-01', audit }, { id: 'a/2026-10-01', date: '2026-10-01', audit }], 'a/2026-12-01'],
    // The build refuses an invalid audit; a reader that goes on still judges from the valid ones.
    ['an invalid file is passed over', [{ id: 'a/2026-11-20', date: '2026-11-20', audit }, { id: 'a/2026-12-01', date: '2026-12-01' }], 'a/2026-11-20'],
    ['a file not named for a day is passed over', [{ id: 'a/2026-11-20', date: '2026-11-20', audit }, { id: 'a/notes', date: 'notes', audit }], 'a/2026-11-20'],
  ])('%s', (_, audits, id) => {
    expect(latestAudit(audits)?.id).toBe(id);
  });
});

describe('auditPhaseStatus', () => {
  test.each<[string, DatedAudit | undefined, number | undefined, Date, string]>([
    ['no audit: to do, as before there were audits', undefined, undefined, NOW, 'todo'],
    ['the section complete: done', dated(), undefined, NOW, 'done'],
    ['the section a draft: to do', dated((a) => { a.baseline.status = 'draft'; }), undefined, NOW, 'todo'],
    ['complete but older than the review window: due again', dated(), 10, NOW, 'review-due'],
    ['complete and within the review window: done', dated(), 11, NOW, 'done'],
  ])('%s', (_, audit, reviewDays, now, kind) => {
    expect(auditPhaseStatus('baseline', audit, reviewDays, now).kind).toBe(kind);
  });

  test('says which audit and section decided, who led it, and the section\'s note', () => {
    const status = auditPhaseStatus('capacity', dated((a) => { a.capacity.note = 'Headroom keeps CPU under 70 %.'; }), undefined, NOW);
    // The note stays with the audit: a status's own note is a person's tick's, which the page's editor starts from.
    expect(status).toEqual({
      kind: 'done',
      at: '2026-11-20',
      by: 'Ada',
      audit: { id: 'shop/2026-11-20', date: '2026-11-20', section: 'capacity', sectionStatus: 'complete', note: 'Headroom keeps CPU under 70 %.' },
    });
  });

  test('reads each section for itself', () => {
    const audit = dated((a) => { a.monitoring.status = 'draft'; });
    expect(auditPhaseStatus('plan', audit, undefined, NOW).kind).toBe('done');
    expect(auditPhaseStatus('monitoring', audit, undefined, NOW).kind).toBe('todo');
  });
});

describe('loadTestStatus', () => {
  /** The status of the load item from an audit holding these runs. */
  const statusFrom = (runs: Array<Record<string, unknown>>, reviewDays?: number) => loadTestStatus('load', dated((a) => { a.loadTests.runs = runs as never; }), TARGETS, reviewDays, NOW);

  test.each<[string, Array<Record<string, unknown>>, number | undefined, string | undefined]>([
    ['a run within the P95 and error-rate targets passes', [run({})], undefined, 'pass'],
    ['a P95 over the target fails', [run({ p95Ms: 310 })], undefined, 'fail'],
    ['a P95 on the target fails: the target is strictly below', [run({ p95Ms: 200 })], undefined, 'fail'],
    ['an error rate over the target fails', [run({ errorRatePercent: 1.5 })], undefined, 'fail'],
    ['a k6 threshold the run missed fails it, its figures within the targets', [run({ thresholds: [{ metric: 'http_req_duration', expression: 'p(99)<500', passed: false }] })], undefined, 'fail'],
    ['every k6 threshold met passes', [run({ thresholds: [{ metric: 'http_req_duration', expression: 'p(95)<200', passed: true }] })], undefined, 'pass'],
    ['no run of the scenario: the tick decides', [run({ scenario: 'smoke' })], undefined, undefined],
    ['a run still holding placeholders is no run', [run({ date: 'TODO: the day it ran', p95Ms: 'TODO: P95 in ms' })], undefined, undefined],
    ['a run with its day but no P95 yet is no run', [run({ p95Ms: 'TODO: P95 in ms' })], undefined, undefined],
    ['the latest day decides: a failing run, then a passing one', [run({ date: '2026-11-10', p95Ms: 400 }), run({ date: '2026-11-18' })], undefined, 'pass'],
    ['the latest day decides, whatever the order in the file', [run({ date: '2026-11-18', p95Ms: 400 }), run({ date: '2026-11-10' })], undefined, 'fail'],
    ['of two runs on one day, the last written decides', [run({ p95Ms: 400 }), run({})], undefined, 'pass'],
    ['a run older than the review window is stale', [run({})], 10, 'stale'],
    ['a run within the review window is judged', [run({})], 13, 'pass'],
  ])('%s', (_, runs, reviewDays, kind) => {
    expect(statusFrom(runs, reviewDays)?.kind).toBe(kind);
  });

  test('a stale run keeps what it gave', () => {
    expect(statusFrom([run({ p95Ms: 310 })], 10)).toMatchObject({ kind: 'stale', staleOf: 'fail' });
  });

  test('no audit: the tick decides', () => {
    expect(loadTestStatus('load', undefined, TARGETS, undefined, NOW)).toBeUndefined();
  });

  test("judges against the project's effective targets, overrides included", () => {
    const relaxed = effectiveTargets(REFS.targets, { targets: { 'api-p95': { value: 400, reason: 'Search is heavy.' } } });
    const audit = dated((a) => { a.loadTests.runs = [run({ p95Ms: 310 })] as never; });
    expect(loadTestStatus('load', audit, relaxed, undefined, NOW)?.kind).toBe('pass');
  });

  test('nothing to judge the run against is no verdict', () => {
    expect(loadTestStatus('load', dated((a) => { a.loadTests.runs = [run({})] as never; }), new Map(), undefined, NOW)?.kind).toBe('not-measured');
  });

  test('says which run decided, with every check, its note and evidence, all under `audit`', () => {
    const status = statusFrom([run({ p95Ms: 150, throughputKind: 'average', note: 'Imported from k6.', evidence: 'https://ci.example.com/jobs/7', thresholds: [{ metric: 'http_req_failed', expression: 'rate<0.01', passed: true }] })]);
    expect(status).toMatchObject({
      kind: 'pass',
      at: '2026-11-18',
      by: 'Ada',
      audit: {
        id: 'shop/2026-11-20',
        section: 'loadTests',
        sectionStatus: 'complete',
        note: 'Imported from k6.',
        evidence: 'https://ci.example.com/jobs/7',
        run: { scenario: 'load', date: '2026-11-18', p95Ms: 150, errorRatePercent: 0.4, rps: 180, throughputKind: 'average' },
      },
    });
    expect(status).not.toHaveProperty('note');
    expect(status).not.toHaveProperty('evidence');
    expect(status!.audit!.run!.checks.map(({ id, value, passed }) => ({ id, value, passed }))).toEqual([
      { id: 'api-p95', value: 150, passed: true },
      { id: 'api-error-rate', value: 0.4, passed: true },
      { id: 'http_req_failed rate<0.01', value: undefined, passed: true },
    ]);
  });
});

describe('runChecks', () => {
  test('a throughput still to fill does not stop the run being judged', () => {
    const audit = dated((a) => { a.loadTests.runs = [run({ peakRps: 'TODO: peak throughput in req/s' })] as never; });
    const status = loadTestStatus('load', audit, TARGETS, undefined, NOW);
    expect(status?.kind).toBe('pass');
    expect(status?.audit?.run?.rps).toBeUndefined();
  });

  test('checks the targets the project has, and only those', () => {
    const only = new Map([...TARGETS].filter(([id]) => id === 'api-p95'));
    expect(runChecks({ ...run({}), throughputKind: 'peak' } as never, only).map((check) => check.id)).toEqual(['api-p95']);
  });
});

describe('itemStatus reads the latest audit for the items that name a phase or a scenario', () => {
  const project = (state?: ItemState): Pick<Project, 'items' | 'records' | 'freshnessDays'> => ({ items: state ? { 'load-load': state, 'audit-baseline': state } : {}, records: {}, freshnessDays: 7 });
  const phaseItem: ChecklistItem = { id: 'audit-baseline', label: { fr: 'B', en: 'B' }, decidedBy: 'person', phase: 'baseline', patterns: [], targets: [] };
  const loadItem: ChecklistItem = { id: 'load-load', label: { fr: 'L', en: 'L' }, decidedBy: 'person', scenario: 'load', patterns: [], targets: [] };
  const ticked: ItemState = { state: 'done', at: '2026-11-25', by: 'Grace' };

  test.each<[string, ChecklistItem, DatedAudit | undefined, ItemState | undefined, string]>([
    ['a phase item with a complete section is done', phaseItem, dated(), undefined, 'done'],
    ['a phase item with no audit is to do', phaseItem, undefined, undefined, 'todo'],
    // The checklist command refuses the tick; a state written by hand is not read.
    ['a phase item ignores a state written in the project file', phaseItem, dated((a) => { a.baseline.status = 'draft'; }), ticked, 'todo'],
    ['a load item with a run is judged on it', loadItem, dated((a) => { a.loadTests.runs = [run({ p95Ms: 310 })] as never; }), ticked, 'fail'],
    ['a load item with no run falls back to the tick', loadItem, dated((a) => { a.loadTests.runs = []; }), ticked, 'done'],
    ['a load item with no audit falls back to the tick', loadItem, undefined, ticked, 'done'],
    ['a load item with no audit and no tick is to do', loadItem, undefined, undefined, 'todo'],
  ])('%s', (_, item, audit, state, kind) => {
    expect(itemStatus({ item, project: project(state), targets: TARGETS, audit, now: NOW }).kind).toBe(kind);
  });
});
