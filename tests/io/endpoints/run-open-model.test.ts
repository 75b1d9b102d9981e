import { afterEach, describe, expect, test } from 'vitest';
import type { OpenModelProgress, OpenModelResult } from '../../../src/io/endpoints/open-model-result.ts';
import { runOpenModel } from '../../../src/io/endpoints/run-open-model.ts';
import { refusingPort, startEndpointServer, type Behaviour, type EndpointServer } from '../../fixtures/endpoint-server.ts';

// Bounds are ranges, never exact timings: the lower bound is what the fixture makes impossible to
// beat (its own delay, less 1 ms of timer rounding), the upper one leaves a busy 2-core machine
// room for late timers and garbage collection. Counts the fixture decides by construction are exact.

const servers: EndpointServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Starts a fixture server that is closed after the test. */
async function serve(behave: (n: number, elapsedMs: number) => Behaviour): Promise<EndpointServer> {
  const server = await startEndpointServer(behave);
  servers.push(server);
  return server;
}

/** Prints a run's figures when SHOW_FIGURES is set, to read what a machine measured. */
function show(name: string, result: OpenModelResult): void {
  if (process.env.SHOW_FIGURES) console.log(name, JSON.stringify({ latencyMs: result.latencyMs, serviceTimeMs: result.serviceTimeMs, counts: result.counts, throughput: result.throughput, probeBehind: result.probeBehind }));
}

/** 90 % of answers after 10 ms, 9 % after 50 ms, 1 % after 200 ms, in a fixed order by arrival. */
function knownDistribution(n: number): Behaviour {
  const place = n % 100;
  return { kind: 'answer', afterMs: place === 99 ? 200 : place >= 90 ? 50 : 10 };
}

test('reports the percentiles of a known latency distribution', async () => {
  const server = await serve(knownDistribution);
  const progress: OpenModelProgress[] = [];
  const result = await runOpenModel({ url: server.url, timeoutMs: 2000 }, { ratePerSecond: 200, durationSeconds: 1 }, { concurrency: 32, onProgress: (p) => progress.push(p), progressIntervalMs: 300 });
  show('distribution', result);
  expect(result).toMatchObject({ outcome: 'completed', counts: { planned: 200, sent: 200, completed: 200, ok: 200, abortedInFlight: 0 }, errorRate: 0 });
  // Of 200 answers, 180 take 10 ms, 18 take 50 ms and 2 take 200 ms: P50 and P95 fall in the first two
  // groups, P99 on the edge of the 50 ms and 200 ms groups, P99.9 and max in the 200 ms group.
  const bounds = { p50: [9, 30], p95: [49, 90], p99: [49, 260], p999: [199, 300], max: [199, 300] } as const;
  for (const figures of [result.latencyMs, result.serviceTimeMs]) {
    expect(figures?.count).toBe(200);
    for (const [name, [low, high]] of Object.entries(bounds)) {
      expect(figures?.[name as keyof typeof bounds], name).toBeGreaterThanOrEqual(low);
      expect(figures?.[name as keyof typeof bounds], name).toBeLessThanOrEqual(high);
    }
  }
  // A send is never before its due time, so the service time never exceeds the latency (0.1 % histogram precision aside).
  for (const name of Object.keys(bounds) as Array<keyof typeof bounds>) expect(result.serviceTimeMs![name]).toBeLessThanOrEqual(result.latencyMs![name] * 1.001);
  expect(result.throughput.plannedPerSecond).toBe(200);
  expect(result.throughput.sentPerSecond).toBeGreaterThan(150);
  expect(result.throughput.achievedPerSecond).toBeGreaterThan(120);
  // Progress came about every 300 ms of the 1.2 s run, with a rate near the plan's.
  expect(progress.length).toBeGreaterThanOrEqual(2);
  expect(progress[1]?.currentRatePerSecond).toBeGreaterThan(100);
  expect(progress[1]?.currentRatePerSecond).toBeLessThan(300);
  // Plain data: JSON keeps it as it is.
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});

test('sends each request within a fraction of a millisecond of its due time', async () => {
  // The server answers at once, so what the due-time latency has beyond the service time is how late the send went out.
  const server = await serve(() => ({ kind: 'answer' }));
  const result = await runOpenModel({ url: server.url, timeoutMs: 2000 }, { ratePerSecond: 200, durationSeconds: 1 }, { concurrency: 32 });
  show('on time', result);
  expect(result.counts).toMatchObject({ sent: 200, ok: 200, notSentOnTime: 0 });
  // Node's timers fire on whole milliseconds: slept on alone, they leave the median send about 1 ms late.
  const lateness = result.latencyMs!.p50 - result.serviceTimeMs!.p50;
  expect(lateness).toBeGreaterThanOrEqual(0);
  expect(lateness).toBeLessThan(0.5);
});

test('a one-second stall shows in the due-time P99 while the service-time P99 stays low', async () => {
  // From 1 s to 2 s after its first request the server answers nothing, then everything at once
  // (a pause, as in a full garbage collection); at other times it answers at once.
  const server = await serve((_, elapsedMs) => {
    const phase = elapsedMs % 3000;
    return { kind: 'answer', afterMs: phase >= 1000 && phase < 2000 ? 2000 - phase : 0 };
  });
  // Two connections, like a client with few sockets: the two requests caught in the stall wait it out,
  // and the hundred due meanwhile queue behind them, which only the due-time latency sees.
  const result = await runOpenModel({ url: server.url, timeoutMs: 3000 }, { ratePerSecond: 100, durationSeconds: 3 }, { concurrency: 2 });
  show('stall', result);
  expect(result.counts).toMatchObject({ planned: 300, sent: 300, completed: 300, ok: 300 });
  expect(result.counts.notSentOnTime).toBeGreaterThanOrEqual(50);
  expect(result.latencyMs!.p99).toBeGreaterThanOrEqual(500);
  expect(result.latencyMs!.max).toBeGreaterThanOrEqual(800);
  // Two stalled sends of 300 are under 1 %: P99 of the service time is an ordinary answer.
  expect(result.serviceTimeMs!.p99).toBeLessThanOrEqual(200);
  expect(result.serviceTimeMs!.max).toBeGreaterThanOrEqual(800);
  expect(result.latencyMs!.p99 - result.serviceTimeMs!.p99).toBeGreaterThanOrEqual(300);
});

describe('counts errors by kind', () => {
  const every10th = (bad: Behaviour) => (n: number): Behaviour => (n % 10 === 9 ? bad : { kind: 'answer' });
  test.each([
    // Every 10th answer is a 500: 5 of 50.
    { name: '500 on every 10th', behave: every10th({ kind: 'answer', status: 500 }), errors: { total: 5, unexpectedStatus: { total: 5, byStatus: { 500: 5 } } }, ok: 45 },
    // Every 10th connection is reset before an answer.
    { name: 'reset on every 10th', behave: every10th({ kind: 'reset' }), errors: { total: 5, reset: 5 }, ok: 45 },
    // Every 10th request hangs past the 200 ms timeout.
    { name: 'hang on every 10th', behave: every10th({ kind: 'hang' }), errors: { total: 5, timeout: 5 }, ok: 45 },
    // Nothing listens: every request is refused.
    { name: 'refused port', behave: undefined, errors: { total: 50, refused: 50 }, ok: 0 },
  ])('$name', async ({ behave, errors, ok }) => {
    const url = behave ? (await serve(behave)).url : `http://127.0.0.1:${await refusingPort()}/`;
    const result = await runOpenModel({ url, timeoutMs: 200 }, { ratePerSecond: 100, durationSeconds: 0.5 }, { concurrency: 16 });
    const none = { total: 0, unexpectedStatus: { total: 0, byStatus: {} }, timeout: 0, refused: 0, reset: 0, otherNetwork: { total: 0, byCode: {} } };
    expect(result.errors).toEqual({ ...none, ...errors });
    expect(result.counts).toMatchObject({ sent: 50, completed: 50, ok });
    expect(result.errorRate).toBeCloseTo(errors.total / 50, 9);
    // Only answers have a latency; a run of refusals has none rather than a made-up zero.
    expect(result.latencyMs?.count ?? 0).toBe(behave === undefined ? 0 : 50 - (errors.total - (errors.unexpectedStatus?.total ?? 0)));
  });
});

test('leaves the warm-up out of every figure', async () => {
  // The first 50 requests (the warm-up) answer 503 after 300 ms; the measured ones 200 at once.
  const server = await serve((n) => (n < 50 ? { kind: 'answer', status: 503, afterMs: 300 } : { kind: 'answer' }));
  const result = await runOpenModel({ url: server.url, timeoutMs: 2000 }, { ratePerSecond: 100, durationSeconds: 1, warmupSeconds: 0.5 }, { concurrency: 64 });
  show('warmup', result);
  expect(result.warmup).toEqual({ planned: 50, sent: 50, errors: 50 });
  expect(result.counts).toMatchObject({ planned: 100, sent: 100, completed: 100, ok: 100 });
  expect(result.errors.total).toBe(0);
  expect(result.latencyMs?.count).toBe(100);
  // Measured answers come at once; a warm-up answer would be at least 300 ms.
  expect(result.latencyMs!.max).toBeLessThan(250);
  expect(result.window).toMatchObject({ warmupMs: 500, durationMs: 1000 });
  expect(Date.parse(result.window.startedAt ?? '')).not.toBeNaN();
});

test('counts the requests due while the concurrency ceiling is reached, and times them from their due time', async () => {
  // 100 ms answers at 100 req/s need 10 requests in flight; a ceiling of 5 holds half of them back.
  const server = await serve(() => ({ kind: 'answer', afterMs: 100 }));
  const result = await runOpenModel({ url: server.url, timeoutMs: 2000 }, { ratePerSecond: 100, durationSeconds: 0.5 }, { concurrency: 5 });
  show('ceiling', result);
  expect(result.counts).toMatchObject({ sent: 50, completed: 50, ok: 50 });
  // In theory 45 of 50: only the first five find a free slot.
  expect(result.counts.notSentOnTime).toBeGreaterThanOrEqual(35);
  expect(result.counts.notSentOnTime).toBeLessThanOrEqual(45);
  // Never more than 5 connections, whatever the backlog.
  expect(server.connections()).toBeLessThanOrEqual(5);
  // The last request is due at 490 ms and sent at about 900 ms, so it ends about 510 ms late.
  expect(result.latencyMs!.max).toBeGreaterThanOrEqual(350);
  expect(result.latencyMs!.max).toBeLessThanOrEqual(1000);
  expect(result.serviceTimeMs!.p99).toBeGreaterThanOrEqual(99);
  expect(result.serviceTimeMs!.p99).toBeLessThanOrEqual(250);
  // Five slots of 100 ms: about 50 answers a second, not the planned 100.
  expect(result.throughput.achievedPerSecond).toBeLessThan(80);
});

test('says the probe fell behind when its own event loop blocks', async () => {
  const server = await serve(() => ({ kind: 'answer' }));
  let blocked = false;
  const result = await runOpenModel({ url: server.url, timeoutMs: 2000 }, { ratePerSecond: 100, durationSeconds: 1.5 }, {
    concurrency: 32,
    progressIntervalMs: 500,
    // The first progress call holds the event loop for 250 ms, as a busy probe would.
    onProgress: () => {
      if (blocked) return;
      blocked = true;
      const until = performance.now() + 250;
      while (performance.now() < until);
    },
  });
  show('behind', result);
  expect(result.counts.sent).toBe(150);
  // About 25 requests were due during the block, so at least 10 went out more than 5 ms late.
  expect(result.probeBehind.late).toBeGreaterThanOrEqual(10);
  expect(result.probeBehind.maxSkewMs).toBeGreaterThanOrEqual(150);
  expect(result.probeBehind.eventLoopLagMaxMs).toBeGreaterThanOrEqual(150);
  expect(result.probeBehind).toMatchObject({ behind: true, skewAllowedMs: 5 });
  // Late for the probe's own reasons is not the ceiling's delay.
  expect(result.counts.notSentOnTime).toBe(0);
});

describe('abort', () => {
  test('stops at once, destroys what is in flight and returns the partial result', async () => {
    const server = await serve(() => ({ kind: 'hang' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const result = await runOpenModel({ url: server.url, timeoutMs: 10_000 }, { ratePerSecond: 100, durationSeconds: 10 }, { concurrency: 100, signal: controller.signal });
    show('abort', result);
    expect(result.outcome).toBe('aborted');
    // About 30 requests in 300 ms, all still hanging, none counted as an error.
    expect(result.counts.sent).toBeGreaterThanOrEqual(10);
    expect(result.counts.sent).toBeLessThanOrEqual(40);
    expect(result.counts.abortedInFlight).toBe(result.counts.sent);
    expect(result.counts.completed).toBe(0);
    expect(result).toMatchObject({ errorRate: null, latencyMs: null, serviceTimeMs: null });
    // Every connection the run opened is closed by the client.
    await expect.poll(() => server.openConnections(), { timeout: 2000, interval: 20 }).toBe(0);
  });

  test.each([
    // Aborted 300 ms into a 10 s run against a hanging server: back well before any timeout.
    { abortAfterMs: 300, withinMs: 1500 },
    // Aborted before it starts: nothing is sent.
    { abortAfterMs: 0, withinMs: 200 },
  ])('aborted after $abortAfterMs ms returns within $withinMs ms', async ({ abortAfterMs, withinMs }) => {
    const server = await serve(() => ({ kind: 'hang' }));
    const signal = abortAfterMs === 0 ? AbortSignal.abort() : AbortSignal.timeout(abortAfterMs);
    const started = performance.now();
    const result = await runOpenModel({ url: server.url, timeoutMs: 10_000 }, { ratePerSecond: 100, durationSeconds: 10 }, { concurrency: 100, signal });
    expect(result.outcome).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(abortAfterMs + withinMs);
    if (abortAfterMs === 0) expect(result.counts.sent).toBe(0);
  });
});

test('rejects a concurrency ceiling below one', async () => {
  await expect(runOpenModel({ url: 'http://127.0.0.1:9/', timeoutMs: 100 }, { ratePerSecond: 1, durationSeconds: 1 }, { concurrency: 0 })).rejects.toThrow(/concurrency ceiling .*found 0/);
});
