import { appendFileSync } from 'node:fs';
import type { RunPhases } from '../lib/run-phases.ts';

/**
 * The environment variable naming a file where verify-web-vitals appends, one JSON line each, how
 * long its phases took (for `npm run bench:verify`). Unset, nothing is timed or written and the
 * command's output is the same.
 */
export const TIMINGS_ENV = 'PERF_HANDBOOK_TIMINGS';

/** One timed step of a run. */
export type TimingEvent =
  | { kind: 'lighthouse-load'; ms: number }
  | { kind: 'chrome-start'; ms: number }
  | { kind: 'ttfb'; url: string; samples: number; ms: number }
  | { kind: 'lighthouse-run'; url: string; phases: RunPhases };

/** Appends the event to the timings file when one is asked for; a file that cannot be written is not the run's failure. */
export function recordTiming(event: TimingEvent, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[TIMINGS_ENV];
  if (file === undefined || file === '') return;
  try {
    appendFileSync(file, `${JSON.stringify(event)}\n`);
  } catch {
    // The timings are a bench's aid: measuring goes on without them.
  }
}
