import { describe, expect, test } from 'vitest';
import { effectiveTargets } from '../../src/lib/effective-targets.ts';
import { itemStatus, measurementKind, type StatusKind } from '../../src/lib/item-status.ts';
import type { ChecklistItem } from '../../src/lib/schema/checklist.ts';
import type { Project, RecordedValue, TargetOverride } from '../../src/lib/schema/project.ts';
import type { EndpointMetric, EndpointResult, PageResult, ProjectResult } from '../../src/lib/schema/result.ts';
import type { Target } from '../../src/lib/schema/target.ts';

// The status of an API target measured by verify-web-vitals' open-model probe, at one fixed moment.
const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
/** The ISO time `days` days before NOW. */
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** The API P95 target, "below 200 ms", measured by the command. */
const API_P95: Target = { id: 'api-p95', label: { fr: 'P95 API', en: 'API P95' }, group: 'api', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy: 'verify-web-vitals' };
const TARGETS = new Map([['api-p95', API_P95]]);
const ITEM: ChecklistItem = { id: 'api-latency', label: { fr: 'Latence', en: 'Latency' }, decidedBy: 'measurement', target: 'api-p95', patterns: [], targets: [] };

/** A judged P95 of `value` ms against the run's `target`. */
const judged = (value: number, target = 200): EndpointMetric => ({ value, target, comparison: 'lt', status: value < target ? 'pass' : 'fail', overridden: target !== 200 });
/** A P95 on `samples` answers, fewer than the `needed` ones. */
const insufficient = (value: number, samples: number, needed = 20): EndpointMetric => ({ value, target: 200, comparison: 'lt', overridden: false, insufficient: true, samples, minimumSamples: needed });

/** An endpoint of the latest result, with its metrics (none and an error when it could not be measured). */
function endpoint(name: string, metrics: Record<string, EndpointMetric>, error?: string): EndpointResult {
  return {
    name,
    url: `https://api.example.com/${name}`,
    method: 'GET',
    status: error !== undefined ? 'error' : 'pass',
    ...(error !== undefined ? { error } : {}),
    metrics,
    throughput: { planned: 10, sent: 10, achieved: 10 },
    planned: 300,
    sent: 300,
    completed: 300,
    errors: {},
    lateSends: 0,
    probeBehind: false,
    warmup: { sent: 50, errors: 0 },
  };
}
const HOME: PageResult = { name: 'Home', url: 'https://shop.example.com/', status: 'pass', metrics: { ttfb: { value: 100, target: 200, comparison: 'lt', status: 'pass', overridden: false } }, runs: 1, ttfbSamples: 3 };

/** The latest result of the project: its pages and endpoints, generated `days` ago. */
const latest = (endpoints: EndpointResult[] | undefined, days = 1, pages: PageResult[] = [HOME]) => ({
  generatedAt: ago(days),
  result: { id: 'shop', status: 'pass', pages, ...(endpoints !== undefined ? { endpoints } : {}) } satisfies ProjectResult,
});

interface Facts {
  latest?: ReturnType<typeof latest>;
  record?: RecordedValue;
  overrides?: Record<string, TargetOverride>;
  freshnessDays?: number;
}

/** The API P95 item's status for a project built from `facts`. */
function statusOf(facts: Facts = {}) {
  const project: Pick<Project, 'items' | 'records' | 'freshnessDays' | 'targets'> = {
    items: {},
    records: facts.record ? { 'api-p95': facts.record } : {},
    freshnessDays: facts.freshnessDays ?? 7,
    targets: facts.overrides ?? {},
  };
  return itemStatus({ item: ITEM, project, targets: effectiveTargets(TARGETS, project), ...(facts.latest ? { latest: facts.latest } : {}), now: NOW });
}

describe('an API target measured by verify-web-vitals', () => {
  test.each<[string, Facts, StatusKind]>([
    ['passes when every endpoint meets the target', { latest: latest([endpoint('search', { 'api-p95': judged(120) }), endpoint('cart', { 'api-p95': judged(180) })]) }, 'pass'],
    ['fails when one endpoint misses it', { latest: latest([endpoint('search', { 'api-p95': judged(120) }), endpoint('cart', { 'api-p95': judged(260) })]) }, 'fail'],
    ['is an error when an endpoint has no such metric', { latest: latest([endpoint('search', { 'api-p95': judged(120) }), endpoint('cart', {}, 'no request completed')]) }, 'error'],
    // an error outranks a failure
    ['an error outranks a miss', { latest: latest([endpoint('search', { 'api-p95': judged(260) }), endpoint('cart', {}, 'timeout')]) }, 'error'],
    // an endpoint measured on only some targets: it has api-p50, not api-p95
    ['is an error when an endpoint was judged on other targets only', { latest: latest([endpoint('search', { 'api-p50': judged(20) })]) }, 'error'],
    // the pages of the result do not count for an API target
    ['is decided by the endpoints, not the pages', { latest: latest([endpoint('search', { 'api-p95': judged(260) })]) }, 'fail'],
  ])('%s', (_, facts, kind) => expect(statusOf(facts).kind).toBe(kind));

  test('each endpoint is listed with its value and verdict, and the time of the run', () => {
    const status = statusOf({ latest: latest([endpoint('search', { 'api-p95': judged(120) }), endpoint('cart', { 'api-p95': judged(260) })]) });
    expect(status.at).toBe(ago(1));
    expect(status.target?.value).toBe(200);
    expect(status.pages).toEqual([
      { page: 'search', url: 'https://api.example.com/search', status: 'pass', value: 120 },
      { page: 'cart', url: 'https://api.example.com/cart', status: 'fail', value: 260 },
    ]);
  });

  test('an endpoint in error carries its error; one without an error says it was not measured', () => {
    const status = statusOf({ latest: latest([endpoint('down', {}, 'connection refused'), { ...endpoint('quiet', { 'api-p50': judged(20) }) }]) });
    expect(status.pages).toEqual([
      { page: 'down', url: 'https://api.example.com/down', status: 'error', error: 'connection refused' },
      { page: 'quiet', url: 'https://api.example.com/quiet', status: 'error', error: 'not measured in this run' },
    ]);
  });

  test.each<[string, number, Record<string, TargetOverride>, 'pass' | 'fail', number | undefined]>([
    // the run judged 180 against 200 (pass); the project has since tightened it to 150
    ['a value that passed the run’s target fails today’s stricter one', 180, { 'api-p95': { value: 150, reason: 'A tighter SLO.' } }, 'fail', 200],
    // the run judged 240 against 200 (fail); the project has since loosened it to 300
    ['a value that missed the run’s target passes today’s looser one', 240, { 'api-p95': { value: 300, reason: 'A batch API.' } }, 'pass', 200],
    // same target: no run target is shown
    ['an unchanged target shows no run target', 180, {}, 'pass', undefined],
  ])('%s: judged again against today’s target', (_, value, overrides, verdict, runTarget) => {
    const status = statusOf({ latest: latest([endpoint('search', { 'api-p95': judged(value) })]), overrides });
    expect(status.kind).toBe(verdict);
    expect(status.pages![0]!.status).toBe(verdict);
    expect(status.pages![0]!.runTarget).toBe(runTarget);
  });

  test('all endpoints on too few samples: not measured, each entry marked insufficient with its samples', () => {
    const status = statusOf({ latest: latest([endpoint('search', { 'api-p95': insufficient(150, 12) }), endpoint('cart', { 'api-p95': insufficient(260, 8) })]) });
    expect(status.kind).toBe('not-measured');
    expect(status.pages).toEqual([
      { page: 'search', url: 'https://api.example.com/search', status: 'insufficient', value: 150, samples: { taken: 12, needed: 20 } },
      { page: 'cart', url: 'https://api.example.com/cart', status: 'insufficient', value: 260, samples: { taken: 8, needed: 20 } },
    ]);
  });

  test('an insufficient endpoint beside a judged one: the judged one decides, the other is shown', () => {
    const status = statusOf({ latest: latest([endpoint('search', { 'api-p95': insufficient(450, 12) }), endpoint('cart', { 'api-p95': judged(120) })]) });
    // 450 ms would miss the target, but on 12 samples it is not judged: the item passes on Cart.
    expect(status.kind).toBe('pass');
    expect(status.pages!.map((entry) => entry.status)).toEqual(['insufficient', 'pass']);
  });

  test('an insufficient figure reads as not measured', () => expect(measurementKind('insufficient')).toBe('not-measured'));

  test.each<[string, number, number, StatusKind, 'pass' | 'fail' | 'error' | undefined]>([
    ['a result older than the freshness window is stale, keeping its verdict', 8, 7, 'stale', 'pass'],
    ['the project’s window decides staleness', 4, 3, 'stale', 'pass'],
    ['a result exactly at the window’s edge is still fresh', 7, 7, 'pass', undefined],
  ])('%s', (_, days, freshnessDays, kind, staleOf) => {
    const status = statusOf({ latest: latest([endpoint('search', { 'api-p95': judged(120) })], days), freshnessDays });
    expect(status.kind).toBe(kind);
    expect(status.staleOf).toBe(staleOf);
  });

  test('a stale result keeps a miss as what it was', () => {
    expect(statusOf({ latest: latest([endpoint('search', { 'api-p95': judged(260) })], 30) })).toMatchObject({ kind: 'stale', staleOf: 'fail' });
  });
});

describe('an API target with no endpoint result', () => {
  const record = (value: number, days = 1): RecordedValue => ({ value, source: 'APM dashboard', at: ago(days), by: 'Ada' });

  test.each<[string, Facts, StatusKind]>([
    ['with nothing recorded is not measured', {}, 'not-measured'],
    ['a result with pages only and nothing recorded is not measured', { latest: latest(undefined) }, 'not-measured'],
    ['a result with an empty endpoint list and nothing recorded is not measured', { latest: latest([]) }, 'not-measured'],
    ['falls back to a recorded figure that meets the target', { latest: latest(undefined), record: record(150) }, 'pass'],
    ['falls back to a recorded figure that misses it', { record: record(250) }, 'fail'],
    ['an old record is stale', { record: record(150, 10) }, 'stale'],
  ])('%s', (_, facts, kind) => expect(statusOf(facts).kind).toBe(kind));

  test('the recorded figure is what the status rests on', () => {
    const status = statusOf({ latest: latest(undefined), record: record(150) });
    expect(status.record).toEqual(record(150));
    expect(status).toMatchObject({ at: ago(1), by: 'Ada' });
    expect(status.pages).toBeUndefined();
  });

  test('endpoint results, when there are any, decide over a recorded figure', () => {
    expect(statusOf({ latest: latest([endpoint('search', { 'api-p95': judged(260) })]), record: record(150) }).kind).toBe('fail');
  });
});
