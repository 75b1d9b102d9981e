import type { K6Result, K6SummaryShape } from '../../lib/load-tests/k6-summary.ts';
import type { RunFields } from './load-run-yaml.ts';

/** Each k6 shape as the run's `source` names it. */
const SHAPE_SOURCE: Record<K6SummaryShape, string> = {
  'handle-summary': 'the handleSummary() data',
  'summary-export': 'a --summary-export file',
  'machine-readable': 'the machine-readable summary',
};

/**
 * Decimals an imported figure keeps: k6 prints durations and rates with two; an error rate keeps
 * four, so that a rate just under a 1 % target (0.9996 %) is not rounded onto it.
 */
const DECIMALS = { ms: 2, rps: 2, percent: 4 } as const;

/** A figure rounded to `decimals` places. */
function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The run's figures as an audit holds them, or every figure the summary lacks, each a sentence naming the k6 metric. */
export type K6LoadRun = { ok: true; run: RunFields } | { ok: false; problems: string[] };

/** What the summary says about a run, for where it came from. */
export interface K6RunOrigin {
  /** The file's name, as the run's source and note cite it. */
  name: string;
  /** The file as the person typed it, for messages. */
  file: string;
  /** The day of the import, for the note. */
  importedOn: string;
}

/**
 * The load-test run an audit records from a k6 result: its P95, error rate and throughput, which
 * is the run's average (`throughputKind: average`) since no k6 summary holds a peak, with its k6
 * thresholds when the shape keeps them. A summary without one of the three figures is refused.
 */
export function k6LoadRun(result: K6Result, scenario: string, date: string, origin: K6RunOrigin): K6LoadRun {
  const problems: string[] = [];
  const where = `${origin.file} (${SHAPE_SOURCE[result.shape]})`;
  const p95 = result.latencyMs?.p95;
  if (p95 === undefined) problems.push(`${where} holds no P95 of \`http_req_duration\`: expected the request durations of an HTTP test, with p(95) among --summary-trend-stats (k6's default has it)`);
  if (result.errorRatePercent === undefined) problems.push(`${where} holds no \`http_req_failed\` rate: expected the share of failed requests, which k6 counts for every HTTP test since k6 0.31`);
  if (result.averageRps === undefined) problems.push(`${where} holds no \`http_reqs\` rate: expected the requests per second over the run, or its count and duration`);
  if (problems.length > 0) return { ok: false, problems };
  const over = result.durationSeconds === undefined ? '' : ` over its ${rounded(result.durationSeconds, 0)} s`;
  const thresholds = result.thresholds ?? [];
  const run: RunFields = {
    scenario,
    date,
    p95Ms: rounded(p95!, DECIMALS.ms),
    errorRatePercent: rounded(result.errorRatePercent!, DECIMALS.percent),
    peakRps: rounded(result.averageRps!, DECIMALS.rps),
    throughputKind: 'average',
    source: `k6 summary ${origin.name} (${SHAPE_SOURCE[result.shape]})`,
    ...(thresholds.length > 0 ? { thresholds: thresholds.map(({ metric, expression, passed }) => ({ metric, expression, passed })) } : {}),
    note: `Imported by npm run audit -- import-k6 on ${origin.importedOn}. The throughput is the run's average${over}: a k6 summary holds no peak (k6's time series, --out json, has it).${result.shape === 'machine-readable' ? ' This summary holds no thresholds: the run is judged on the project\'s targets alone.' : ''}`,
  };
  return { ok: true, run };
}
