// The endpoint-probe bench: the open-model HTTP client (src/io/endpoints/run-open-model.ts) beside
// autocannon, the reference Node load tool, on loopback servers (127.0.0.1) only. Every server runs
// in a child process (bench/lib/child-server.ts), so it never shares the measured client's core.
//
// 1. Accuracy at equal load. A server whose latencies are known by construction (by arrival number:
//    90 % after 10 ms, 8 % after 50 ms, 1.5 % after 100 ms, 0.5 % after 200 ms, timed to microseconds,
//    and it reports its own arrival-to-write times to prove it), loaded at 100 req/s for 10 s by the probe and by
//    autocannon (overallRate 100). Baseline: the true distribution. P50, P95, P99, P99.9 of the
//    probe's latency (from each due time) and service time (from each send), and of autocannon.
//    Goal: each of the probe's percentiles within 5 % or 1 ms of the true one.
// 2. Top rate on one core. A server that answers at once. The probe's planned rate is stepped up
//    until it no longer keeps its schedule (probeBehind.behind, or fewer than 95 % of the planned
//    sends, in both of two tries), then bisected; autocannon runs closed-loop, in this process, as
//    fast as it can. Baseline: autocannon's top throughput. Goal: the probe's top rate ≥ 0.8x it.
//    Beside them, the probe's own transport in autocannon's closed loop, which tells what the client
//    costs apart from what holding a schedule costs.
// 3. CPU per 1,000 requests: process.cpuUsage() around each client at 1,000 req/s for 5 s against
//    the same fast server, so only the client's own work is counted. A figure beside autocannon's,
//    with no goal.
//
// It prints figures and one verdict per goal, and exits 0 whether a goal is met or missed; a
// non-zero exit means the bench itself crashed. Progress goes to stderr, figures to stdout.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { prepareRequest } from '../src/io/endpoints/endpoint-request.ts';
import { LatencyHistogram, type LatencyPercentiles } from '../src/io/endpoints/latency-histogram.ts';
import type { OpenModelResult } from '../src/io/endpoints/open-model-result.ts';
import { runOpenModel, TIMER_EARLY_MS } from '../src/io/endpoints/run-open-model.ts';
import { keepAlivePool, sendRequest } from '../src/io/endpoints/send-request.ts';
import { knownDelayMs, startChildServer, type ChildServer, type ChildServerMode, type ChildServerStats } from './lib/child-server.ts';
import { textTable } from './lib/text-table.ts';

/** The moderate rate and length of the accuracy run: 1,000 samples, enough for a P99.9. */
const ACCURACY_RATE = 100;
const ACCURACY_SECONDS = 10;
/** Seconds of the probe against a server that answers at once, at the same rate: what a loopback round trip adds. */
const FLOOR_SECONDS = 3;
/** The accuracy goal: within 5 % of the true percentile, or 1 ms, whichever is wider. */
const ACCURACY_RELATIVE = 0.05;
const ACCURACY_ABSOLUTE_MS = 1;
/** Samples a percentile needs before it means anything: 1 / (1 - p). */
const SAMPLES_FOR = { p50: 2, p95: 20, p99: 100, p999: 1000 } as const;
const PERCENTILES = ['p50', 'p95', 'p99', 'p999'] as const;
const PERCENTILE_NAMES = { p50: 'P50', p95: 'P95', p99: 'P99', p999: 'P99.9' } as const;

/** The probe's planned rates, tried in turn until one is not kept; then BISECTIONS rates between the last kept and the first not kept. */
const RATE_STEPS = [1000, 2000, 4000, 8000, 16_000, 32_000, 64_000];
const BISECTIONS = 2;
const STEP_SECONDS = 3;
/** Runs of a step before it counts as not kept. */
const TRIES_PER_STEP = 2;
/** Sent before each step's window, so connections and compiled code are ready when it opens. */
const STEP_WARMUP_SECONDS = 0.5;
/** A step is kept when at least this share of its planned sends went out (and the probe was not behind). */
const KEPT_SEND_SHARE = 0.95;
/** Autocannon's closed-loop runs: its connection counts (its best is taken) and length. */
const CLOSED_LOOP_CONNECTIONS = [10, 50];
const CLOSED_LOOP_SECONDS = 4;
/** The top-rate goal: the probe sustains at least this share of autocannon's throughput. */
const TOP_RATE_GOAL = 0.8;

/** The fixed rate and length of the CPU run. */
const CPU_RATE = 1000;
const CPU_SECONDS = 5;
/** Connections of the transport's closed loop in the CPU run: autocannon's first closed-loop count. */
const TRANSPORT_CPU_CONNECTIONS = 10;

/** The probe's concurrency ceiling and autocannon's connections at a set rate: far more than either load needs. */
const PROBE_CONCURRENCY = 64;
const RATED_CONNECTIONS = 50;
/** Per-request timeout of both clients. */
const TIMEOUT_MS = 2000;

/** Says what the bench is doing, on stderr. */
function progress(message: string): void {
  process.stderr.write(`endpoint-probe: ${message}\n`);
}

/** The percentiles of the known distribution over its first `count` arrivals, taken as the probe takes its own. */
function truePercentiles(count: number): LatencyPercentiles {
  const histogram = new LatencyHistogram(TIMEOUT_MS);
  for (let n = 0; n < count; n++) histogram.record(knownDelayMs(n));
  const percentiles = histogram.percentiles();
  if (percentiles === undefined) throw new Error('the accuracy run received no request, so there is no true distribution to compare with');
  return percentiles;
}

/** What an autocannon run reported, and each response's time from its own clock. */
interface AutocannonRun {
  result: autocannon.Result;
  responseTimes: LatencyHistogram;
}

/** Runs autocannon in this process and keeps the time of every response it saw. */
function runAutocannon(options: autocannon.Options): Promise<AutocannonRun> {
  const responseTimes = new LatencyHistogram(TIMEOUT_MS * 2);
  return new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: TIMEOUT_MS / 1000, ...options }, (error: unknown, result: autocannon.Result) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve({ result, responseTimes });
    });
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => responseTimes.record(responseTimeMs));
  });
}

/** Milliseconds with two decimals. */
function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

/** A ratio with two decimals. */
function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(2)}x`;
}

/** Whether a measured percentile is within the accuracy goal of the true one. */
function withinAccuracy(measured: number, reference: number): boolean {
  return Math.abs(measured - reference) <= Math.max(ACCURACY_ABSOLUTE_MS, ACCURACY_RELATIVE * reference);
}

/** The percentiles a sample count allows. */
function allowedPercentiles(count: number): Array<(typeof PERCENTILES)[number]> {
  return PERCENTILES.filter((name) => count >= SAMPLES_FOR[name]);
}

/** Runs `use` against a fresh child server of the mode, then stops it; returns what `use` gave and the server's figures. */
async function withChildServer<T>(mode: ChildServerMode, use: (server: ChildServer) => Promise<T>): Promise<{ value: T; stats: ChildServerStats }> {
  const server = await startChildServer(mode);
  try {
    const value = await use(server);
    return { value, stats: await server.stats() };
  } finally {
    await server.stop();
  }
}

/** Part 1: the probe and autocannon at the same moderate rate, each against its own server of the known distribution. */
async function accuracy(): Promise<void> {
  progress(`accuracy: the probe at ${ACCURACY_RATE} req/s for ${ACCURACY_SECONDS} s against the known distribution`);
  const { value: probe, stats: probeServer } = await withChildServer('known', (server) =>
    runOpenModel({ url: server.url, timeoutMs: TIMEOUT_MS }, { ratePerSecond: ACCURACY_RATE, durationSeconds: ACCURACY_SECONDS }, { concurrency: PROBE_CONCURRENCY }),
  );
  progress(`accuracy: autocannon at overallRate ${ACCURACY_RATE} with ${RATED_CONNECTIONS} connections, ${ACCURACY_RATE * ACCURACY_SECONDS} requests`);
  const { value: cannon, stats: cannonServer } = await withChildServer('known', (server) =>
    runAutocannon({ url: server.url, connections: RATED_CONNECTIONS, overallRate: ACCURACY_RATE, amount: ACCURACY_RATE * ACCURACY_SECONDS }),
  );
  progress(`accuracy: the probe at ${ACCURACY_RATE} req/s for ${FLOOR_SECONDS} s against a server that answers at once`);
  const { value: floor } = await withChildServer('fast', (server) =>
    runOpenModel({ url: server.url, timeoutMs: TIMEOUT_MS }, { ratePerSecond: ACCURACY_RATE, durationSeconds: FLOOR_SECONDS }, { concurrency: PROBE_CONCURRENCY }),
  );

  if (probe.latencyMs === null || probe.serviceTimeMs === null) throw new Error(`the probe's accuracy run had no answer (${probe.errors.total} errors of ${probe.counts.completed}); is the child server serving?`);
  const cannonTimes = cannon.responseTimes.percentiles();
  if (cannonTimes === undefined) throw new Error(`autocannon's accuracy run had no answer (${cannon.result.errors} errors, ${cannon.result.timeouts} timeouts)`);
  const reference = truePercentiles(probeServer.arrivals);
  // Both servers number their own arrivals from 0, so the two references differ only if the counts do.
  const cannonReference = truePercentiles(cannonServer.arrivals);
  const shown = allowedPercentiles(Math.min(probe.latencyMs.count, probe.serviceTimeMs.count, reference.count));

  const cells = (figures: LatencyPercentiles | null, against: LatencyPercentiles) =>
    PERCENTILES.map((name) => (figures !== null && shown.includes(name) ? `${ms(figures[name])} (${ratio(figures[name], against[name])})` : '—'));
  const verdict = (figures: LatencyPercentiles, against: LatencyPercentiles) => {
    const misses = shown.filter((name) => !withinAccuracy(figures[name], against[name]));
    return misses.length === 0 ? 'yes' : `no: ${misses.map((name) => PERCENTILE_NAMES[name]).join(', ')}`;
  };
  const summary = cannon.result.latency;
  console.log(`\n1. Accuracy at equal load: ${ACCURACY_RATE} req/s for ${ACCURACY_SECONDS} s, latencies known by construction (ratios to the true distribution)\n`);
  console.log(
    textTable(
      ['source', 'samples', ...PERCENTILES.map((name) => PERCENTILE_NAMES[name]), 'within 5 % or 1 ms'],
      [
        ['true distribution (the reference)', String(reference.count), ...cells(reference, reference), ''],
        ["server's own time, arrival to write (probe's run)", String(probeServer.answerMs?.count ?? 0), ...cells(probeServer.answerMs, reference), ''],
        ['probe: latency from the due time', String(probe.latencyMs.count), ...cells(probe.latencyMs, reference), verdict(probe.latencyMs, reference)],
        ['probe: service time from the send', String(probe.serviceTimeMs.count), ...cells(probe.serviceTimeMs, reference), verdict(probe.serviceTimeMs, reference)],
        ["server's own time, arrival to write (autocannon's run)", String(cannonServer.answerMs?.count ?? 0), ...cells(cannonServer.answerMs, cannonReference), ''],
        ['autocannon: each response, from its send', String(cannonTimes.count), ...cells(cannonTimes, cannonReference), verdict(cannonTimes, cannonReference)],
        // Autocannon's own summary keeps whole milliseconds and, with a rate set, adds the samples of its coordinated-omission correction; it has no P95.
        ['autocannon: its own summary (result.latency)', '—', `${ms(summary.p50)} (${ratio(summary.p50, cannonReference.p50)})`, '—', `${ms(summary.p99)} (${ratio(summary.p99, cannonReference.p99)})`, `${ms(summary.p99_9)} (${ratio(summary.p99_9, cannonReference.p999)})`, ''],
      ],
    ),
  );
  const floorCell = (figures: LatencyPercentiles | null) => (figures === null ? '—' : `P50 ${ms(figures.p50)}, P99 ${ms(figures.p99)}`);
  console.log(`\nthe floor, the probe against a server that answers at once at the same rate: latency ${floorCell(floor.latencyMs)}; service time ${floorCell(floor.serviceTimeMs)}`);
  console.log(
    `probe: ${probe.counts.sent} sent, ${probe.counts.ok} ok, ${probe.errors.total} errors, ${probe.counts.notSentOnTime} not sent on time, behind: ${probe.probeBehind.behind}; ` +
      `autocannon: ${cannon.result.requests.sent} counted as sent, ${cannon.result.errors} errors, ${cannon.result.timeouts} timeouts; server arrivals: ${probeServer.arrivals} and ${cannonServer.arrivals}`,
  );
  const met = [probe.latencyMs, probe.serviceTimeMs].every((figures) => shown.every((name) => withinAccuracy(figures[name], reference[name])));
  console.log(`goal (the probe's ${shown.map((name) => PERCENTILE_NAMES[name]).join(', ')} within 5 % or 1 ms of the true distribution): ${met ? 'met' : 'missed'}`);
}

/** One planned rate of the probe against the fast server, and whether it kept its schedule. */
interface Step {
  rate: number;
  result: OpenModelResult;
  kept: boolean;
  tries: number;
}

/** Runs the probe at one planned rate against the fast server, once more if it missed: other work on the machine can make one run miss. */
async function probeStep(url: string, rate: number): Promise<Step> {
  let step: Step | undefined;
  for (let tries = 1; tries <= TRIES_PER_STEP && !step?.kept; tries++) {
    progress(`top rate: the probe at ${rate} req/s for ${STEP_SECONDS} s${tries > 1 ? ', again' : ''}`);
    const result = await runOpenModel({ url, timeoutMs: TIMEOUT_MS }, { ratePerSecond: rate, durationSeconds: STEP_SECONDS, warmupSeconds: STEP_WARMUP_SECONDS }, { concurrency: PROBE_CONCURRENCY });
    step = { rate, result, kept: !result.probeBehind.behind && result.throughput.sentPerSecond >= KEPT_SEND_SHARE * rate, tries };
  }
  return step!;
}

/** Steps the probe's rate up, then bisects between the last rate kept and the first not kept; every step it ran, in order. */
async function probeSteps(url: string): Promise<Step[]> {
  const steps: Step[] = [];
  for (const rate of RATE_STEPS) {
    const step = await probeStep(url, rate);
    steps.push(step);
    if (!step.kept) break;
  }
  let low = steps.findLast((step) => step.kept)?.rate;
  let high = steps.find((step) => !step.kept)?.rate;
  for (let i = 0; i < BISECTIONS && low !== undefined && high !== undefined; i++) {
    const rate = Math.round(Math.sqrt(low * high) / 100) * 100;
    if (rate <= low || rate >= high) break;
    const step = await probeStep(url, rate);
    steps.push(step);
    if (step.kept) low = rate;
    else high = rate;
  }
  return steps;
}

/** Requests per second of the probe's transport without its schedule (its connection pool, as autocannon runs): `connections` requests in flight, each followed by the next, for `seconds`. */
async function transportClosedLoop(url: string, connections: number, seconds: number): Promise<{ perSecond: number; answered: number }> {
  const pool = keepAlivePool(prepareRequest({ url, timeoutMs: TIMEOUT_MS }), connections);
  const endsAt = performance.now() + seconds * 1000;
  let answered = 0;
  const loop = async (): Promise<void> => {
    while (performance.now() < endsAt) {
      const outcome = await sendRequest(pool).ended;
      if (outcome.kind !== 'answer') throw new Error(`the closed loop's request ended as ${outcome.kind}${outcome.kind === 'network' ? ` (${outcome.code})` : ''}; is the child server serving?`);
      answered += 1;
    }
  };
  const startedAt = performance.now();
  try {
    await Promise.all(Array.from({ length: connections }, loop));
  } finally {
    pool.destroy();
  }
  return { perSecond: (answered * 1000) / (performance.now() - startedAt), answered };
}

/** Part 2: the probe's top kept rate beside autocannon's closed-loop top throughput, both on one core. */
async function topRate(url: string): Promise<void> {
  const steps = await probeSteps(url);
  const closedLoop: Array<{ connections: number; perSecond: number; errors: number }> = [];
  for (const connections of CLOSED_LOOP_CONNECTIONS) {
    progress(`top rate: autocannon closed-loop with ${connections} connections for ${CLOSED_LOOP_SECONDS} s`);
    const { result } = await runAutocannon({ url, connections, duration: CLOSED_LOOP_SECONDS });
    closedLoop.push({ connections, perSecond: result.requests.total / result.duration, errors: result.errors + result.timeouts + result.non2xx });
  }
  const bestConnections = closedLoop.reduce((best, run) => (run.perSecond > best.perSecond ? run : best)).connections;
  progress(`top rate: the probe's transport in a closed loop with ${bestConnections} connections for ${CLOSED_LOOP_SECONDS} s`);
  const { perSecond: transport } = await transportClosedLoop(url, bestConnections, CLOSED_LOOP_SECONDS);
  const best = Math.max(...closedLoop.map((run) => run.perSecond));
  const keptRates = steps.filter((step) => step.kept).map((step) => step.rate);
  const top = keptRates.length === 0 ? undefined : Math.max(...keptRates);
  const allKept = steps.every((step) => step.kept);

  console.log(`\n2. Top rate on one core: the fast server in a child process, each client in this one\n`);
  console.log(
    textTable(
      ['probe planned', 'sent/s', 'finished/s', 'late sends', 'loop lag P99', 'not sent on time', 'errors', 'kept schedule', 'tries'],
      [...steps]
        .sort((a, b) => a.rate - b.rate)
        .map(({ rate, result, kept, tries }) => [
          `${rate} req/s`,
          result.throughput.sentPerSecond.toFixed(0),
          result.throughput.achievedPerSecond.toFixed(0),
          String(result.probeBehind.late),
          ms(result.probeBehind.eventLoopLagP99Ms),
          String(result.counts.notSentOnTime),
          String(result.errors.total),
          kept ? 'yes' : 'no',
          String(tries),
        ]),
    ),
  );
  console.log('');
  console.log(
    textTable(
      ['client', 'requests per second', 'ours / autocannon'],
      [
        ...closedLoop.map(({ connections, perSecond, errors }) => [`autocannon closed-loop, ${connections} connections${errors > 0 ? ` (${errors} errors)` : ''}`, perSecond.toFixed(0), '']),
        [`the probe's transport closed-loop, ${bestConnections} connections (no schedule)`, transport.toFixed(0), ratio(transport, best)],
        [`probe, highest rate that kept its schedule${allKept ? ' (every step kept: the top is higher)' : ''}`, top === undefined ? 'none' : String(top), top === undefined ? '—' : ratio(top, best)],
      ],
    ),
  );
  const met = top !== undefined && top / best >= TOP_RATE_GOAL;
  console.log(`goal (probe ≥ ${TOP_RATE_GOAL}x autocannon's top throughput): ${met ? 'met' : 'missed'}`);
}

/** Part 3: the CPU time each client spends per 1,000 requests at the same fixed rate. */
async function cpuPerThousand(url: string): Promise<void> {
  progress(`cpu: the probe at ${CPU_RATE} req/s for ${CPU_SECONDS} s`);
  let before = process.cpuUsage();
  const probe = await runOpenModel({ url, timeoutMs: TIMEOUT_MS }, { ratePerSecond: CPU_RATE, durationSeconds: CPU_SECONDS }, { concurrency: PROBE_CONCURRENCY });
  const probeCpu = process.cpuUsage(before);
  progress(`cpu: autocannon at overallRate ${CPU_RATE} with ${RATED_CONNECTIONS} connections for ${CPU_SECONDS} s`);
  before = process.cpuUsage();
  const { result: cannon } = await runAutocannon({ url, connections: RATED_CONNECTIONS, overallRate: CPU_RATE, duration: CPU_SECONDS });
  const cannonCpu = process.cpuUsage(before);
  progress(`cpu: the probe's transport in a closed loop with ${TRANSPORT_CPU_CONNECTIONS} connections for ${CPU_SECONDS} s`);
  before = process.cpuUsage();
  const transport = await transportClosedLoop(url, TRANSPORT_CPU_CONNECTIONS, CPU_SECONDS);
  const transportCpu = process.cpuUsage(before);

  const perThousand = (cpu: NodeJS.CpuUsage, requests: number) => (requests === 0 ? undefined : (cpu.user + cpu.system) / 1000 / (requests / 1000));
  const probeFigure = perThousand(probeCpu, probe.counts.sent);
  const cannonFigure = perThousand(cannonCpu, cannon.requests.sent);
  const transportFigure = perThousand(transportCpu, transport.answered);
  const row = (name: string, sent: number, perSecond: number, cpu: NodeJS.CpuUsage, figure: number | undefined, against: number | undefined) => [
    name,
    String(sent),
    perSecond.toFixed(0),
    ms((cpu.user + cpu.system) / 1000),
    figure === undefined ? '—' : ms(figure),
    figure === undefined || against === undefined ? '' : ratio(figure, against),
  ];
  console.log(`\n3. Client CPU per 1,000 requests at ${CPU_RATE} req/s for ${CPU_SECONDS} s (process.cpuUsage, user + system)\n`);
  console.log(
    textTable(
      ['client', 'requests sent', 'sent/s', 'CPU', 'CPU per 1,000 requests', 'ours / autocannon'],
      [
        row('probe', probe.counts.sent, probe.throughput.sentPerSecond, probeCpu, probeFigure, cannonFigure),
        row(`autocannon, overallRate ${CPU_RATE}`, cannon.requests.sent, cannon.requests.sent / cannon.duration, cannonCpu, cannonFigure, undefined),
        row(`the probe's transport, closed loop, ${TRANSPORT_CPU_CONNECTIONS} connections, as fast as it goes (no schedule)`, transport.answered, transport.perSecond, transportCpu, transportFigure, cannonFigure),
      ],
    ),
  );
  // Not the same pacing: autocannon's rate lets each connection send its share of a second back to back when the second starts.
  console.log(`\nthe probe spaces its sends ${(1000 / CPU_RATE).toFixed(1)} ms apart; autocannon sends each connection's ${CPU_RATE / RATED_CONNECTIONS} requests of a second in a burst at its start`);
  console.log(`the probe's CPU includes waiting out the last ${TIMER_EARLY_MS} ms before each due time turn by turn of its event loop, which at ${CPU_RATE} req/s is all the time; the closed loop shows what the transport itself costs`);
}

await accuracy();
await withChildServer('fast', async (server) => {
  await topRate(server.url);
  await cpuPerThousand(server.url);
});
