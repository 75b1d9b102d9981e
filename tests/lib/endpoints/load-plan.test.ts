import { describe, expect, test } from 'vitest';
import { endpointSchema, type EndpointInput } from '../../../src/lib/endpoints/endpoint-schema.ts';
import { loadPlan, plannedRequest } from '../../../src/lib/endpoints/load-plan.ts';

/** The plan of an endpoint with the given load, defaults filled in. */
const planOf = (load: EndpointInput['load'], where: Partial<EndpointInput> = { url: 'https://api.example.com/search' }) =>
  loadPlan(endpointSchema.parse({ name: 'Search', ...where, load }));

describe('loadPlan', () => {
  test.each<[string, EndpointInput['load'], Record<string, number>]>([
    ['the defaults: 50 warm-up and 300 measured requests over 35 s', {}, { warmupRequests: 50, measuredRequests: 300, measuredSeconds: 30, totalSeconds: 35, maxSeconds: 40 }],
    ['a request count sets the measured time', { requests: 1000, rate: 20 }, { warmupRequests: 100, measuredRequests: 1000, measuredSeconds: 50, totalSeconds: 55 }],
    ['no warm-up', { warmupSeconds: 0 }, { warmupRequests: 0, measuredRequests: 300, totalSeconds: 30 }],
    ['a duration not a multiple of the period counts the requests due within it', { rate: 3, durationSeconds: 1.5 }, { measuredRequests: 5 }], // due at 0, ⅓, ⅔, 1, 1⅓
    ['float noise does not add a request', { rate: 30, durationSeconds: 0.1, warmupSeconds: 0.1 }, { warmupRequests: 3, measuredRequests: 3 }],
    ['a slow rate still sends the first request at once', { rate: 0.5, durationSeconds: 1 }, { measuredRequests: 1, measuredSeconds: 1 }],
    ['a short warm-up at a slow rate has one request', { rate: 0.1, warmupSeconds: 5 }, { warmupRequests: 1 }],
  ])('%s', (_, load, expected) => {
    expect(planOf(load)).toMatchObject(expected);
  });

  test('the plan carries the method, target, ceiling and timeout', () => {
    expect(planOf({}, { path: '/api/health' })).toMatchObject({ method: 'GET', target: '/api/health', rate: 10, concurrency: 20, timeoutSeconds: 5 });
  });
});

describe('plannedRequest', () => {
  const plan = planOf({ rate: 10, warmupSeconds: 1, requests: 5 }); // 10 warm-up, then 5 measured
  test.each<[string, number, number, boolean]>([
    ['the first warm-up request is due at the start', 0, 1000, true],
    ['warm-up requests are a period apart', 3, 1300, true],
    ['the last warm-up request', 9, 1900, true],
    ['the first measured request is due when the warm-up ends', 10, 2000, false],
    ['measured request n is due at start + warm-up + n / rate', 12, 2200, false],
    ['the last measured request', 14, 2400, false],
  ])('%s', (_, index, dueMs, warmup) => {
    expect(plannedRequest(plan, 1000, index)).toEqual({ dueMs, warmup });
  });

  test('a due time keeps exact decimals far into a run', () => {
    const long = planOf({ rate: 3, warmupSeconds: 0, requests: 100_000 });
    expect(plannedRequest(long, 0, 99_999).dueMs).toBe(33_333_000);
  });

  test.each([-1, 15, 1.5])('request %d is outside the plan: a bug, so it throws', (index) => {
    expect(() => plannedRequest(plan, 0, index)).toThrow(/outside the plan of 10 warm-up and 5 measured requests/);
  });
});
