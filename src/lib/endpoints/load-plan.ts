import type { Endpoint } from './endpoint-schema.ts';

/**
 * The schedule of an open-model load, decided before the first request: how many requests, and
 * when each one is due. As in wrk2 (`src/wrk.c`), request n of the measured phase is due at
 * start + warm-up + n / rate whatever the answers, and its latency is counted from that due time,
 * so a slow server cannot slow the schedule down and hide its own slowness.
 */
export interface LoadPlan {
  method: Endpoint['method'];
  /** The URL, or the path on the preview server. */
  target: string;
  /** Requests per second. */
  rate: number;
  warmupSeconds: number;
  /** Requests sent during the warm-up, not measured: those due before the warm-up ends. */
  warmupRequests: number;
  /** Requests measured after the warm-up. */
  measuredRequests: number;
  /** Seconds the measured requests take at the rate. */
  measuredSeconds: number;
  /** Seconds from the first request due to the end of the schedule: warm-up plus measured. */
  totalSeconds: number;
  /** The longest the run may last: the schedule, then the timeout of its last request. */
  maxSeconds: number;
  concurrency: number;
  timeoutSeconds: number;
}

/** Float noise below any clock's resolution, so 0.1 s × 30 req/s counts 3 requests, not 4. */
const EPSILON = 1e-9;

/** How many requests of a schedule at `rate` are due in the first `seconds`: those with n / rate < seconds. */
export function dueWithin(seconds: number, rate: number): number {
  return Math.max(0, Math.ceil(seconds * rate - EPSILON));
}

/** The planned schedule of an endpoint's load. */
export function loadPlan(endpoint: Pick<Endpoint, 'method' | 'url' | 'path' | 'load'>): LoadPlan {
  const { load } = endpoint;
  const measuredRequests = load.requests ?? dueWithin(load.durationSeconds ?? 0, load.rate);
  const measuredSeconds = load.durationSeconds ?? measuredRequests / load.rate;
  const totalSeconds = load.warmupSeconds + measuredSeconds;
  return {
    method: endpoint.method,
    target: endpoint.url ?? endpoint.path ?? '',
    rate: load.rate,
    warmupSeconds: load.warmupSeconds,
    warmupRequests: dueWithin(load.warmupSeconds, load.rate),
    measuredRequests,
    measuredSeconds,
    totalSeconds,
    maxSeconds: totalSeconds + load.timeoutSeconds,
    concurrency: load.concurrency,
    timeoutSeconds: load.timeoutSeconds,
  };
}

/** One request of the schedule: when it is due, in milliseconds on the caller's clock, and whether it is measured. */
export interface PlannedRequest {
  dueMs: number;
  warmup: boolean;
}

/** Request `index` of the whole schedule (warm-up first, from 0), due from `startMs`; a bug throws for an index outside the plan. */
export function plannedRequest(plan: Pick<LoadPlan, 'rate' | 'warmupSeconds' | 'warmupRequests' | 'measuredRequests'>, startMs: number, index: number): PlannedRequest {
  if (!Number.isInteger(index) || index < 0 || index >= plan.warmupRequests + plan.measuredRequests) {
    throw new RangeError(`request ${index} is outside the plan of ${plan.warmupRequests} warm-up and ${plan.measuredRequests} measured requests`);
  }
  if (index < plan.warmupRequests) return { dueMs: startMs + (index * 1000) / plan.rate, warmup: true };
  const n = index - plan.warmupRequests;
  return { dueMs: startMs + plan.warmupSeconds * 1000 + (n * 1000) / plan.rate, warmup: false };
}
