// One audit of one project: `src/content/audits/<project>/<YYYY-MM-DD>.yaml`, a section per phase
// of the method (seed 004, "Methodologie", phases 1 to 7). The file holds what people measured
// and decided; every figure the method derives from them (gaps, criticality, before/after deltas,
// instances needed, the plan's order) is computed by the functions beside this file, never typed.
// A place a person must still fill holds a placeholder ("TODO: …", placeholder.ts): the schema
// accepts it so a draft builds, and the format checker (audit-rules.ts) refuses it in a section
// marked complete.
import { z } from 'zod';
import { boundedString } from '../schema/bounded-text.ts';
import { httpUrlSchema, idSchema } from '../schema/localized.ts';
import { isoDateSchema } from '../schema/project.ts';
import { FREE_METRIC_UNITS, FREE_METRICS, isFreeMetric, PERCENTILES } from './audit-metrics.ts';
import { EFFORT_PATTERN } from './effort.ts';
import { isPlaceholder } from './placeholder.ts';

/** The version of the audit format; a reader for every version ever written stays (see the result schema). */
export const AUDIT_SCHEMA_VERSION = 1;

const VERSION_ERROR = `expected schemaVersion ${AUDIT_SCHEMA_VERSION}, the version this handbook reads; a newer one was written by a newer handbook`;

/** What a placeholder looks like, for messages. */
const PLACEHOLDER_HINT = 'or a placeholder "TODO: …" while the section is a draft';

/** A place a person must still fill: a text starting with "TODO". Branded, so a filled value's type stays apart from it. */
export const placeholderSchema = boundedString('MAX_TEXT_LENGTH')
  .refine(isPlaceholder, { message: 'expected a placeholder starting with "TODO:"' })
  .brand<'Placeholder'>();
export type Placeholder = z.infer<typeof placeholderSchema>;

/**
 * A value, or a placeholder. zod reports the branch closest to what was found (a number for 120, the
 * placeholder for "fast"), so both branches carry the one message: what was expected, and that a
 * placeholder would do.
 */
function fillable<S extends z.ZodType>(build: (error: string) => S, expected: string) {
  const error = `expected ${expected}, ${PLACEHOLDER_HINT}`;
  return z.union([build(error), boundedString('MAX_TEXT_LENGTH').refine(isPlaceholder, { error }).brand<'Placeholder'>()], { error });
}

/** The value when a person filled it in; undefined while it is a placeholder or absent. */
export function filled<T>(value: T | Placeholder | undefined): T | undefined {
  return value === undefined || isPlaceholder(value) ? undefined : (value as T);
}

/** A short text: a name, a subject, a source. */
const nameText = boundedString('MAX_NAME_LENGTH').trim().min(1, 'expected a text');
/** A paragraph: a finding, an action, a note. */
const text = boundedString('MAX_TEXT_LENGTH').trim().min(1, 'expected a text');
/** A figure measured or estimated: zero or more. */
const figure = fillable((error) => z.number({ error }).nonnegative({ error }), 'a number of 0 or more');
/** A target or a capacity: more than zero, since gaps and instance counts are divided by it. */
const positiveFigure = fillable((error) => z.number({ error }).positive({ error }), 'a positive number');
const percentileSchema = fillable((error) => z.enum(PERCENTILES, { error }), `one of ${PERCENTILES.join(', ')}`);
const unitSchema = z.enum(FREE_METRIC_UNITS, { error: `expected one of ${FREE_METRIC_UNITS.join(', ')}` });

/** Every section says whether it is done: the checker holds a complete section to the format rules. */
const statusSchema = z.enum(['draft', 'complete'], { error: 'expected "draft" or "complete"' });
/** A free comment on a section, shown under its table. */
const noteSchema = text.optional();

/** Checks the unit of a metric: a free metric needs one of its units, a target's unit comes from targets.yaml. */
function checkMetricUnit(value: { metric: string; unit?: string | undefined }, context: z.RefinementCtx): void {
  if (isFreeMetric(value.metric)) {
    const units = FREE_METRICS[value.metric]!.units;
    if (value.unit === undefined || !units.includes(value.unit as (typeof units)[number])) {
      context.addIssue({ code: 'custom', path: ['unit'], message: `expected the unit of ${value.metric}: one of ${units.join(', ')}` });
    }
  } else if (value.unit !== undefined) {
    context.addIssue({ code: 'custom', path: ['unit'], message: `expected no unit: "${value.metric}" is not a free metric (${Object.keys(FREE_METRICS).join(', ')}), so it names a target, whose unit targets.yaml gives` });
  }
}

/** Phase 1: one row of the baseline table. */
export const baselineRowSchema = z
  .strictObject({
    /** A target id of targets.yaml (api-p95, ttfb…), or a free metric: throughput, error-rate, cpu, memory, cold-start, db-query-time. */
    metric: idSchema,
    /** The page, endpoint or component the figure is for, when there are several. */
    subject: nameText.optional(),
    /** The unit of a free metric (a target's comes from targets.yaml). */
    unit: unitSchema.optional(),
    current: figure,
    /** Where the current value comes from: the tool, the window, the percentile. */
    source: text,
    target: positiveFigure,
  })
  .superRefine(checkMetricUnit);
export type BaselineRow = z.infer<typeof baselineRowSchema>;

const baselineSchema = z.strictObject({
  status: statusSchema,
  rows: z.array(baselineRowSchema).default([]),
  note: noteSchema,
});

/** Phase 2: a bottleneck found in one layer, with what it costs. */
export const findingSchema = z.strictObject({
  finding: text,
  /** The measured cost: milliseconds at a percentile, a share, a size. */
  cost: z.strictObject({
    value: figure,
    unit: unitSchema,
    percentile: percentileSchema.optional(),
  }),
  /** How it was measured: the profiler, the trace, the query plan. */
  source: text,
  /** The pattern that addresses it, by id. */
  pattern: idSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** The four layers the method profiles, in its order (phase 2.1 to 2.4). */
export const LAYERS = ['application', 'database', 'network', 'infrastructure'] as const;
export type Layer = (typeof LAYERS)[number];

const profilingSchema = z.strictObject({
  status: statusSchema,
  application: z.array(findingSchema).default([]),
  database: z.array(findingSchema).default([]),
  network: z.array(findingSchema).default([]),
  infrastructure: z.array(findingSchema).default([]),
  note: noteSchema,
});

/** What a run's `peakRps` holds: the highest throughput sustained (the method's figure), or the run's average when only that is known. */
export const THROUGHPUT_KINDS = ['peak', 'average'] as const;
export type ThroughputKind = (typeof THROUGHPUT_KINDS)[number];

/** One threshold of the k6 script, as the run judged it (src/lib/load-tests/k6-summary.ts reads it from every shape that holds it). */
export const loadTestThresholdSchema = z.strictObject({
  /** The metric or sub-metric it bounds, as k6 names it: `http_req_duration`, `http_req_duration{expected_response:true}`. */
  metric: nameText,
  /** The expression as the script wrote it: `p(95)<200`. */
  expression: nameText,
  /** True when the run met it. */
  passed: z.boolean(),
});
export type LoadTestThreshold = z.infer<typeof loadTestThresholdSchema>;

/** Phase 3: one load test run, with the figures the method reads from it. */
export const loadTestRunSchema = z.strictObject({
  /** A scenario id of load-scenarios.yaml: smoke, load, stress, spike, soak. */
  scenario: idSchema,
  date: fillable(() => isoDateSchema, 'a real calendar date written YYYY-MM-DD'),
  p95Ms: figure,
  errorRatePercent: fillable((error) => z.number({ error }).min(0, { error }).max(100, { error }), 'a percentage from 0 to 100'),
  /** The throughput in requests per second: the highest sustained, or the run's average when `throughputKind` says so. */
  peakRps: figure,
  /** What `peakRps` holds; default `peak`, the method's figure. A k6 summary holds only the run's average (`http_reqs` rate), so a run imported from one says `average`. */
  throughputKind: z.enum(THROUGHPUT_KINDS, { error: `expected one of ${THROUGHPUT_KINDS.join(', ')}` }).default('peak'),
  /** Where the figures come from, such as the k6 summary file they were imported from. */
  source: text.optional(),
  /** The k6 script's thresholds as the run judged them, when its summary holds them; one missed makes the run fail its checklist item. */
  thresholds: z.array(loadTestThresholdSchema).optional(),
  evidence: httpUrlSchema.optional(),
  note: noteSchema,
});
export type LoadTestRun = z.infer<typeof loadTestRunSchema>;

const loadTestsSchema = z.strictObject({
  status: statusSchema,
  runs: z.array(loadTestRunSchema).default([]),
  note: noteSchema,
});

/** An expected gain: a metric, the percentile it is read at, and its figure before and after. */
export const gainSchema = z
  .strictObject({
    /** A target id or a free metric, as in the baseline. */
    metric: idSchema,
    unit: unitSchema.optional(),
    percentile: percentileSchema.optional(),
    before: figure.optional(),
    after: figure.optional(),
  })
  .superRefine(checkMetricUnit);
export type Gain = z.infer<typeof gainSchema>;

/** The priorities of the plan: P0 for quick wins, then P1, then P2 (optimization-plan page, "How to rank"). */
export const PRIORITIES = ['P0', 'P1', 'P2'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Phase 4: one action of the plan. */
export const planActionSchema = z.strictObject({
  /** Names the action for the implementation records. */
  id: idSchema,
  action: text,
  layer: z.enum(LAYERS, { error: `expected one of ${LAYERS.join(', ')}` }),
  /** The pattern the action applies, by id. */
  pattern: idSchema.optional(),
  effort: fillable((error) => z.string({ error }).trim().regex(EFFORT_PATTERN, { error }), 'an effort such as "5 min", "2 h", "1 d" (a working day) or "1 w"'),
  /** The gains expected, each on a metric and a percentile, before and after. */
  gains: z.array(gainSchema).default([]),
  priority: fillable((error) => z.enum(PRIORITIES, { error }), `one of ${PRIORITIES.join(', ')} (P0 for a quick win)`),
});
export type PlanAction = z.infer<typeof planActionSchema>;

const planSchema = z
  .strictObject({
    status: statusSchema,
    actions: z.array(planActionSchema).default([]),
    note: noteSchema,
  })
  .superRefine((plan, context) => {
    const seen = new Set<string>();
    plan.actions.forEach((action, index) => {
      if (seen.has(action.id)) context.addIssue({ code: 'custom', path: ['actions', index, 'id'], message: `expected an id no other action of the plan has; "${action.id}" is used twice` });
      seen.add(action.id);
    });
  });

/** A figure measured before or after a change. */
export const measuredFigureSchema = z
  .strictObject({
    metric: idSchema,
    unit: unitSchema.optional(),
    percentile: percentileSchema,
    value: figure,
    source: text,
  })
  .superRefine(checkMetricUnit);
export type MeasuredFigure = z.infer<typeof measuredFigureSchema>;

/** Phase 5: what was done for one action of the plan, measured before and after. */
export const implementationRecordSchema = z.strictObject({
  /** The id of the plan action this implements. */
  action: idSchema,
  date: fillable(() => isoDateSchema, 'a real calendar date written YYYY-MM-DD'),
  /** What changed, in a sentence. */
  change: text,
  before: measuredFigureSchema,
  after: measuredFigureSchema,
  evidence: httpUrlSchema.optional(),
  /** The code before and after, as the method's phase 5 shows it. */
  code: z
    .strictObject({
      lang: nameText,
      before: boundedString('MAX_LONG_TEXT_LENGTH').min(1),
      after: boundedString('MAX_LONG_TEXT_LENGTH').min(1),
    })
    .optional(),
});
export type ImplementationRecord = z.infer<typeof implementationRecordSchema>;

const implementationSchema = z.strictObject({
  status: statusSchema,
  records: z.array(implementationRecordSchema).default([]),
  note: noteSchema,
});

/** Phase 6: the figures the capacity projection is computed from (instances-needed.ts). */
const capacitySchema = z.strictObject({
  status: statusSchema,
  /** Today's load at peak, in requests per second. */
  loadRps: positiveFigure,
  loadSource: text,
  /** Expected growth of the load, in percent per month, compounded. */
  growthPercentPerMonth: fillable((error) => z.number({ error }).gt(-100, { error }), 'a percentage per month above -100'),
  /** What one instance holds with P95 under its target, in requests per second (measured in a load test). */
  instanceCapacityRps: positiveFigure,
  capacitySource: text,
  /** The share of each instance kept free, in percent; the method gives no figure, so the audit states it. */
  headroomPercent: fillable((error) => z.number({ error }).min(0, { error }).lt(100, { error }), 'a percentage from 0 up to (not including) 100').default(0),
  /** The horizons to project, in months; the method's are 3, 6 and 12. */
  horizonsMonths: z.array(z.number().int().positive()).min(1).default([3, 6, 12]),
  note: noteSchema,
});

/** The dashboards of the method's phase 7. */
export const DASHBOARDS = ['red', 'use', 'business'] as const;

/** Phase 7: the alerts, SLOs and dashboards in place. */
const monitoringSchema = z.strictObject({
  status: statusSchema,
  /** Alert rule ids of alert-rules.yaml. */
  alertRules: z.array(idSchema).default([]),
  /** SLO ids of slos.yaml. */
  slos: z.array(idSchema).default([]),
  dashboards: z.array(z.enum(DASHBOARDS, { error: `expected one of ${DASHBOARDS.join(', ')}` })).default([]),
  note: noteSchema,
});

/** The sections of an audit, in the method's order. */
export const SECTIONS = ['baseline', 'profiling', 'loadTests', 'plan', 'implementation', 'capacity', 'monitoring'] as const;
export type Section = (typeof SECTIONS)[number];

/** One audit of one project on one day; the project and the day are the file's path. */
export const auditSchema = z.strictObject({
  /** The format version; a version this reader does not know was written by a newer handbook. */
  schemaVersion: z.number({ error: VERSION_ERROR }).refine((version) => version === AUDIT_SCHEMA_VERSION, { error: VERSION_ERROR }),
  /** True when the figures are made up to show the format: the report says so. */
  example: z.boolean().default(false),
  /** Who leads the audit. */
  by: nameText,
  /** What is audited: the service, its endpoints, the question asked. */
  scope: text,
  baseline: baselineSchema,
  profiling: profilingSchema,
  loadTests: loadTestsSchema,
  plan: planSchema,
  implementation: implementationSchema,
  capacity: capacitySchema,
  monitoring: monitoringSchema,
});
export type Audit = z.infer<typeof auditSchema>;
export type AuditInput = z.input<typeof auditSchema>;
