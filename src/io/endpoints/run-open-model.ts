import { performance } from 'node:perf_hooks';
import { prepareRequest, type EndpointRequest, type PreparedRequest } from './endpoint-request.ts';
import { EventLoopLagMonitor } from './event-loop-lag.ts';
import { dueOffsetMs, isWarmup, resolvePlan, totalCount, type OpenModelPlan, type ResolvedPlan } from '../../lib/endpoints/open-model-plan.ts';
import type { OpenModelProgress, OpenModelResult } from './open-model-result.ts';
import { OpenModelTally } from './open-model-tally.ts';
import { keepAlivePool, type ConnectionPool, type RequestOutcome } from './send-request.ts';

/** How a run holds its schedule and reports on it. */
export interface OpenModelOptions {
  /** Most requests in flight at once (and connections open); a request due while it is reached waits for a slot. */
  concurrency: number;
  /** A send later than this after its due time, for the probe's own reasons, counts as late; default 5 ms. */
  skewAllowedMs?: number;
  /** The share of late sends above which the probe is said to be behind; default 0.01, so P99 cannot be made of its lateness alone. */
  lateFractionAllowed?: number;
  /** Called about every progressIntervalMs while the run lasts. */
  onProgress?: (progress: OpenModelProgress) => void;
  /** Milliseconds between two progress calls; default 1000. */
  progressIntervalMs?: number;
  /** Stops the run at once: in-flight requests are destroyed and the partial result comes back as "aborted". */
  signal?: AbortSignal;
  /** Event-loop delay at P99 above which the probe is said to be behind; default 20 ms. */
  lagAllowedMs?: number;
}

/** Default skew beyond which a send is late: wrk2 corrects below it, and timers on a loaded machine wander by a few milliseconds. */
const DEFAULT_SKEW_ALLOWED_MS = 5;
/** Default share of late sends that makes the figures the probe's: above 1 %, P99 could be the probe's own lateness. */
const DEFAULT_LATE_FRACTION = 0.01;
const DEFAULT_PROGRESS_INTERVAL_MS = 1000;
/**
 * Default event-loop delay (P99, over the measured window) above which the figures may be the
 * probe's: a delayed turn stamps an answer late even when every send left on time. Sends are
 * judged by their own skew (above); the loop gets more room, since a loaded CI runner pauses a
 * few milliseconds now and then (garbage collection, a neighbour) without moving a percentile
 * that is judged in tens of milliseconds. Past 20 ms at P99, it could.
 */
const DEFAULT_LAG_ALLOWED_MS = 20;
/**
 * How long before a due time the timer is set to fire. Node's timers count whole milliseconds from
 * the loop's cached clock, so one fires up to about 1 ms early or late; the last stretch is waited
 * out turn by turn of the event loop (setImmediate), so a send leaves within a small fraction of a
 * millisecond of its due time, and answers are still read at every turn. The turns never sleep:
 * on a virtual machine a thread that sleeps (Atomics.wait, a short timer) was seen to wake 1–2 ms
 * late, which is the error this wait removes; the price is a busy core for those 1.5 ms.
 */
export const TIMER_EARLY_MS = 1.5;
/** No timer shorter than this: Node runs a sub-millisecond one as 1 ms, and one of 1 ms was seen to fire up to 2 ms late, past the due time. */
const SHORTEST_TIMER_MS = 2;

/** A flight's abort until its send returns the real one. */
const NOTHING_TO_ABORT = (): void => {};

/** One request of the plan once it is sent. */
interface Flight {
  index: number;
  dueAt: number;
  sentAt: number;
  /** Closes its connection; the request then ends as aborted. */
  abort: () => void;
}

/**
 * Sends the request on the plan's fixed schedule whatever the server does (an open model), and
 * measures each answer from its due time and from its actual send.
 */
export async function runOpenModel(request: EndpointRequest, plan: OpenModelPlan, options: OpenModelOptions): Promise<OpenModelResult> {
  const prepared = prepareRequest(request);
  const resolved = resolvePlan(plan);
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new RangeError(`the concurrency ceiling must be a whole number of requests of at least 1 (found ${options.concurrency})`);
  const pool = keepAlivePool(prepared, options.concurrency);
  try {
    return await new Run(prepared, resolved, options, pool).done;
  } finally {
    pool.destroy();
  }
}

/** The clock and the client of one run; the schedule itself comes from the plan. */
class Run {
  readonly done: Promise<OpenModelResult>;
  readonly #prepared: PreparedRequest;
  readonly #plan: ResolvedPlan;
  readonly #options: OpenModelOptions;
  readonly #pool: ConnectionPool;
  readonly #skewAllowedMs: number;
  readonly #tally: OpenModelTally;
  readonly #lag = new EventLoopLagMonitor();
  readonly #inFlight = new Set<Flight>();
  /** Indexes due while the ceiling was reached, oldest first; #backlogHead is the next to send. */
  readonly #backlog: number[] = [];
  #backlogHead = 0;
  #next = 0;
  #startAt = 0;
  #windowStartedAt: string | null = null;
  #lastMeasuredSendAt: number | undefined;
  #timer: NodeJS.Timeout | undefined;
  #immediate: NodeJS.Immediate | undefined;
  #dueIndex = -1;
  #due = 0;
  #progressTimer: NodeJS.Timeout | undefined;
  #stopped = false;
  #resolve: (result: OpenModelResult) => void = () => {};
  // Counts of the measured window and of the warm-up.
  #measuredSent = 0;
  #notSentOnTime = 0;
  #late = 0;
  #maxSkewMs = 0;
  #warmupSent = 0;
  #warmupErrors = 0;
  #progressSent = 0;

  constructor(prepared: PreparedRequest, plan: ResolvedPlan, options: OpenModelOptions, pool: ConnectionPool) {
    this.#prepared = prepared;
    this.#plan = plan;
    this.#options = options;
    this.#pool = pool;
    this.#skewAllowedMs = options.skewAllowedMs ?? DEFAULT_SKEW_ALLOWED_MS;
    // A due-time latency is at most the whole schedule plus one timeout; a service time at most one timeout.
    this.#tally = new OpenModelTally(plan.warmupMs + plan.durationMs + prepared.timeoutMs * 2, prepared.timeoutMs * 2);
    this.done = new Promise((resolve) => (this.#resolve = resolve));
    const { signal } = options;
    if (signal?.aborted) {
      this.#finish('aborted');
      return;
    }
    signal?.addEventListener('abort', this.#onAbort, { once: true });
    this.#startAt = performance.now();
    if (plan.warmupCount === 0) this.#openWindow();
    this.#startProgress();
    this.#tick();
  }

  readonly #onAbort = () => this.#finish('aborted');

  /** Sends every request that is due, then waits until the next one is. */
  #tick = () => {
    this.#timer = undefined;
    this.#immediate = undefined;
    if (this.#stopped) return;
    const total = totalCount(this.#plan);
    while (this.#next < total) {
      const dueAt = this.#dueAt(this.#next);
      const now = performance.now();
      if (dueAt > now) break;
      const index = this.#takeNext();
      if (this.#inFlight.size < this.#options.concurrency) this.#send(index, now, true);
      else this.#hold(index);
    }
    if (this.#next < total) this.#waitUntil(this.#dueAt(this.#next));
    else this.#finishIfDone();
  };

  /** The next request of the plan, taken off the schedule (the measured window opens with its first). */
  #takeNext(): number {
    const index = this.#next++;
    if (index === this.#plan.warmupCount) this.#openWindow();
    return index;
  }

  /** Puts request i behind those waiting for a slot. */
  #hold(index: number): void {
    this.#backlog.push(index);
    if (!isWarmup(this.#plan, index)) this.#notSentOnTime += 1;
  }

  /**
   * Calls #tick at dueAt: a timer for all but the last TIMER_EARLY_MS (or a little more, when the
   * timer fired early), then a tick at each turn of the loop. The turns keep the loop running, so
   * the lag monitor and the skew of each send still say how late the probe really was. While every
   * slot is taken, a plain timer.
   */
  #waitUntil(dueAt: number): void {
    const left = dueAt - performance.now();
    if (this.#inFlight.size >= this.#options.concurrency) {
      // Every slot is taken: whatever falls due waits for one, so a plain timer is precise enough,
      // and the core is left to the answers; a freed slot first holds what fell due (#ended).
      this.#timer = setTimeout(this.#tick, Math.max(0, left));
      return;
    }
    if (left >= TIMER_EARLY_MS + SHORTEST_TIMER_MS) {
      this.#timer = setTimeout(this.#tick, left - TIMER_EARLY_MS);
      return;
    }
    this.#immediate = setImmediate(this.#tick);
  }

  /** Monotonic time at which request i is due; the last one asked is kept, as each turn of a wait asks it again. */
  #dueAt(index: number): number {
    if (index !== this.#dueIndex) {
      this.#dueIndex = index;
      this.#due = this.#startAt + dueOffsetMs(this.#plan, index);
    }
    return this.#due;
  }

  /** Marks the opening of the measured window. */
  #openWindow(): void {
    if (this.#windowStartedAt !== null) return;
    this.#windowStartedAt = new Date().toISOString();
    this.#lag.reset();
  }

  /** Sends request i now; onSchedule is false for a request that waited for a slot. */
  #send(index: number, now: number, onSchedule: boolean): void {
    const dueAt = this.#dueAt(index);
    const measured = !isWarmup(this.#plan, index);
    if (measured) {
      this.#measuredSent += 1;
      this.#lastMeasuredSendAt = now;
      if (onSchedule) {
        const skew = now - dueAt;
        this.#maxSkewMs = Math.max(this.#maxSkewMs, skew);
        if (skew > this.#skewAllowedMs) this.#late += 1;
      }
    } else {
      this.#warmupSent += 1;
    }
    this.#progressSent += 1;
    const flight: Flight = { index, dueAt, sentAt: now, abort: NOTHING_TO_ABORT };
    this.#inFlight.add(flight);
    flight.abort = this.#pool.send((outcome) => this.#ended(flight, outcome));
  }

  /** Counts a request that ended and gives its slot to the oldest one waiting, or back to the schedule. */
  #ended(flight: Flight, outcome: RequestOutcome): void {
    if (this.#stopped) return;
    const wasFull = this.#inFlight.size >= this.#options.concurrency;
    this.#inFlight.delete(flight);
    if (!isWarmup(this.#plan, flight.index)) this.#tally.record(outcome, flight.dueAt, flight.sentAt, this.#prepared.isExpected);
    else if (outcome.kind !== 'answer' || !this.#prepared.isExpected(outcome.status)) this.#warmupErrors += 1;
    const total = totalCount(this.#plan);
    const now = performance.now();
    // While every slot was taken the schedule slept on a plain timer: what fell due since waited for this slot.
    if (wasFull) while (this.#next < total && this.#dueAt(this.#next) <= now) this.#hold(this.#takeNext());
    if (this.#backlogHead < this.#backlog.length) {
      this.#send(this.#backlog[this.#backlogHead++] as number, now, false);
    } else if (wasFull && this.#next < total) {
      // A slot is free and nothing waits: back to the schedule's own clock.
      clearTimeout(this.#timer);
      clearImmediate(this.#immediate);
      this.#waitUntil(this.#dueAt(this.#next));
    }
    if (this.#next >= total) this.#finishIfDone();
  }

  /** Calls the progress callback every interval. */
  #startProgress(): void {
    const { onProgress } = this.#options;
    if (onProgress === undefined) return;
    const intervalMs = this.#options.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS;
    let sentBefore = 0;
    let before = this.#startAt;
    this.#progressTimer = setInterval(() => {
      const now = performance.now();
      const total = totalCount(this.#plan);
      onProgress({
        elapsedMs: now - this.#startAt,
        phase: this.#next < this.#plan.warmupCount ? 'warmup' : this.#next < total ? 'measure' : 'drain',
        sent: this.#progressSent,
        currentRatePerSecond: ((this.#progressSent - sentBefore) * 1000) / (now - before),
        errors: this.#tally.errors.total,
        inFlight: this.#inFlight.size,
      });
      sentBefore = this.#progressSent;
      before = now;
    }, intervalMs);
  }

  /** Ends the run once every request is sent and has ended. */
  #finishIfDone(): void {
    if (this.#next >= totalCount(this.#plan) && this.#inFlight.size === 0 && this.#backlogHead >= this.#backlog.length) this.#finish('completed');
  }

  /** Stops everything now and hands back the result. */
  #finish(outcome: OpenModelResult['outcome']): void {
    if (this.#stopped) return;
    this.#stopped = true;
    clearTimeout(this.#timer);
    clearImmediate(this.#immediate);
    clearInterval(this.#progressTimer);
    this.#options.signal?.removeEventListener('abort', this.#onAbort);
    for (const flight of this.#inFlight) {
      flight.abort();
      if (!isWarmup(this.#plan, flight.index)) this.#tally.abortedInFlight += 1;
    }
    this.#inFlight.clear();
    this.#resolve(this.#result(outcome, this.#lag.stop()));
  }

  /** The figures of the measured window as plain data. */
  #result(outcome: OpenModelResult['outcome'], lag: { p99Ms: number; maxMs: number }): OpenModelResult {
    const plan = this.#plan;
    const tally = this.#tally;
    const windowOpensAt = this.#startAt + plan.warmupMs;
    const elapsedMs = tally.lastEndedAt === undefined ? 0 : tally.lastEndedAt - windowOpensAt;
    const sendSpanMs = this.#lastMeasuredSendAt === undefined ? 0 : this.#lastMeasuredSendAt - windowOpensAt + plan.intervalMs;
    const perSecond = (count: number, spanMs: number) => (spanMs > 0 ? round3((count * 1000) / spanMs) : 0);
    const lateFraction = this.#measuredSent === 0 ? 0 : this.#late / this.#measuredSent;
    return {
      outcome,
      url: this.#prepared.url.href,
      method: this.#prepared.method,
      throughput: {
        plannedPerSecond: plan.ratePerSecond,
        sentPerSecond: perSecond(this.#measuredSent, sendSpanMs),
        achievedPerSecond: perSecond(tally.completed, elapsedMs),
      },
      counts: {
        planned: plan.measuredCount,
        sent: this.#measuredSent,
        completed: tally.completed,
        ok: tally.ok,
        notSentOnTime: this.#notSentOnTime,
        abortedInFlight: tally.abortedInFlight,
      },
      errors: structuredClone(tally.errors),
      errorRate: tally.completed === 0 ? null : tally.errors.total / tally.completed,
      latencyMs: tally.latency.percentiles() ?? null,
      serviceTimeMs: tally.serviceTime.percentiles() ?? null,
      warmup: { planned: plan.warmupCount, sent: this.#warmupSent, errors: this.#warmupErrors },
      window: { startedAt: this.#windowStartedAt, warmupMs: plan.warmupMs, durationMs: plan.durationMs, elapsedMs: round3(Math.max(0, elapsedMs)) },
      concurrencyCeiling: this.#options.concurrency,
      probeBehind: {
        behind: lateFraction > (this.#options.lateFractionAllowed ?? DEFAULT_LATE_FRACTION) || lag.p99Ms > (this.#options.lagAllowedMs ?? DEFAULT_LAG_ALLOWED_MS),
        late: this.#late,
        skewAllowedMs: this.#skewAllowedMs,
        maxSkewMs: round3(this.#maxSkewMs),
        eventLoopLagP99Ms: lag.p99Ms,
        eventLoopLagMaxMs: lag.maxMs,
      },
    };
  }
}

/** Rounds to the microsecond so a figure prints plainly. */
function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
