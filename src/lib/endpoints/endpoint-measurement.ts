/** The kinds of failed request a probe counts, each apart so a reader sees what went wrong. */
export const ENDPOINT_ERROR_KINDS = [
  /** An answer came, with a status the endpoint does not expect (`expectedStatus`). */
  'status',
  /** No answer within `load.timeoutSeconds`. */
  'timeout',
  /** The connection failed: refused, reset, DNS or TLS. */
  'connection',
  /** Anything else the client reported. */
  'other',
] as const;
export type EndpointErrorKind = (typeof ENDPOINT_ERROR_KINDS)[number];

/** Latency percentiles of the measured requests, in milliseconds, read from an HDR histogram. */
export interface LatencyPercentiles {
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/**
 * Everything an open-model probe gathered for one endpoint, before any judging: plain data, so a
 * saved measurement can be judged again without a socket. Counts cover the measured phase only
 * (the warm-up is never counted).
 */
export interface EndpointMeasurement {
  name: string;
  /** The URL the requests went to. */
  url: string;
  method: string;
  /** Measured requests the plan held. */
  planned: number;
  /** Requests per second: the plan's, those sent, and those answered, over the measured window. */
  throughput: { planned: number; sent: number; achieved: number };
  /** Unmeasured requests sent before the window, and how many of them failed. */
  warmup: { sent: number; errors: number };
  /** Percentiles of the answered requests, latency counted from each request's due time (not its send), so a late send counts against the server that made it late; absent when nothing was answered. */
  latency?: LatencyPercentiles;
  /** Percentiles counted from each request's actual send: the server's own time, without the queue. */
  serviceTime?: LatencyPercentiles;
  /** Measured requests sent. */
  sent: number;
  /** Measured requests answered within the timeout, whatever their status: the latency samples. */
  completed: number;
  /** Failed measured requests by kind; `status` failures are among the completed ones, the others are not. */
  errors: Partial<Record<EndpointErrorKind, number>>;
  /** Requests sent after their due time because the concurrency ceiling was reached (the server was slow: counted, not excused). */
  lateSends: number;
  /** True when the probe itself could not keep the schedule (its own event loop lagged): the figures then measure the probe, not the server. */
  probeBehind: boolean;
  /** When the probe fell behind: why, in a few words ("its event loop stalled 34 ms at P99"). */
  probeBehindReason?: string;
  /** Why the endpoint could not be measured at all, in one sentence; absent when it was. */
  error?: string;
}
