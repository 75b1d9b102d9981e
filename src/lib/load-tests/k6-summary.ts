import type { z } from 'zod';
import { ContentError, describeIssue } from '../friendly-errors.ts';
import { redactUrlsIn } from '../http-url.ts';
import { k6HandleSummarySchema } from './k6-handle-summary-schema.ts';
import { k6MachineReadableSchema } from './k6-machine-readable-schema.ts';
import { k6MetricValuesSchema, k6RateValuesSchema } from './k6-metric-values.ts';
import { k6SummaryExportSchema } from './k6-summary-export-schema.ts';

/** The three files k6 writes at the end of a test. */
export type K6SummaryShape = 'handle-summary' | 'summary-export' | 'machine-readable';

/** One threshold of the script, whichever way the file wrote its outcome. */
export interface K6Threshold {
  /** The metric or sub-metric it bounds, as k6 names it: `http_req_duration`, `http_req_duration{expected_response:true}`. */
  metric: string;
  /** The expression as the script wrote it: `p(95)<200`. */
  expression: string;
  /** True when the threshold was met, in every shape (--summary-export writes the opposite). */
  passed: boolean;
}

/** The request durations (`http_req_duration`), in milliseconds; a statistic the file does not hold is absent. */
export interface K6Latency {
  /** The median, `med`. */
  p50?: number;
  p90?: number;
  p95?: number;
  /** Only when the run asked for it (`--summary-trend-stats`); never in the machine-readable summary. */
  p99?: number;
  max?: number;
}

/**
 * A k6 load test's figures, the same whichever shape they were read from. A figure the file does
 * not hold is absent, never zero. There is no peak throughput: every k6 summary gives only the
 * average over the run (`http_reqs` rate); a peak needs k6's time series (`--out json`).
 */
export interface K6Result {
  shape: K6SummaryShape;
  /** The run's duration; --summary-export drops it. */
  durationSeconds?: number;
  latencyMs?: K6Latency;
  /** `http_req_failed` as a percentage: 0.42 for 0.42 %. */
  errorRatePercent?: number;
  /** Requests counted by `http_req_failed` as failed. */
  failedRequests?: number;
  /** `http_reqs`. */
  requests?: number;
  /** Requests per second over the whole run: `http_reqs` rate, or its count over the duration where the file gives no rate (k6's own formula). */
  averageRps?: number;
  iterations?: number;
  /** The most virtual users active at once: the `vus` gauge's maximum. */
  vusMax?: number;
  /** The virtual users k6 allocated: the `vus_max` gauge's maximum. */
  vusAllocated?: number;
  /** Every threshold, sorted by metric then expression; absent when the shape holds none (the machine-readable summary). */
  thresholds?: K6Threshold[];
}

/** How each shape is named to a reader. */
const SHAPE_NAME: Record<K6SummaryShape, string> = {
  'handle-summary': 'the handleSummary() data',
  'summary-export': 'a --summary-export file',
  'machine-readable': 'the machine-readable summary (--new-machine-readable-summary)',
};

const EXPECTED_SHAPES =
  'the handleSummary() data (`metrics` keyed by name, each with `type` and `values`, beside `state`), ' +
  'a --summary-export file (`metrics` keyed by name, the values flat on each) ' +
  'or the machine-readable summary (`version`, `config` and `results.metrics` as a list)';

/** Significant digits kept in a figure: enough for any measurement, few enough to drop float noise (0.41886772317379006 → 0.418867723174). */
const SIGNIFICANT_DIGITS = 12;

/** Where a metric's values sit in the file, so that a problem names the field. */
interface MetricAt {
  values: unknown;
  path: PropertyKey[];
}

/** A parsed file seen the same way whatever its shape. */
interface ShapeView {
  shape: K6SummaryShape;
  durationSeconds?: number;
  metrics: Map<string, MetricAt>;
  /** Where the metrics sit, to name it when there are none. */
  metricsField: string;
  thresholds?: K6Threshold[];
}

/** True for a JSON object (not a list, not null). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which of the three shapes the data has, from the fields that tell them apart; undefined when it is none of them. */
export function detectK6SummaryShape(data: unknown): K6SummaryShape | undefined {
  if (!isObject(data)) return undefined;
  if (isObject(data.results)) return 'machine-readable';
  if (!isObject(data.metrics)) return undefined;
  const metrics = Object.values(data.metrics);
  // Only handleSummary() nests a metric's statistics under `values` beside its `type`.
  if (metrics.some((metric) => isObject(metric) && ('values' in metric || 'type' in metric))) return 'handle-summary';
  if (metrics.length === 0 && isObject(data.state)) return 'handle-summary';
  return 'summary-export';
}

/** Sorts thresholds by metric, then expression: k6 writes them in no fixed order. */
function sortThresholds(thresholds: K6Threshold[]): K6Threshold[] {
  return thresholds.sort((a, b) => a.metric.localeCompare(b.metric) || a.expression.localeCompare(b.expression));
}

/** Validates `data` against one shape's schema, or throws a ContentError naming every bad field. */
function parseShape<S extends z.ZodType>(schema: S, data: unknown, file: string, shape: K6SummaryShape): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => problemText(file, shape, describeIssue(issue, data)));
  throw contentError(problems);
}

/** One problem as a sentence: the file, the shape it was read as, the field. */
function problemText(file: string, shape: K6SummaryShape, text: string): string {
  return `${file} (read as ${SHAPE_NAME[shape]}): ${text}.`;
}

/** The error for bad input: every problem, then what to do. */
function contentError(problems: string[]): ContentError {
  return new ContentError(`${problems.join('\n')}\nFix the file, or save the summary from k6 again, and run the command again.`, problems);
}

/** The handleSummary() data seen as metrics, duration and thresholds (`ok` means met). */
function viewHandleSummary(data: unknown, file: string): ShapeView {
  const summary = parseShape(k6HandleSummarySchema, data, file, 'handle-summary');
  const metrics = new Map<string, MetricAt>();
  const thresholds: K6Threshold[] = [];
  for (const [name, metric] of Object.entries(summary.metrics)) {
    metrics.set(name, { values: metric.values, path: ['metrics', name, 'values'] });
    for (const [expression, outcome] of Object.entries(metric.thresholds ?? {})) thresholds.push({ metric: name, expression, passed: outcome.ok });
  }
  const durationMs = summary.state?.testRunDurationMs;
  return {
    shape: 'handle-summary',
    ...(durationMs === undefined ? {} : { durationSeconds: durationMs / 1000 }),
    metrics,
    metricsField: 'metrics',
    thresholds: sortThresholds(thresholds),
  };
}

/** A --summary-export file seen as metrics and thresholds, its `true` (failed) turned into `passed: false`. */
function viewSummaryExport(data: unknown, file: string): ShapeView {
  const summary = parseShape(k6SummaryExportSchema, data, file, 'summary-export');
  const metrics = new Map<string, MetricAt>();
  const thresholds: K6Threshold[] = [];
  for (const [name, metric] of Object.entries(summary.metrics)) {
    metrics.set(name, { values: metric, path: ['metrics', name] });
    for (const [expression, failed] of Object.entries(metric.thresholds ?? {})) thresholds.push({ metric: name, expression, passed: !failed });
  }
  return { shape: 'summary-export', metrics, metricsField: 'metrics', thresholds: sortThresholds(thresholds) };
}

/** The machine-readable summary seen as metrics and duration; it has no thresholds. */
function viewMachineReadable(data: unknown, file: string): ShapeView {
  const summary = parseShape(k6MachineReadableSchema, data, file, 'machine-readable');
  const metrics = new Map<string, MetricAt>();
  summary.results.metrics.forEach((metric, index) => {
    metrics.set(metric.name, { values: metric.values, path: ['results', 'metrics', index, 'values'] });
  });
  return { shape: 'machine-readable', durationSeconds: summary.config.duration, metrics, metricsField: 'results.metrics' };
}

/** A figure without float noise. */
function round(value: number): number {
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

/** The object with its absent fields left out, and every figure rounded. */
function present<T extends object>(fields: T): T {
  const kept = Object.entries(fields).filter(([, value]) => value !== undefined);
  return Object.fromEntries(kept.map(([key, value]) => [key, typeof value === 'number' ? round(value) : value])) as T;
}

/**
 * Reads a k6 summary already parsed from JSON, in any of its three shapes, into one result.
 * Throws a ContentError that names the file, the shape and every bad field, or, for data that is
 * none of the shapes, says what was found and which shapes are read.
 */
export function normaliseK6Summary(data: unknown, file: string): K6Result {
  const shape = detectK6SummaryShape(data);
  if (shape === undefined) throw contentError([`${file}: found ${describeFound(data)}, which is none of the k6 summaries read here: expected ${EXPECTED_SHAPES}.`]);
  const view = shape === 'handle-summary' ? viewHandleSummary(data, file) : shape === 'summary-export' ? viewSummaryExport(data, file) : viewMachineReadable(data, file);
  if (view.metrics.size === 0) {
    throw contentError([problemText(file, shape, `field \`${view.metricsField}\` holds no metric: expected the metrics of a finished run, in which k6 always counts \`iterations\``)]);
  }

  const problems: string[] = [];
  /** The values of one metric checked against its schema; undefined when the file has no such metric or its values are bad. */
  const read = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const at = view.metrics.get(name);
    if (at === undefined) return undefined;
    const result = schema.safeParse(at.values);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(problemText(file, shape, describeIssue({ ...issue, path: [...at.path, ...issue.path] }, data)));
    return undefined;
  };

  const duration = read('http_req_duration', k6MetricValuesSchema);
  const failed = read('http_req_failed', k6RateValuesSchema);
  const requests = read('http_reqs', k6MetricValuesSchema);
  const iterations = read('iterations', k6MetricValuesSchema);
  const vus = read('vus', k6MetricValuesSchema);
  const vusMax = read('vus_max', k6MetricValuesSchema);
  if (problems.length > 0) throw contentError(problems);

  const latency = duration && present<K6Latency>({ p50: duration.med ?? duration['p(50)'], p90: duration['p(90)'] ?? duration.p90, p95: duration['p(95)'] ?? duration.p95, p99: duration['p(99)'] ?? duration.p99, max: duration.max });
  const errorShare = failed?.rate ?? failed?.value;
  const seconds = view.durationSeconds;
  const averageRps = requests?.rate ?? (requests?.count !== undefined && seconds !== undefined && seconds > 0 ? requests.count / seconds : undefined);
  return present<K6Result>({
    shape,
    durationSeconds: seconds,
    latencyMs: latency && Object.keys(latency).length > 0 ? latency : undefined,
    errorRatePercent: errorShare === undefined ? undefined : errorShare * 100,
    failedRequests: failed?.passes ?? failed?.matches,
    requests: requests?.count,
    averageRps,
    iterations: iterations?.count,
    vusMax: vus?.max,
    vusAllocated: vusMax?.max ?? vusMax?.value,
    thresholds: view.thresholds,
  });
}

/** Reads the text of a k6 summary file: JSON in one of the three shapes (a leading byte-order mark is allowed). */
export function readK6Summary(text: string, file: string): K6Result {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? redactUrlsIn(error.message) : String(error);
    throw contentError([`${file}: the file is not JSON (${reason}): expected the JSON k6 writes, ${EXPECTED_SHAPES}.`]);
  }
  return normaliseK6Summary(data, file);
}

/** Most field names quoted when saying what a file holds. */
const MAX_FIELDS_SHOWN = 6;
/** Longest field name quoted whole. */
const MAX_FIELD_NAME = 40;

/** What a value that is no k6 summary holds, in a few words: "a list of 3 items", "an object with fields `a`, `b`". */
function describeFound(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return `a list of ${data.length} item${data.length === 1 ? '' : 's'}`;
  if (!isObject(data)) return `a ${typeof data}`;
  const keys = Object.keys(data);
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, MAX_FIELDS_SHOWN).map((key) => `\`${key.length > MAX_FIELD_NAME ? `${key.slice(0, MAX_FIELD_NAME - 3)}...` : key}\``);
  const more = keys.length > MAX_FIELDS_SHOWN ? ` and ${keys.length - MAX_FIELDS_SHOWN} more` : '';
  const metrics = 'metrics' in data ? ` whose \`metrics\` is ${Array.isArray(data.metrics) ? 'a list' : data.metrics === null ? 'null' : `a ${typeof data.metrics}`}` : '';
  return `an object with field${keys.length === 1 ? '' : 's'} ${shown.join(', ')}${more}${metrics}`;
}
