import type { Endpoint } from './endpoint-schema.ts';

/**
 * How much load a project file may ask for without an explicit flag. Above these the probe is a
 * load test, which the audit method runs as its own scenarios (k6, `load-scenarios.yaml`), with
 * the people who run the service watching: not something a CI job should do on every deploy.
 */
export const LOAD_CEILINGS = {
  /** Requests per second: 20 times the default, and about what one Node client on a 2-core CI runner keeps on schedule. */
  rate: 200,
  /** Seconds of load, warm-up included: ten minutes, a long step for a CI job; a soak test is a scenario of its own. */
  seconds: 600,
  /** Requests in flight: at the rate ceiling this is a full second of answers outstanding. */
  concurrency: 200,
} as const;

/** The command-line flag that lifts the ceilings. */
export const HEAVY_LOAD_FLAG = '--allow-heavy-load';

/** The seconds the load lasts: the warm-up, then the measured duration or the request count at the rate. */
function loadSeconds(load: Endpoint['load']): number {
  return load.warmupSeconds + (load.durationSeconds ?? (load.requests ?? 0) / load.rate);
}

/** Writes a figure without float noise: 33.333… as 33.3. */
const figure = (value: number) => (Math.round(value * 10) / 10).toLocaleString('en-US');

/** What in an endpoint's load goes above the ceilings, one sentence each naming the field, its value and the ceiling; empty when within them or when heavy load is allowed. */
export function loadProblems(endpoint: Pick<Endpoint, 'name' | 'load'>, options: { allowHeavy: boolean }): string[] {
  if (options.allowHeavy) return [];
  const { load } = endpoint;
  const lift = `lower it, or pass ${HEAVY_LOAD_FLAG} if this load is meant`;
  const problems: string[] = [];
  if (load.rate > LOAD_CEILINGS.rate) {
    problems.push(`Endpoint "${endpoint.name}": \`load.rate\` is ${figure(load.rate)} requests per second, above the ceiling of ${LOAD_CEILINGS.rate}: ${lift}.`);
  }
  const seconds = loadSeconds(load);
  if (seconds > LOAD_CEILINGS.seconds) {
    const field = load.durationSeconds !== undefined ? '`load.warmupSeconds` + `load.durationSeconds`' : '`load.warmupSeconds` + `load.requests` / `load.rate`';
    problems.push(`Endpoint "${endpoint.name}": ${field} is ${figure(seconds)} seconds of load, above the ceiling of ${LOAD_CEILINGS.seconds}: ${lift}.`);
  }
  if (load.concurrency > LOAD_CEILINGS.concurrency) {
    problems.push(`Endpoint "${endpoint.name}": \`load.concurrency\` is ${load.concurrency} requests in flight, above the ceiling of ${LOAD_CEILINGS.concurrency}: ${lift}.`);
  }
  return problems;
}
