import { z } from 'zod';

/**
 * One metric of a --summary-export file: the statistics flat on the metric, and a threshold's
 * boolean `true` when it FAILED (k6's `oldJSONSummary` writes `!ok`, internal/js/summary-wrapper.js;
 * grafana/k6 issue #1498). The statistics are kept as found and read further, metric by metric,
 * with the schemas of k6-metric-values.ts.
 */
const metricSchema = z.looseObject({
  thresholds: z.record(z.string(), z.boolean()).optional(),
});

/**
 * The file `k6 run --summary-export=<file>` writes without `--new-machine-readable-summary`: the
 * handleSummary() data without `options` and `state`, so it holds no test duration.
 */
export const k6SummaryExportSchema = z.object({
  metrics: z.record(z.string(), metricSchema),
});
export type K6SummaryExport = z.output<typeof k6SummaryExportSchema>;
