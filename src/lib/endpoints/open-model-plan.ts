import { dueWithin, plannedRequest } from './load-plan.ts';

/**
 * The schedule of an open-model load run as the client takes it (a rate, a window, a warm-up),
 * counted and timed by load-plan.ts: as in wrk2 (`src/wrk.c`), request n of the measured window
 * is due at start + warm-up + n / rate, whatever the server does; warm-up requests come before it
 * on the same cadence, are sent, and are left out of the figures.
 */

/** What a run is asked to do. */
export interface OpenModelPlan {
  /** Requests per second, warm-up and measured window alike. */
  ratePerSecond: number;
  /** Length of the measured window, in seconds. */
  durationSeconds: number;
  /** Seconds of requests sent before the measured window and left out of its figures; default 0. */
  warmupSeconds?: number;
}

/** The plan with its counts worked out. */
export interface ResolvedPlan {
  ratePerSecond: number;
  /** Milliseconds between two due times. */
  intervalMs: number;
  warmupMs: number;
  durationMs: number;
  /** Requests due in the warm-up: those whose due time falls before the window opens. */
  warmupCount: number;
  /** Requests due in the measured window [warm-up, warm-up + duration). */
  measuredCount: number;
}

/** Why a plan cannot be run, in a sentence; or undefined when it can. */
export function planProblem(plan: OpenModelPlan): string | undefined {
  const { ratePerSecond, durationSeconds, warmupSeconds = 0 } = plan;
  if (!Number.isFinite(ratePerSecond) || ratePerSecond <= 0) return `the rate must be a positive number of requests per second (found ${ratePerSecond})`;
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return `the duration must be a positive number of seconds (found ${durationSeconds})`;
  if (!Number.isFinite(warmupSeconds) || warmupSeconds < 0) return `the warm-up must be zero or a positive number of seconds (found ${warmupSeconds})`;
  if (dueWithin(durationSeconds, ratePerSecond) < 1) return `a window of ${durationSeconds} s at ${ratePerSecond} req/s holds no request; lengthen it or raise the rate`;
  return undefined;
}

/** Works out the counts of a plan; throws with a readable sentence when the plan cannot run. */
export function resolvePlan(plan: OpenModelPlan): ResolvedPlan {
  const problem = planProblem(plan);
  if (problem !== undefined) throw new RangeError(problem);
  const { ratePerSecond, durationSeconds, warmupSeconds = 0 } = plan;
  return {
    ratePerSecond,
    intervalMs: 1000 / ratePerSecond,
    warmupMs: warmupSeconds * 1000,
    durationMs: durationSeconds * 1000,
    warmupCount: dueWithin(warmupSeconds, ratePerSecond),
    measuredCount: dueWithin(durationSeconds, ratePerSecond),
  };
}

/** How many requests the plan sends in all, warm-up included. */
export function totalCount(plan: ResolvedPlan): number {
  return plan.warmupCount + plan.measuredCount;
}

/** Whether request i (counted from the first warm-up request) belongs to the warm-up. */
export function isWarmup(plan: ResolvedPlan, index: number): boolean {
  return index < plan.warmupCount;
}

/** Milliseconds from the start of the run at which request i is due. */
export function dueOffsetMs(plan: ResolvedPlan, index: number): number {
  return plannedRequest({ rate: plan.ratePerSecond, warmupSeconds: plan.warmupMs / 1000, warmupRequests: plan.warmupCount, measuredRequests: plan.measuredCount }, 0, index).dueMs;
}
