import { z } from 'zod';
import { boundedString } from '../schema/bounded-text.ts';
import { idSchema } from '../schema/localized.ts';

// How a project's monitoring names the series its SLO rules and alerts read: the request counter
// and what marks a failure, the latency histograms with their bucket bounds, the memory and
// connection-pool gauges, and the selector that picks the project's series. The names are checked
// against Prometheus's rules by slo-lint.ts, which reports them all at once with the file and the
// field. The defaults follow the names most exporters use, so a project that says nothing still
// gets working rules when its metrics are named the usual way.

/** A metric or label name as the project's monitoring spells it (checked by slo-lint.ts). */
const nameSchema = z.string().min(1, 'expected a name').max(200, 'expected a name of at most 200 characters (MAX_NAME_LENGTH)');
/** A label value to match, as written. */
const labelValueSchema = boundedString('MAX_NAME_LENGTH');
/** Label matchers, label name to the exact value it must have. */
const matchersSchema = z.record(nameSchema, labelValueSchema);

/**
 * The bucket bounds Prometheus's client libraries give a histogram unless told otherwise, in
 * seconds (client_golang `prometheus.DefBuckets`, the same in the Java, Python and Ruby clients).
 */
export const PROMETHEUS_DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The bucket bounds OpenTelemetry's semantic conventions advise for `db.client.operation.duration`
 * (database client metrics, in seconds), exported to Prometheus as `db_client_operation_duration_seconds`.
 */
export const OPENTELEMETRY_DB_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10];

/** A classic Prometheus histogram: its `_bucket` series, the unit of its bounds, and the bounds. */
export const histogramSchema = z.strictObject({
  /** The bucket series, ending in `_bucket`; the `_count` series beside it counts every event. */
  metric: nameSchema,
  /** Unit of the bucket bounds (the `le` label): seconds, as Prometheus's naming guide asks, unless set. */
  unit: z.enum(['seconds', 'milliseconds']).default('seconds'),
  /** The finite bucket bounds in `unit`, ascending, as the instrumentation declares them (+Inf is implied). */
  buckets: z
    .array(z.number().positive('expected a bucket bound above zero'), {
      error: (issue) => (issue.input === undefined ? 'expected the bucket bounds the instrumentation declares, such as [0.05, 0.1, 0.2, 0.5, 1]' : 'expected a list of bucket bounds'),
    })
    .min(1, 'expected at least one bucket bound')
    .refine((bounds) => bounds.every((bound, index) => index === 0 || bound > bounds[index - 1]!), 'expected the bucket bounds in ascending order, each once'),
});
export type Histogram = z.infer<typeof histogramSchema>;
export type HistogramInput = z.input<typeof histogramSchema>;

/** The request counter and what marks a failed request. */
export const requestsSchema = z.strictObject({
  /** The counter of requests served. */
  metric: nameSchema.default('http_requests_total'),
  /** The label whose value tells a failed request, and which values do. */
  errors: z
    .strictObject({
      /** The label holding the status. */
      label: nameSchema.default('code'),
      /** The values that mark a failure, matched exactly. */
      values: z.array(labelValueSchema.min(1)).min(1).optional(),
      /** A regular expression (RE2, anchored at both ends as Prometheus does) matching the values that mark a failure; `5..` when `values` is not given. */
      pattern: labelValueSchema.min(1).optional(),
    })
    .refine((errors) => errors.values === undefined || errors.pattern === undefined, { message: 'expected `values` or `pattern`, not both', path: ['pattern'] })
    .prefault({}),
});
export type Requests = z.infer<typeof requestsSchema>;

/** The gauge the memory-leak rule watches. */
export const memorySchema = z.strictObject({
  /** Resident memory of the process, in bytes (every Prometheus client exports it under this name). */
  metric: nameSchema.default('process_resident_memory_bytes'),
});

/** The gauges the database-saturation rule compares: connections in use against the pool's size. */
export const connectionsSchema = z.strictObject({
  /** Connections of the pool, by state (OpenTelemetry `db.client.connection.count`). */
  used: nameSchema.default('db_client_connection_count'),
  /** Matchers that keep the connections in use. */
  usedMatchers: matchersSchema.default({ db_client_connection_state: 'used' }),
  /** The most connections the pool may open (OpenTelemetry `db.client.connection.max`). */
  max: nameSchema.default('db_client_connection_max'),
  /** The labels that tell one pool from another, so one full pool alerts even when the others are idle. */
  by: z.array(nameSchema).default(['instance', 'db_client_connection_pool_name']),
});

/** How the project's monitoring names the series its SLOs and alerts read. */
export const monitoringSchema = z.strictObject({
  /** Label matchers that pick the project's series out of everything Prometheus holds; `{ job: <project id> }` when not set. */
  selector: matchersSchema.optional(),
  /** The request counter and its failed requests (the error-spike rule reads them). */
  requests: requestsSchema.prefault({}),
  /** The request latency histogram: the high-latency rule and every request SLO read it (default `http_request_duration_seconds_bucket` with the client libraries' buckets). */
  latency: histogramSchema.prefault({ metric: 'http_request_duration_seconds_bucket', buckets: PROMETHEUS_DEFAULT_BUCKETS }),
  /** A histogram of its own for an SLO, keyed by SLO id; database-query-time reads `db_client_operation_duration_seconds_bucket` unless set. */
  histograms: z.record(idSchema, histogramSchema).default({}),
  /** The memory gauge of the memory-leak rule. */
  memory: memorySchema.prefault({}),
  /** The connection-pool gauges of the database-saturation rule. */
  connections: connectionsSchema.prefault({}),
});
export type Monitoring = z.infer<typeof monitoringSchema>;

/** The histograms an SLO reads when the project names none for it, keyed by SLO id; any other SLO reads `monitoring.latency`. */
export const SLO_DEFAULT_HISTOGRAMS: Readonly<Record<string, Histogram>> = {
  'database-query-time': { metric: 'db_client_operation_duration_seconds_bucket', unit: 'seconds', buckets: OPENTELEMETRY_DB_BUCKETS },
};
