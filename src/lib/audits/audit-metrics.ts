// What an audit's figures can measure: a target of targets.yaml, or one of the free metrics of the
// method's baseline table that has no target of its own (seed 004, phase 1: throughput, error
// rate, CPU, memory, cold start). No zod here: the schema, the checker and the report share it.
import type { Comparison } from '../schema/comparison.ts';
import type { Target } from '../schema/target.ts';

/** Units a free metric's figures are written in. */
export const FREE_METRIC_UNITS = ['ms', 's', 'percent', 'req/s', 'req/min', 'MB', 'GB'] as const;
export type FreeMetricUnit = (typeof FREE_METRIC_UNITS)[number];

/** Every unit an audit figure can carry: a free metric's, or a target's (targets.yaml). */
export type MetricUnit = FreeMetricUnit | Target['unit'];

/** A metric the baseline table names without a target in targets.yaml: the units it may be written in, and which way is better. */
export interface FreeMetric {
  units: readonly FreeMetricUnit[];
  /** `gte` when more is better (throughput must reach the expected peak), `lt` when less is. */
  comparison: Comparison;
  /** True for a share of failed requests: over its target, users see errors (the criticality rule). */
  errors?: boolean;
}

/** The free metrics, by id; the seed's table writes their targets as "<%", "<MB/GB", "<s", and throughput as the req/s to reach. */
export const FREE_METRICS: Readonly<Record<string, FreeMetric>> = {
  throughput: { units: ['req/s', 'req/min'], comparison: 'gte' },
  'error-rate': { units: ['percent'], comparison: 'lt', errors: true },
  cpu: { units: ['percent'], comparison: 'lt' },
  memory: { units: ['MB', 'GB', 'percent'], comparison: 'lt' },
  'cold-start': { units: ['s', 'ms'], comparison: 'lt' },
  'db-query-time': { units: ['ms'], comparison: 'lt' },
};

/** True for the id of a free metric. */
export function isFreeMetric(id: string): boolean {
  return Object.hasOwn(FREE_METRICS, id);
}

/** Where a figure sits in its distribution: a percentile, the mean (an average CPU, the seed's "DB query time (avg)"), or the peak (throughput). */
export const PERCENTILES = ['p50', 'p75', 'p90', 'p95', 'p99', 'p999', 'mean', 'peak'] as const;
export type Percentile = (typeof PERCENTILES)[number];

/** A metric resolved against the targets: its unit and which way is better. */
export interface ResolvedMetric {
  id: string;
  unit: MetricUnit;
  comparison: Comparison;
  /** True for an error rate (the target `api-error-rate`, or the free metric `error-rate`). */
  errors: boolean;
  /** The target behind the metric, for a target id. */
  target?: Target;
}

/** Resolves a metric id to its unit and direction; undefined for an id that is neither a target nor a free metric. */
export function resolveMetric(id: string, unit: FreeMetricUnit | undefined, targets: ReadonlyMap<string, Target>): ResolvedMetric | undefined {
  const target = targets.get(id);
  if (target !== undefined) return { id, unit: target.unit, comparison: target.comparison, errors: id === 'api-error-rate', target };
  if (!isFreeMetric(id)) return undefined;
  const free = FREE_METRICS[id]!;
  return { id, unit: unit ?? free.units[0]!, comparison: free.comparison, errors: free.errors === true };
}

/** True when more is better for this comparison (a value must stay above its threshold). */
export function higherIsBetter(comparison: Comparison): boolean {
  return comparison === 'gt' || comparison === 'gte';
}

/**
 * The percentile a target's figures are taken at, when its id says so: `api-p95` is P95, the web
 * targets are the median of the measured runs (verify-web-vitals judges the median), an error rate
 * is the share over the window. Undefined when a person must say (a database query time).
 */
export function targetPercentile(id: string): Percentile | undefined {
  const named = /^api-p(50|95|99|999)$/.exec(id);
  if (named) return `p${named[1]}` as Percentile;
  if (id === 'ttfb' || id === 'fcp' || id === 'tti') return 'p50';
  if (id === 'api-error-rate') return 'mean';
  return undefined;
}
