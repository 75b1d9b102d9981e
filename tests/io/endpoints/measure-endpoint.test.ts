import { afterEach, describe, expect, test } from 'vitest';
import { endpointMeasurement, measureEndpoint } from '../../../src/io/endpoints/measure-endpoint.ts';
import type { OpenModelResult } from '../../../src/io/endpoints/open-model-result.ts';
import { endpointSchema, type EndpointInput } from '../../../src/lib/endpoints/endpoint-schema.ts';
import { planProjectEndpoints, type PlannedEndpoint } from '../../../src/lib/endpoints/project-endpoints.ts';
import { refusingPort, startEndpointServer, type Behaviour, type EndpointServer } from '../../fixtures/endpoint-server.ts';

/** A run of 300 planned requests, 290 answered as expected; fields replaced as a case needs. */
function result(fields: { counts?: Partial<OpenModelResult['counts']>; errors?: Partial<OpenModelResult['errors']>; probeBehind?: boolean; outcome?: OpenModelResult['outcome']; latency?: boolean } = {}): OpenModelResult {
  const percentiles = { count: 295, p50: 40.12, p95: 120.4, p99: 310, p999: 480, max: 512 };
  return {
    outcome: fields.outcome ?? 'completed',
    url: 'https://api.example.com/search',
    method: 'POST',
    throughput: { plannedPerSecond: 10, sentPerSecond: 9.98, achievedPerSecond: 9.7 },
    counts: { planned: 300, sent: 300, completed: 300, ok: 290, notSentOnTime: 0, abortedInFlight: 0, ...fields.counts },
    errors: {
      total: 10,
      unexpectedStatus: { total: 5, byStatus: { '500': 3, '503': 2 } },
      timeout: 2,
      refused: 1,
      reset: 1,
      otherNetwork: { total: 1, byCode: { EAI_AGAIN: 1 } },
      ...fields.errors,
    },
    errorRate: 10 / 300,
    latencyMs: fields.latency === false ? null : percentiles,
    serviceTimeMs: fields.latency === false ? null : { ...percentiles, p99: 250 },
    warmup: { planned: 50, sent: 50, errors: 3 },
    window: { startedAt: '2026-12-01T10:00:05.000Z', warmupMs: 5000, durationMs: 30_000, elapsedMs: 30_100 },
    concurrencyCeiling: 20,
    probeBehind: { behind: fields.probeBehind ?? false, late: 0, skewAllowedMs: 20, maxSkewMs: 3, eventLoopLagP99Ms: 1, eventLoopLagMaxMs: 4 },
  };
}
const NONE = { unexpectedStatus: { total: 0, byStatus: {} }, timeout: 0, refused: 0, reset: 0, otherNetwork: { total: 0, byCode: {} }, total: 0 };
const ENDPOINT = { name: 'Search', method: 'POST' as const };

describe('endpointMeasurement', () => {
  test('maps the figures of a run: throughput, warm-up, percentiles, counts', () => {
    const measurement = endpointMeasurement(ENDPOINT, 'https://api.example.com/search', result());
    expect(measurement).toMatchObject({
      name: 'Search',
      url: 'https://api.example.com/search',
      method: 'POST',
      planned: 300,
      throughput: { planned: 10, sent: 9.98, achieved: 9.7 },
      warmup: { sent: 50, errors: 3 },
      sent: 300,
      lateSends: 0,
      probeBehind: false,
    });
    expect(measurement.latency).toMatchObject({ p50: 40.12, p95: 120.4, p99: 310, p999: 480, max: 512 });
    expect(measurement.serviceTime?.p99).toBe(250);
    expect(measurement).not.toHaveProperty('error');
  });

  test('completed counts the answers with an expected status and those with an unexpected one, not the network failures', () => {
    // 290 ok + 5 unexpected statuses; the 2 timeouts and 3 network failures were never answered.
    expect(endpointMeasurement(ENDPOINT, 'u', result()).completed).toBe(295);
  });

  test('errors by kind: status, timeout, and connection as refused + reset + other network failures', () => {
    expect(endpointMeasurement(ENDPOINT, 'u', result()).errors).toEqual({ status: 5, timeout: 2, connection: 3 });
  });

  test.each<[string, Partial<OpenModelResult['errors']>, Record<string, number>]>([
    ['no error at all gives an empty record', NONE, {}],
    ['only statuses', { ...NONE, unexpectedStatus: { total: 4, byStatus: { '429': 4 } } }, { status: 4 }],
    ['only timeouts', { ...NONE, timeout: 7 }, { timeout: 7 }],
    // each network kind alone is a connection error
    ['only refused', { ...NONE, refused: 2 }, { connection: 2 }],
    ['only reset', { ...NONE, reset: 3 }, { connection: 3 }],
    ['only other network failures', { ...NONE, otherNetwork: { total: 6, byCode: { ECONNABORTED: 6 } } }, { connection: 6 }],
  ])('a kind is listed only when non-zero: %s', (_, errors, expected) => {
    expect(endpointMeasurement(ENDPOINT, 'u', result({ errors })).errors).toEqual(expected);
  });

  test('late sends are the requests not sent on time', () => {
    expect(endpointMeasurement(ENDPOINT, 'u', result({ counts: { notSentOnTime: 17 } })).lateSends).toBe(17);
  });

  test('a probe that fell behind says so, and why: its stalled loop, or its late sends first', () => {
    const behind = endpointMeasurement(ENDPOINT, 'u', result({ probeBehind: true }));
    expect(behind).toMatchObject({ probeBehind: true, probeBehindReason: 'its event loop stalled 1 ms at P99' });
    const late = result({ probeBehind: true, counts: { sent: 300 } });
    late.probeBehind.late = 12;
    expect(endpointMeasurement(ENDPOINT, 'u', late).probeBehindReason).toBe('12 of 300 requests left more than 20 ms after their due time; its event loop stalled 1 ms at P99');
    expect(endpointMeasurement(ENDPOINT, 'u', result()).probeBehindReason).toBeUndefined();
  });

  test('a run with no answer has no percentiles', () => {
    const measurement = endpointMeasurement(ENDPOINT, 'u', result({ latency: false, counts: { ok: 0 }, errors: { ...NONE, refused: 300 } }));
    expect(measurement).not.toHaveProperty('latency');
    expect(measurement).not.toHaveProperty('serviceTime');
    expect(measurement.completed).toBe(0);
    expect(measurement.errors).toEqual({ connection: 300 });
  });

  test('an aborted run carries an error saying it was interrupted', () => {
    const measurement = endpointMeasurement(ENDPOINT, 'u', result({ outcome: 'aborted', counts: { sent: 120, completed: 118, ok: 118, abortedInFlight: 2 }, errors: NONE }));
    expect(measurement.error).toMatch(/interrupted/);
    expect(measurement).toMatchObject({ sent: 120, completed: 118 });
  });
});

// Against a loopback server: counts the fixture decides are exact, times are ranges.
describe('measureEndpoint', () => {
  const servers: EndpointServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  /** Starts a fixture server that is closed after the test. */
  async function serve(behave: (n: number) => Behaviour): Promise<EndpointServer> {
    const server = await startEndpointServer(behave);
    servers.push(server);
    return server;
  }

  /** One endpoint planned as a project file would, with no ceiling problem expected. */
  function plannedEndpoint(endpoint: EndpointInput, env: Record<string, string> = {}): PlannedEndpoint {
    const outcome = planProjectEndpoints({ endpoints: [endpointSchema.parse(endpoint)] }, env, 'tests.yaml', { allowHeavy: false });
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    return outcome.endpoints[0]!;
  }

  /** 50 measured requests at 100 req/s, no warm-up: half a second of load. */
  const SMALL = { rate: 100, requests: 50, warmupSeconds: 0, timeoutSeconds: 2 };

  test('measures every request of a small load against a server that answers', async () => {
    const server = await serve(() => ({ kind: 'answer', afterMs: 2 }));
    const endpoint = plannedEndpoint({ name: 'Search', url: `${server.url}search`, method: 'POST', headers: { Authorization: 'env:TOKEN' }, body: { json: { q: 'espresso' } }, load: SMALL }, { TOKEN: 'secret-token' });
    const measurement = await measureEndpoint(endpoint, `${server.url}search`);
    expect(measurement).toMatchObject({ name: 'Search', method: 'POST', planned: 50, sent: 50, completed: 50, errors: {} });
    // probeBehind is not asserted: a busy machine may make the first run's own event loop lag.
    expect(measurement).not.toHaveProperty('error');
    expect(measurement.latency!.p50).toBeGreaterThanOrEqual(1);
    expect(measurement.latency!.max).toBeLessThan(1000);
    expect(server.received).toHaveLength(50);
    expect(server.received[0]).toMatchObject({ method: 'POST', url: '/search', body: '{"q":"espresso"}' });
    expect(server.received[0]!.headers).toMatchObject({ authorization: 'secret-token', 'content-type': 'application/json' });
  });

  test('unexpected statuses are completed requests counted as status errors', async () => {
    // Every fifth request answers 500: 10 of 50.
    const server = await serve((n) => (n % 5 === 4 ? { kind: 'answer', status: 500 } : { kind: 'answer' }));
    const measurement = await measureEndpoint(plannedEndpoint({ name: 'Flaky', url: server.url, load: SMALL }), server.url);
    expect(measurement).toMatchObject({ sent: 50, completed: 50, errors: { status: 10 } });
  });

  test('a port where nothing listens gives connection errors and no answer', async () => {
    const url = `http://127.0.0.1:${await refusingPort()}/`;
    const measurement = await measureEndpoint(plannedEndpoint({ name: 'Down', url, load: { ...SMALL, requests: 20 } }), url);
    expect(measurement).toMatchObject({ sent: 20, completed: 0, errors: { connection: 20 } });
    expect(measurement).not.toHaveProperty('latency');
  });

  test('a header HTTP cannot carry is the measurement’s error, without its value, and nothing is sent', async () => {
    const server = await serve(() => ({ kind: 'answer' }));
    const secret = 'tok-a1b2c3\r\nX-Injected: yes';
    // The plan of a project refuses such a value; a caller that forms the endpoint by hand still must not send it.
    const endpoint: PlannedEndpoint = { ...plannedEndpoint({ name: 'Injected', url: server.url, load: SMALL }), headers: { 'X-Api-Key': secret }, secrets: [secret] };
    const measurement = await measureEndpoint(endpoint, server.url);
    expect(measurement.error).toBeDefined();
    expect(measurement.error).toContain('X-Api-Key');
    expect(measurement.error).not.toContain('tok-a1b2c3');
    expect(measurement.error).not.toContain('X-Injected');
    expect(measurement).toMatchObject({ name: 'Injected', url: server.url, planned: 50, sent: 0, completed: 0, errors: {} });
    expect(server.received).toHaveLength(0);
  });

  test('a signal already aborted gives an interrupted measurement', async () => {
    const server = await serve(() => ({ kind: 'answer' }));
    const measurement = await measureEndpoint(plannedEndpoint({ name: 'Stopped', url: server.url, load: SMALL }), server.url, { signal: AbortSignal.abort() });
    expect(measurement.error).toMatch(/interrupted/);
    expect(measurement.sent).toBe(0);
  });
});
