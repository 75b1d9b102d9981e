import { describe, expect, test } from 'vitest';
import { effectiveTargets } from '../../src/lib/effective-targets.ts';
import { compareStatus, isOlderThan, isWaiverExpired, itemStatus, type StatusKind } from '../../src/lib/item-status.ts';
import type { ChecklistItem } from '../../src/lib/schema/checklist.ts';
import type { ItemState, Project, RecordedValue, TargetOverride } from '../../src/lib/schema/project.ts';
import type { PageResult, ProjectResult } from '../../src/lib/schema/result.ts';
import type { Target } from '../../src/lib/schema/target.ts';

// Every status rule of a checklist item, judged at one fixed moment.
const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
/** The ISO time `days` days before NOW. */
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** A target "must stay below `value` ms". */
const target = (id: string, value: number, measuredBy: Target['measuredBy']): Target => ({
  id,
  label: { fr: id, en: id },
  group: measuredBy === 'record' ? 'api' : 'web',
  unit: 'ms',
  comparison: 'lt',
  value,
  source: 'role-guide',
  measuredBy,
});
const TARGETS = new Map([
  ['api-p95', target('api-p95', 200, 'record')],
  ['ttfb', target('ttfb', 200, 'verify-web-vitals')],
]);

const manualItem = (reviewDays?: number): ChecklistItem => ({
  id: 'load-smoke',
  label: { fr: 'Smoke', en: 'Smoke' },
  decidedBy: 'person',
  patterns: [],
  targets: [],
  ...(reviewDays !== undefined ? { reviewDays } : {}),
});
const measuredItem = (targetId: string): ChecklistItem => ({ id: `item-${targetId}`, label: { fr: 'M', en: 'M' }, decidedBy: 'measurement', target: targetId, patterns: [], targets: [] });

/** The facts a project contributes: its manual states, recorded figures, overrides and freshness window. */
interface Facts {
  state?: ItemState;
  record?: RecordedValue;
  overrides?: Record<string, TargetOverride>;
  freshnessDays?: number;
  latest?: { generatedAt: string; result: ProjectResult };
  now?: Date;
}

/** Computes an item's status for a project built from `facts`. */
function statusOf(item: ChecklistItem, facts: Facts = {}) {
  const project: Pick<Project, 'items' | 'records' | 'freshnessDays' | 'targets'> = {
    items: facts.state ? { [item.id]: facts.state } : {},
    records: facts.record ? { [item.target ?? '']: facts.record } : {},
    freshnessDays: facts.freshnessDays ?? 7,
    targets: facts.overrides ?? {},
  };
  return itemStatus({ item, project, targets: effectiveTargets(TARGETS, project), latest: facts.latest, now: facts.now ?? NOW });
}

describe('a manual item', () => {
  test.each<[string, ChecklistItem, Facts, StatusKind]>([
    // absent: nobody has recorded anything yet
    ['with no recorded state is to do', manualItem(), {}, 'todo'],
    ['ticked is done', manualItem(), { state: { state: 'done', at: ago(1), by: 'Ada' } }, 'done'],
    ['set back to do is to do', manualItem(), { state: { state: 'todo', at: ago(1), by: 'Ada' } }, 'todo'],
    ['ticked without a review period stays done for years', manualItem(), { state: { state: 'done', at: ago(900) } }, 'done'],
    ['ticked within its review period is done', manualItem(30), { state: { state: 'done', at: ago(29) } }, 'done'],
    // the boundary belongs to the period: exactly reviewDays old is still done
    ['ticked exactly reviewDays ago is still done', manualItem(30), { state: { state: 'done', at: ago(30) } }, 'done'],
    ['ticked longer ago than its review period asks to be reviewed', manualItem(30), { state: { state: 'done', at: ago(31) } }, 'review-due'],
    // a date written YYYY-MM-DD counts from midnight UTC
    ['ticked on a date alone, 31 days back, is due', manualItem(30), { state: { state: 'done', at: '2026-10-23' } }, 'review-due'],
    ['ticked with no time recorded is never due', manualItem(30), { state: { state: 'done' } }, 'done'],
    ['a review period does not touch an item still to do', manualItem(30), { state: { state: 'todo', at: ago(400) } }, 'todo'],
  ])('%s', (_, item, facts, kind) => expect(statusOf(item, facts).kind).toBe(kind));

  test('carries who, when, the note and the evidence', () => {
    const state: ItemState = { state: 'done', by: 'Ada', at: ago(2), note: 'Batched', evidence: 'https://git.example.com/mr/1' };
    expect(statusOf(manualItem(), { state })).toMatchObject({ kind: 'done', by: 'Ada', at: ago(2), note: 'Batched', evidence: 'https://git.example.com/mr/1' });
  });
});

describe('a waiver (not applicable)', () => {
  const waiver = (until?: string): ItemState => ({ state: 'not-applicable', reason: 'Batch jobs only', by: 'Ada', at: ago(10), ...(until ? { until } : {}) });
  test.each<[string, ItemState, Date, StatusKind]>([
    ['without an end date holds forever', waiver(), new Date('2040-01-01T00:00:00Z'), 'not-applicable'],
    ['holds before its last day', waiver('2026-11-30'), NOW, 'not-applicable'],
    // `until` is the last day the waiver holds, inclusive
    ['holds on its last day, at noon', waiver('2026-11-23'), NOW, 'not-applicable'],
    ['holds on its last day, at the last second (UTC)', waiver('2026-11-23'), new Date('2026-11-23T23:59:59Z'), 'not-applicable'],
    ['has expired the day after, from midnight UTC', waiver('2026-11-23'), new Date('2026-11-24T00:00:00Z'), 'waiver-expired'],
    ['has expired long after', waiver('2026-10-31'), NOW, 'waiver-expired'],
  ])('%s', (_, state, now, kind) => expect(statusOf(manualItem(), { state, now }).kind).toBe(kind));

  test('carries its reason and last day, expired or not', () => {
    expect(statusOf(manualItem(), { state: waiver('2026-10-31') })).toMatchObject({ kind: 'waiver-expired', reason: 'Batch jobs only', until: '2026-10-31', by: 'Ada' });
  });

  test('a review period does not apply to a waiver', () => {
    expect(statusOf(manualItem(1), { state: waiver() }).kind).toBe('not-applicable');
  });
});

describe('an item decided by a recorded figure', () => {
  const item = measuredItem('api-p95');
  const recorded = (value: number, at = ago(1)): RecordedValue => ({ value, source: 'APM', at, by: 'Ada' });
  const looser = { 'api-p95': { value: 300, reason: 'Search fans out to three services.' } };
  const stricter = { 'api-p95': { value: 150, reason: 'Checkout path.' } };

  test.each<[string, Facts, StatusKind, number]>([
    ['with no figure is not measured', {}, 'not-measured', 200],
    ['under the default target passes', { record: recorded(150) }, 'pass', 200],
    ['over the default target fails', { record: recorded(250) }, 'fail', 200],
    // "< 200 ms": 200 itself misses
    ['exactly at a "less than" target fails', { record: recorded(200) }, 'fail', 200],
    ['over the default but under a looser override passes', { record: recorded(250), overrides: looser }, 'pass', 300],
    ['over a looser override fails', { record: recorded(320), overrides: looser }, 'fail', 300],
    ['under the default but over a stricter override fails', { record: recorded(180), overrides: stricter }, 'fail', 150],
  ])('%s', (_, facts, kind, threshold) => {
    const status = statusOf(item, facts);
    expect(status.kind).toBe(kind);
    expect(status.target?.value).toBe(threshold);
    expect(status.target?.defaultValue).toBe(200);
  });

  test('an override carries its reason beside the default', () => {
    expect(statusOf(item, { record: recorded(250), overrides: looser }).target).toMatchObject({ value: 300, defaultValue: 200, overrideReason: 'Search fans out to three services.' });
  });

  test('carries the figure, its source, who and when', () => {
    expect(statusOf(item, { record: recorded(150) })).toMatchObject({ record: { value: 150, source: 'APM' }, by: 'Ada', at: ago(1) });
  });

  test.each<[string, Facts, StatusKind, string | undefined]>([
    ['within the freshness window keeps its verdict', { record: recorded(150, ago(6)) }, 'pass', undefined],
    ['exactly freshnessDays old is still fresh', { record: recorded(150, ago(7)) }, 'pass', undefined],
    ['older than the freshness window is stale, remembering a pass', { record: recorded(150, ago(8)) }, 'stale', 'pass'],
    ['older than the freshness window is stale, remembering a fail', { record: recorded(250, ago(8)) }, 'stale', 'fail'],
    ['the window is the project\'s own: 3 days', { record: recorded(150, ago(4)), freshnessDays: 3 }, 'stale', 'pass'],
    ['a 30-day window keeps a 20-day-old figure fresh', { record: recorded(150, ago(20)), freshnessDays: 30 }, 'pass', undefined],
  ])('%s', (_, facts, kind, staleOf) => {
    const status = statusOf(item, facts);
    expect(status.kind).toBe(kind);
    expect(status.staleOf).toBe(staleOf);
  });
});

describe('an item decided by verify-web-vitals', () => {
  const item = measuredItem('ttfb');
  /** A page result whose TTFB was measured at `value` ms, or that could not be measured (`value` undefined). */
  const page = (name: string, value: number | undefined, error?: string): PageResult => ({
    name,
    url: `https://shop.example.com/${name}`,
    status: value === undefined ? 'error' : value < 200 ? 'pass' : 'fail',
    ...(error ? { error } : {}),
    metrics: value === undefined ? {} : { ttfb: { value, target: 200, comparison: 'lt', status: value < 200 ? 'pass' : 'fail', overridden: false } },
    runs: 1,
    ttfbSamples: 5,
  });
  const latest = (pages: PageResult[], generatedAt = ago(1)) => ({ generatedAt, result: { id: 'shop', status: 'pass' as const, pages } });

  test.each<[string, Facts, StatusKind]>([
    ['with no result is not measured', {}, 'not-measured'],
    ['with a result holding no page is not measured', { latest: latest([]) }, 'not-measured'],
    ['passes when every page meets the target', { latest: latest([page('home', 120), page('product', 180)]) }, 'pass'],
    ['fails when one page misses the target', { latest: latest([page('home', 120), page('product', 260)]) }, 'fail'],
    ['is an error when one page could not be measured', { latest: latest([page('home', 120), page('product', undefined, 'net::ERR_CONNECTION_REFUSED')]) }, 'error'],
    // an unmeasured page says more than a slow one: the figure that would decide is missing
    ['an error outranks a failure', { latest: latest([page('home', 260), page('product', undefined, 'timeout')]) }, 'error'],
    ['a result older than the freshness window is stale', { latest: latest([page('home', 120)], ago(8)) }, 'stale'],
    ['the project\'s window decides staleness', { latest: latest([page('home', 120)], ago(4)), freshnessDays: 3 }, 'stale'],
  ])('%s', (_, facts, kind) => expect(statusOf(item, facts).kind).toBe(kind));

  test('lists every page with its figure or its error', () => {
    const status = statusOf(item, { latest: latest([page('home', 120), page('product', undefined, 'timeout')]) });
    expect(status.pages).toEqual([
      { page: 'home', url: 'https://shop.example.com/home', status: 'pass', value: 120 },
      { page: 'product', url: 'https://shop.example.com/product', status: 'error', error: 'timeout' },
    ]);
    expect(status.at).toBe(ago(1));
  });

  // The run judged against the target of its day; the page shows today's, so it is judged again against it.
  test.each<[string, number, Record<string, TargetOverride>, 'pass' | 'fail', number | undefined]>([
    ['a page that passed fails once the override is tightened below its value', 180, { ttfb: { value: 150, reason: 'Tighter now.' } }, 'fail', 200],
    ['a page that failed passes once the override is loosened above its value', 260, { ttfb: { value: 300, reason: 'Rendered on demand.' } }, 'pass', 200],
    ['an unchanged target keeps the run verdict and names no other threshold', 180, {}, 'pass', undefined],
  ])('%s', (_, value, overrides, kind, runTarget) => {
    const status = statusOf(item, { latest: latest([page('home', value)]), overrides });
    expect(status.kind).toBe(kind);
    expect(status.pages?.[0]?.status).toBe(kind);
    expect(status.pages?.[0]?.runTarget).toBe(runTarget);
  });

  test('a stale result remembers what it said', () => {
    expect(statusOf(item, { latest: latest([page('home', 260)], ago(8)) })).toMatchObject({ kind: 'stale', staleOf: 'fail' });
  });

  test('a page measured without this metric counts as an error for it', () => {
    const other: PageResult = { ...page('home', 120), metrics: {} };
    expect(statusOf(item, { latest: latest([other]) }).pages?.[0]).toMatchObject({ status: 'error', error: 'not measured in this run' });
  });
});

describe('an item naming a target that does not exist', () => {
  test('is a bug in the content, reported with both ids', () => {
    expect(() => statusOf(measuredItem('nope'))).toThrow(/"item-nope".*"nope"/);
  });
});

describe('isWaiverExpired', () => {
  test.each<[string, string, boolean]>([
    ['2026-11-23', '2026-11-23T00:00:00Z', false],
    ['2026-11-23', '2026-11-23T23:59:59.999Z', false],
    ['2026-11-23', '2026-11-24T00:00:00Z', true],
    ['2026-12-31', '2027-01-01T00:00:00Z', true], // across a year
  ])('until %s, at %s → %s', (until, at, expected) => expect(isWaiverExpired(until, new Date(at))).toBe(expected));
});

describe('isOlderThan', () => {
  test.each<[string, number, boolean]>([
    [ago(2), 3, false],
    [ago(3), 3, false],
    [ago(3.01), 3, true],
    ['2026-11-17', 7, false], // a date alone is midnight UTC: 6.5 days before NOW
    ['2026-11-16', 7, true], // 7.5 days
  ])('%s older than %s days → %s', (at, days, expected) => expect(isOlderThan(at, days, NOW)).toBe(expected));
});

describe('compareStatus', () => {
  test('puts what needs attention first', () => {
    const kinds: StatusKind[] = ['done', 'todo', 'fail', 'not-applicable', 'stale', 'pass'];
    expect([...kinds].sort(compareStatus)).toEqual(['fail', 'stale', 'todo', 'pass', 'done', 'not-applicable']);
  });
});
