import { describe, expect, test } from 'vitest';
import { effectiveTargets } from '../../../src/lib/effective-targets.ts';
import type { EndpointMeasurement } from '../../../src/lib/endpoints/endpoint-measurement.ts';
import { judgeEndpoint } from '../../../src/lib/endpoints/judge-endpoint.ts';
import type { TargetOverride } from '../../../src/lib/schema/project.ts';
import type { Target } from '../../../src/lib/schema/target.ts';

/** An API latency target "below `value` ms", as targets.yaml has them. */
const apiTarget = (id: string, value: number): Target => ({ id, label: { fr: id, en: id }, group: 'api', unit: 'ms', comparison: 'lt', value, source: 'role-guide', measuredBy: 'verify-web-vitals' });

/** The role guide's API targets and the error-rate target, as targets.yaml has them. */
const API_TARGETS = new Map<string, Target>([
  ['api-p50', apiTarget('api-p50', 100)],
  ['api-p95', apiTarget('api-p95', 200)],
  ['api-p99', apiTarget('api-p99', 500)],
  ['api-p999', apiTarget('api-p999', 1000)],
  ['api-error-rate', { id: 'api-error-rate', label: { fr: "Taux d'erreur API", en: 'API error rate' }, group: 'api', unit: 'percent', comparison: 'lte', value: 1, source: 'audit-method', measuredBy: 'verify-web-vitals' }],
]);
const targets = (overrides: Record<string, TargetOverride> = {}) => effectiveTargets(API_TARGETS, { targets: overrides });

/** A healthy run of 1,000 answered requests; fields replaced as a case needs. */
const measured = (fields: Partial<EndpointMeasurement> = {}): EndpointMeasurement => ({
  name: 'Catalogue search',
  url: 'https://api.example.com/search',
  method: 'GET',
  planned: 1000,
  throughput: { planned: 100, sent: 99.9, achieved: 99.8 },
  warmup: { sent: 50, errors: 0 },
  latency: { p50: 42.04, p95: 120.06, p99: 300, p999: 800, max: 950 },
  sent: 1000,
  completed: 1000,
  errors: {},
  lateSends: 0,
  probeBehind: false,
  ...fields,
});
const latency = (p50: number, p95: number, p99: number, p999: number) => ({ p50, p95, p99, p999, max: p999 });

describe('judgeEndpoint: verdicts', () => {
  test.each<[string, EndpointMeasurement, Record<string, TargetOverride>, string, Record<string, [number, string]>]>([
    ['a fast, clean run passes every target', measured(), {}, 'pass', { 'api-p50': [42, 'pass'], 'api-p95': [120.1, 'pass'], 'api-p99': [300, 'pass'], 'api-p999': [800, 'pass'], 'api-error-rate': [0, 'pass'] }],
    ['a slow tail fails P99.9 only', measured({ latency: latency(40, 150, 450, 1500) }), {}, 'fail', { 'api-p99': [450, 'pass'], 'api-p999': [1500, 'fail'] }],
    ['exactly on a "below" latency target is a miss', measured({ latency: latency(100, 150, 300, 800) }), {}, 'fail', { 'api-p50': [100, 'fail'] }],
    ['an override judges against the project’s value', measured({ latency: latency(150, 180, 300, 800) }), { 'api-p50': { value: 200, reason: 'Search fans out to three shards.' } }, 'pass', { 'api-p50': [150, 'pass'] }],
    ['errors at exactly 1 % meet "at most 1 %"', measured({ completed: 995, errors: { status: 5, timeout: 5 } }), {}, 'pass', { 'api-error-rate': [1, 'pass'] }],
    ['errors just above 1 % miss it', measured({ sent: 1000, completed: 989, errors: { timeout: 11 } }), {}, 'fail', { 'api-error-rate': [1.1, 'fail'] }],
    ['every kind of error counts, kept to a thousandth of a percent', measured({ sent: 3000, completed: 2998, errors: { status: 1, connection: 1, other: 1 } }), {}, 'pass', { 'api-error-rate': [0.1, 'pass'] }],
    ['a third of a percent is written with exact decimals', measured({ sent: 300, completed: 299, errors: { timeout: 1 } }), {}, 'pass', { 'api-error-rate': [0.333, 'pass'] }],
  ])('%s', (_, measurement, overrides, status, expected) => {
    const result = judgeEndpoint(measurement, targets(overrides));
    expect(result.status).toBe(status);
    for (const [id, [value, metricStatus]] of Object.entries(expected)) expect(result.metrics[id]).toMatchObject({ value, status: metricStatus });
  });

  test('each metric carries its target, comparison and whether it was overridden, and the counts are kept', () => {
    const result = judgeEndpoint(measured({ lateSends: 4 }), targets({ 'api-p95': { value: 250, reason: 'Team goal.' } }));
    expect(Object.keys(result.metrics)).toEqual(['api-p50', 'api-p95', 'api-p99', 'api-p999', 'api-error-rate']);
    expect(result.metrics['api-p50']).toEqual({ value: 42, target: 100, comparison: 'lt', status: 'pass', overridden: false });
    expect(result.metrics['api-p95']).toMatchObject({ target: 250, overridden: true });
    expect(result.metrics['api-error-rate']).toMatchObject({ target: 1, comparison: 'lte' });
    expect(result).toMatchObject({ name: 'Catalogue search', url: 'https://api.example.com/search', sent: 1000, completed: 1000, lateSends: 4, latency: { max: 950 } });
  });

  test('only the targets that exist are judged', () => {
    const onlyP95 = effectiveTargets(new Map([['api-p95', apiTarget('api-p95', 200)]]), undefined);
    expect(Object.keys(judgeEndpoint(measured(), onlyP95).metrics)).toEqual(['api-p95']);
  });
});

describe('judgeEndpoint: the sample-size rule', () => {
  test.each<[string, number, number, Record<string, number | false>]>([
    // [completed, sent, id → the minimum when insufficient, false when judged]
    ['1,000 answers: every percentile is judged', 1000, 1000, { 'api-p50': false, 'api-p95': false, 'api-p99': false, 'api-p999': false }],
    ['999 answers: P99.9 is only the slowest request', 999, 1000, { 'api-p99': false, 'api-p999': 1000 }],
    ['100 answers: P99 is judged', 100, 100, { 'api-p99': false, 'api-p999': 1000, 'api-error-rate': false }],
    ['99 answers: P99 is not; 100 sent still judge the error rate', 99, 100, { 'api-p95': false, 'api-p99': 100, 'api-error-rate': false }],
    ['20 answers: P95 is judged', 20, 20, { 'api-p95': false, 'api-p99': 100 }],
    ['19 answers: P95 is not', 19, 19, { 'api-p50': false, 'api-p95': 20 }],
    ['99 sent: one error would already be over 1 %', 99, 99, { 'api-error-rate': 100 }],
  ])('%s', (_, completed, sent, expected) => {
    const result = judgeEndpoint(measured({ completed, sent }), targets());
    for (const [id, minimum] of Object.entries(expected)) {
      if (minimum === false) expect(result.metrics[id]).toHaveProperty('status');
      else {
        expect(result.metrics[id]).toMatchObject({ insufficient: true, minimumSamples: minimum });
        expect(result.metrics[id]).not.toHaveProperty('status');
      }
    }
  });

  test('a failing value on too few samples is shown, not judged, and does not fail the endpoint', () => {
    const result = judgeEndpoint(measured({ completed: 500, sent: 500, latency: latency(40, 150, 450, 5000) }), targets());
    expect(result.status).toBe('pass');
    expect(result.metrics['api-p999']).toEqual({ value: 5000, target: 1000, comparison: 'lt', overridden: false, insufficient: true, samples: 500, minimumSamples: 1000 });
  });

  test('an override raises the requests the error rate needs', () => {
    const result = judgeEndpoint(measured({ completed: 999, sent: 999 }), targets({ 'api-error-rate': { value: 0.1, reason: 'Payments.' } }));
    expect(result.metrics['api-error-rate']).toMatchObject({ insufficient: true, samples: 999, minimumSamples: 1000 });
  });

  test('one answer judges nothing: an error that says what each target needs', () => {
    const result = judgeEndpoint(measured({ completed: 1, sent: 1 }), targets());
    expect(result.status).toBe('error');
    expect(result.error).toMatch(/too few requests to judge any target: 1 answered of 1 sent, and api-p50 needs 2, .*api-p999 needs 1,000, api-error-rate needs 100; raise `load.durationSeconds`/);
    expect(Object.keys(result.metrics)).toHaveLength(5);
  });
});

describe('judgeEndpoint: runs that cannot be judged', () => {
  test.each<[string, EndpointMeasurement, RegExp]>([
    ['the probe fell behind', measured({ probeBehind: true, lateSends: 312 }), /^the probe, not the server, fell behind: .*312 of 1000 requests sent late.*lower `load.rate`/],
    ['the probe fell behind, saying why', measured({ probeBehind: true, probeBehindReason: 'its event loop stalled 34 ms at P99' }), /fell behind: it could not keep its own schedule on this machine \(its event loop stalled 34 ms at P99\)/],
    ['no request completed', measured({ completed: 0, latency: undefined, errors: { timeout: 990, connection: 10 } }), /^no request completed: 1000 sent, errors: timeout 990, connection 10; check that the endpoint answers/],
    ['nothing was sent', measured({ sent: 0, completed: 0, latency: undefined }), /^the probe sent no measured request/],
    ['the measurement stopped', measured({ error: 'getaddrinfo ENOTFOUND api.example.com: check the URL in the project file' }), /^getaddrinfo ENOTFOUND/],
    ['more answers than requests', measured({ completed: 1001 }), /1001 answered and 0 failed of 1000 sent requests, which cannot be: a bug in the probe/],
    ['no targets to judge against', measured(), /^no API target to judge against: expected at least one of api-p50, .*api-error-rate/],
  ])('%s: an error with no judged metric', (name, measurement, message) => {
    const result = judgeEndpoint(measurement, name === 'no targets to judge against' ? new Map() : targets());
    expect(result).toMatchObject({ status: 'error', metrics: {} });
    expect(result.error).toMatch(message);
  });

  test('a run whose probe fell behind keeps its counts, for the reader to see why', () => {
    expect(judgeEndpoint(measured({ probeBehind: true, lateSends: 312 }), targets())).toMatchObject({ sent: 1000, completed: 1000, lateSends: 312, latency: { max: 950 } });
  });
});
