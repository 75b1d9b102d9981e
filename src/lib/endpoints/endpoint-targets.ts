import type { LatencyPercentiles } from './endpoint-measurement.ts';

/** The latency targets an endpoint is judged on, with the percentile each reads and that percentile in thousandths (for the sample-size rule). */
export const LATENCY_TARGETS = [
  { id: 'api-p50', percentile: 'p50', perMille: 500 },
  { id: 'api-p95', percentile: 'p95', perMille: 950 },
  { id: 'api-p99', percentile: 'p99', perMille: 990 },
  { id: 'api-p999', percentile: 'p999', perMille: 999 },
] as const satisfies ReadonlyArray<{ id: string; percentile: keyof LatencyPercentiles; perMille: number }>;

/** The id of the error-rate target (targets.yaml: below 1 % of the measured requests, as the audit method's load-test script judges a run). */
export const API_ERROR_RATE_ID = 'api-error-rate';

/** Every target an endpoint is judged on, latency first. */
export const ENDPOINT_METRIC_IDS: readonly string[] = [...LATENCY_TARGETS.map((entry) => entry.id), API_ERROR_RATE_ID];
