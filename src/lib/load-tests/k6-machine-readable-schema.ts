import { z } from 'zod';
import { K6_METRIC_TYPES } from './k6-handle-summary-schema.ts';

/** The format versions this reader knows: 1.x.y, the only one k6 has written (grafana/k6-summary, `schemas/summary/1.0.0`). */
const READABLE_VERSION = /^1\.\d+\.\d+$/;

/** One metric of the list: its name beside its type and values. */
const metricSchema = z.object({
  name: z.string().min(1, 'expected the metric name'),
  type: z.enum(K6_METRIC_TYPES),
  contains: z.string().optional(),
  /** Read further, metric by metric, with the schemas of k6-metric-values.ts. */
  values: z.record(z.string(), z.unknown()),
});

/**
 * The machine-readable summary k6 1.5 and later write with `--new-machine-readable-summary`, to
 * `--summary-export` and to handleSummary() alike: `version`, `metadata`, `config` (the duration in
 * seconds) and `results`, whose metrics come as a list (internal/lib/summary/machine_readable.go).
 * It carries no thresholds, no counter rate and only six trend statistics (avg, min, med, max,
 * p90, p95: grafana/k6 issue #5736).
 */
export const k6MachineReadableSchema = z
  .object({
    version: z.string().regex(READABLE_VERSION, 'expected format version 1.x.y, the one k6 writes; a newer format needs a newer reader'),
    config: z.object({
      duration: z.number().min(0, 'expected a number of zero or more'),
    }),
    results: z.object({
      metrics: z.array(metricSchema),
    }),
  })
  .superRefine((summary, context) => {
    const first = new Map<string, number>();
    summary.results.metrics.forEach((metric, index) => {
      const earlier = first.get(metric.name);
      if (earlier === undefined) first.set(metric.name, index);
      else context.addIssue({ code: 'custom', path: ['results', 'metrics', index, 'name'], message: `expected each metric once: "${metric.name}" is also results.metrics[${earlier}]` });
    });
  });
export type K6MachineReadable = z.output<typeof k6MachineReadableSchema>;
