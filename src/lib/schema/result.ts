import { z } from 'zod';
import { idSchema } from './localized.ts';
import { isCalendarDate } from '../shape-rules.ts';

/** Version of the result document; bump it when a field changes meaning. Version 2 adds each project's `endpoints`. */
export const RESULT_SCHEMA_VERSION = 2;

/** The versions a reader accepts: a version 1 document (pages only) still reads as it always did. */
const READABLE_VERSIONS = z.union([z.literal(1), z.literal(RESULT_SCHEMA_VERSION)], { error: `expected schemaVersion 1 or ${RESULT_SCHEMA_VERSION}; a newer version was written by a newer handbook` });

/** A point in time as our writer stamps it (`Date.toISOString()`): a real ISO 8601 date-time with its zone. */
export const resultTimeSchema = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time with its zone, such as 2026-11-23T10:00:00.000Z' });

/** Status of one judged metric. */
export const metricStatusSchema = z.enum(['pass', 'fail']);

/** One metric judged against its effective target. */
export const judgedMetricSchema = z.strictObject({
  /** The median measured value, in milliseconds. */
  value: z.number().nonnegative('expected a value of 0 or more'),
  target: z.number().positive('expected a positive target'),
  comparison: z.enum(['lt', 'lte', 'gt', 'gte']),
  status: metricStatusSchema,
  /** True when the project overrides the default target. */
  overridden: z.boolean(),
});
export type JudgedMetric = z.infer<typeof judgedMetricSchema>;

/** Lighthouse figures kept beside the judged metrics (median run). */
export const lighthouseSummarySchema = z.strictObject({
  scores: z.record(z.string(), z.number().min(0).max(100).nullable()),
  lcp: z.number().nonnegative().nullable(),
  cls: z.number().nonnegative().nullable(),
  tbt: z.number().nonnegative().nullable(),
  speedIndex: z.number().nonnegative().nullable(),
});

/** Where the median TTFB sample spent its time, in milliseconds (the phases of curl's timing). */
export const ttfbBreakdownSchema = z.strictObject({
  dns: z.number().nonnegative(),
  connect: z.number().nonnegative(),
  tls: z.number().nonnegative(),
  /** From the request sent to the first byte of the answer: the server's own time. */
  wait: z.number().nonnegative(),
  /** Redirects followed before the final answer. */
  redirects: z.number().int().nonnegative(),
});
export type TtfbBreakdown = z.infer<typeof ttfbBreakdownSchema>;

/** The last measurement of a page that could not be measured this time, kept so a failed run erases nothing. */
export const lastGoodSchema = z.strictObject({
  generatedAt: resultTimeSchema,
  metrics: z.record(idSchema, judgedMetricSchema),
});

/** The outcome for one page. */
export const pageResultSchema = z.strictObject({
  name: z.string(),
  url: z.string(),
  status: z.enum(['pass', 'fail', 'error']),
  error: z.string().optional(),
  /** Judged metrics keyed by target id (`ttfb`, `fcp`, `tti`). */
  metrics: z.record(idSchema, judgedMetricSchema),
  lighthouse: lighthouseSummarySchema.optional(),
  ttfbBreakdown: ttfbBreakdownSchema.optional(),
  /** For a page in error: its last good measurement, from an earlier run. */
  lastGood: lastGoodSchema.optional(),
  /** How many Lighthouse runs and TTFB samples were taken for this page. */
  runs: z.number().int().nonnegative(),
  ttfbSamples: z.number().int().nonnegative(),
});
export type PageResult = z.infer<typeof pageResultSchema>;

/** An endpoint metric measured on too few samples to mean anything: shown, never judged (see endpoints/sample-size.ts). */
export const insufficientMetricSchema = z.strictObject({
  value: z.number().nonnegative('expected a value of 0 or more'),
  target: z.number().positive('expected a positive target'),
  comparison: z.enum(['lt', 'lte', 'gt', 'gte']),
  overridden: z.boolean(),
  insufficient: z.literal(true),
  /** The samples the value rests on (answered requests for a percentile, sent ones for the error rate). */
  samples: z.number().int().nonnegative(),
  /** The fewest samples that would have let it be judged. */
  minimumSamples: z.number().int().positive(),
});
export type InsufficientMetric = z.infer<typeof insufficientMetricSchema>;

/** One metric of an endpoint: judged like a page's, or marked insufficient. Percentiles in milliseconds, the error rate in percent of the requests sent. */
export const endpointMetricSchema = z.union([judgedMetricSchema, insufficientMetricSchema]);
export type EndpointMetric = z.infer<typeof endpointMetricSchema>;

/** True for a metric that was judged (a page's always is; an endpoint's when it rests on enough samples). */
export function isJudged(metric: EndpointMetric): metric is JudgedMetric {
  return 'status' in metric;
}

/** Latency percentiles of an endpoint's answered requests, in milliseconds. */
export const percentilesSchema = z.strictObject({
  p50: z.number().nonnegative(),
  p95: z.number().nonnegative(),
  p99: z.number().nonnegative(),
  p999: z.number().nonnegative(),
  max: z.number().nonnegative(),
});

/** The failed measured requests of an endpoint, by kind (see endpoints/endpoint-measurement.ts). */
export const endpointErrorsSchema = z.strictObject({
  status: z.number().int().nonnegative().optional(),
  timeout: z.number().int().nonnegative().optional(),
  connection: z.number().int().nonnegative().optional(),
  other: z.number().int().nonnegative().optional(),
});

/** The outcome for one API endpoint, measured under an open model. */
export const endpointResultSchema = z.strictObject({
  name: z.string(),
  url: z.string(),
  method: z.string(),
  status: z.enum(['pass', 'fail', 'error']),
  error: z.string().optional(),
  /** Metrics keyed by target id (`api-p50`, `api-p95`, `api-p99`, `api-p999`, `api-error-rate`). */
  metrics: z.record(idSchema, endpointMetricSchema),
  /** Latency counted from each request's due time: what a caller waited, queueing included. */
  latency: percentilesSchema.optional(),
  /** Service time counted from each request's actual send; the gap to `latency` is the queue a slow server built. */
  serviceTime: percentilesSchema.optional(),
  /** Requests per second: planned, sent and answered in the measured window. */
  throughput: z.strictObject({ planned: z.number().nonnegative(), sent: z.number().nonnegative(), achieved: z.number().nonnegative() }),
  /** Measured requests: planned, sent, and answered within the timeout (whatever their status). */
  planned: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  errors: endpointErrorsSchema,
  /** Requests sent after their due time because the concurrency ceiling was reached. */
  lateSends: z.number().int().nonnegative(),
  /** True when the probe itself fell behind its schedule: then nothing was judged. */
  probeBehind: z.boolean(),
  /** Unmeasured requests sent first, and how many of them failed. */
  warmup: z.strictObject({ sent: z.number().int().nonnegative(), errors: z.number().int().nonnegative() }),
  /** For an endpoint in error: its last judged measurement, from an earlier run. */
  lastGood: z.strictObject({ generatedAt: resultTimeSchema, metrics: z.record(idSchema, endpointMetricSchema) }).optional(),
});
export type EndpointResult = z.infer<typeof endpointResultSchema>;

/** The outcome for one project. */
export const projectResultSchema = z.strictObject({
  id: z.string(),
  status: z.enum(['pass', 'fail', 'error']),
  /** The Lighthouse profile this project was measured with (projects may differ within one run). */
  profile: z.enum(['mobile', 'desktop']).optional(),
  pages: z.array(pageResultSchema),
  /** Its API endpoints (result version 2); absent when none was measured. */
  endpoints: z.array(endpointResultSchema).optional(),
});
export type ProjectResult = z.infer<typeof projectResultSchema>;

/** The result document: `--json` output and the files the site reads. */
export const resultDocumentSchema = z.strictObject({
  schemaVersion: READABLE_VERSIONS,
  generatedAt: resultTimeSchema,
  tools: z.strictObject({
    lighthouse: z.string(),
    chrome: z.string(),
    node: z.string(),
  }),
  /** The profile of the run: `--profile` when given, else the one every project shares (each project carries its own). */
  profile: z.enum(['mobile', 'desktop']),
  /** Lighthouse runs per page; the median run is judged. */
  runs: z.number().int().positive(),
  ttfbSamples: z.number().int().positive(),
  status: z.enum(['pass', 'fail', 'error']),
  projects: z.array(projectResultSchema),
});
export type ResultDocument = z.infer<typeof resultDocumentSchema>;

/** One page or endpoint in a run line of the history: its outcome and judged values, without the detail. */
const historyTargetSchema = z.strictObject({
  name: z.string(),
  url: z.string(),
  status: z.enum(['pass', 'fail', 'error']),
  error: z.string().optional(),
  // As in a judged metric: a measured value is never negative, a target always positive (zod numbers are finite).
  metrics: z.record(idSchema, z.strictObject({ value: z.number().nonnegative('expected a value of 0 or more'), target: z.number().positive('expected a positive target'), status: metricStatusSchema })),
});
export type HistoryTarget = z.infer<typeof historyTargetSchema>;

/** One line of a project's append-only history. */
export const historyEntrySchema = z.strictObject({
  generatedAt: resultTimeSchema,
  profile: z.enum(['mobile', 'desktop']),
  pages: z.array(historyTargetSchema),
  /** Its endpoints' judged metrics (an insufficient one is left out: it was not judged); absent when none was measured. */
  endpoints: z.array(historyTargetSchema).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The version a rolled-up day line states; run lines, the first version, state none. */
export const HISTORY_DAY_VERSION = 2;

/** One metric of one page over a day: how many runs measured it, their median, extremes and misses. */
export const dayMetricSchema = z
  .strictObject({
    count: z.number().int().positive('expected at least one run'),
    median: z.number().nonnegative('expected a value of 0 or more'),
    min: z.number().nonnegative('expected a value of 0 or more'),
    max: z.number().nonnegative('expected a value of 0 or more'),
    /** How many of the day's runs missed the target: one is enough to mark the day. */
    misses: z.number().int().nonnegative(),
    /** The target of the day's last run. */
    target: z.number().positive('expected a positive target'),
  })
  .refine((metric) => metric.min <= metric.median && metric.median <= metric.max, { message: 'expected min ≤ median ≤ max', path: ['median'] })
  .refine((metric) => metric.misses <= metric.count, { message: 'expected no more misses than runs', path: ['misses'] });
export type DayMetric = z.infer<typeof dayMetricSchema>;

/** One page or endpoint over a day: the runs that measured it, how many ended in an error, and each metric's figures. */
const dayTargetSchema = z.strictObject({
  name: z.string(),
  url: z.string(),
  runs: z.number().int().positive(),
  errors: z.number().int().nonnegative(),
  metrics: z.record(idSchema, dayMetricSchema),
});
export type DayTarget = z.infer<typeof dayTargetSchema>;

/** A day of one profile's runs rolled up into one line (history version 2), so a history grows with days, not runs. */
export const historyDaySchema = z.strictObject({
  schemaVersion: z.literal(HISTORY_DAY_VERSION),
  /** The day, UTC, written YYYY-MM-DD. */
  day: z.string().refine(isCalendarDate, 'expected a day written YYYY-MM-DD'),
  profile: z.enum(['mobile', 'desktop']),
  /** How many runs the day held. */
  runs: z.number().int().positive(),
  pages: z.array(dayTargetSchema),
  /** The day's endpoints, rolled up the same way; absent when none was measured. */
  endpoints: z.array(dayTargetSchema).optional(),
});
export type HistoryDay = z.infer<typeof historyDaySchema>;

/** Any line of a history file: a run (version 1) or a rolled-up day (version 2). */
export const historyLineSchema = z.union([historyDaySchema, historyEntrySchema]);
export type HistoryLine = HistoryEntry | HistoryDay;

/** True for a rolled-up day line. */
export function isHistoryDay(line: HistoryLine): line is HistoryDay {
  return 'day' in line;
}

/** Where a line sits in time: a run at its time, a day at its noon (UTC). */
export function historyLineTime(line: HistoryLine): string {
  return isHistoryDay(line) ? `${line.day}T12:00:00.000Z` : line.generatedAt;
}
