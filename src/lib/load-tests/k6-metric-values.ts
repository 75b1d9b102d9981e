import { z } from 'zod';

/**
 * One figure of a metric: a number of zero or more. A `null` reads as absent, since k6 writes a
 * statistic it could not compute (NaN) as `null` once the summary is turned into JSON.
 */
const figure = z
  .number()
  .min(0, 'expected a number of zero or more')
  .nullable()
  .optional()
  .transform((value) => value ?? undefined);

/** A share between 0 and 1, as k6 writes a rate metric (0.0042 for 0.42 %). */
const fraction = z
  .number()
  .min(0, 'expected a share between 0 and 1 (0.0042 for 0.42 %)')
  .max(1, 'expected a share between 0 and 1 (0.0042 for 0.42 %)')
  .nullable()
  .optional()
  .transform((value) => value ?? undefined);

/**
 * The statistics of a metric that the reader uses, under every spelling one of the three shapes
 * writes; any other statistic is ignored. Times are in milliseconds in every shape.
 *
 * - trend: `med`, `max`, `p(90)`, `p(95)`, `p(99)` (handleSummary, --summary-export, the
 *   machine-readable schema), or `p90`, `p95` (what k6 1.5 to 2.x actually write in the
 *   machine-readable summary, its Go fields renamed by k6's JavaScript field mapper);
 * - counter: `count`, and `rate` per second (not in the machine-readable summary);
 * - gauge: `value`, `min`, `max`;
 * - rate: see `k6RateValuesSchema`.
 */
export const k6MetricValuesSchema = z.object({
  count: figure,
  rate: figure,
  value: figure,
  min: figure,
  max: figure,
  med: figure,
  'p(50)': figure,
  'p(90)': figure,
  p90: figure,
  'p(95)': figure,
  p95: figure,
  'p(99)': figure,
  p99: figure,
});
export type K6MetricValues = z.output<typeof k6MetricValuesSchema>;

/**
 * The values of a rate metric such as `http_req_failed`. The share is `rate` (handleSummary, the
 * machine-readable summary) or `value` (--summary-export renames it). The events counted as true,
 * which for `http_req_failed` are the failed requests, are `passes` (handleSummary,
 * --summary-export) or `matches` (machine-readable, out of `total`).
 */
export const k6RateValuesSchema = z.object({
  rate: fraction,
  value: fraction,
  passes: figure,
  fails: figure,
  matches: figure,
  total: figure,
});
export type K6RateValues = z.output<typeof k6RateValuesSchema>;
