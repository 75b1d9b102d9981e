import { z } from 'zod';

/** The kinds of metric k6 has. */
export const K6_METRIC_TYPES = ['counter', 'gauge', 'rate', 'trend'] as const;

/** One metric of the handleSummary() data: its statistics nested under `values`, and `ok: true` for a threshold that held. */
const metricSchema = z.object({
  type: z.enum(K6_METRIC_TYPES),
  contains: z.string().optional(),
  /** Read further, metric by metric, with the schemas of k6-metric-values.ts. */
  values: z.record(z.string(), z.unknown()),
  thresholds: z.record(z.string(), z.object({ ok: z.boolean() })).optional(),
});

/**
 * The data object k6 passes to `handleSummary(data)`, saved with `JSON.stringify(data)`: metrics
 * keyed by name, beside `root_group`, `options` and `state` (internal/js/summary.go,
 * `summarizeMetricsToObject`). Only the parts read here are kept.
 */
export const k6HandleSummarySchema = z.object({
  metrics: z.record(z.string(), metricSchema),
  state: z
    .object({
      testRunDurationMs: z.number().min(0, 'expected a number of zero or more').optional(),
    })
    .optional(),
});
export type K6HandleSummary = z.output<typeof k6HandleSummarySchema>;
