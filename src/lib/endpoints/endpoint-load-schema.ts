import { z } from 'zod';

// The defaults are gentle on purpose: a project file may point at production, and a probe that
// runs on every deploy must never be the incident. They still give the latency targets enough
// samples: 10 requests a second for 30 s is 300 measured requests, enough to judge P50, P95 and
// P99 (sample-size.ts); P99.9 needs 1,000, so a project that wants it judged says so
// (for example `durationSeconds: 100`).

/** Requests per second when the file gives none: a light trickle next to any production API's traffic. */
export const DEFAULT_RATE = 10;
/** Measured seconds when the file gives neither a duration nor a request count: 300 requests at the default rate. */
export const DEFAULT_DURATION_SECONDS = 30;
/** Seconds of unmeasured requests first, so connection set-up, TLS and cold caches are not counted as the API's latency. */
export const DEFAULT_WARMUP_SECONDS = 5;
/** Requests in flight at most: at 10 req/s the probe only reaches 20 when answers take over 2 s (Little's law), and then it stops piling onto a struggling server. */
export const DEFAULT_CONCURRENCY = 20;
/** Seconds a request may take before it counts as a timeout error: five times the P99.9 target of 1,000 ms, so a timeout is a miss beyond doubt. */
export const DEFAULT_TIMEOUT_SECONDS = 5;

/** Bounds no flag lifts: beyond them the figure is a typing mistake, not a load (a day of requests, 10,000 a second, 10,000 sockets, a minute per request). */
const ABSOLUTE = { rate: 10_000, seconds: 86_400, requests: 10_000_000, concurrency: 10_000, timeoutSeconds: 60 } as const;

/** A positive number of at most `max`, with a message that names both bounds. */
const positiveUpTo = (max: number, unit: string) =>
  z.number().positive(`expected a number of ${unit} above 0`).max(max, `expected at most ${max.toLocaleString('en-US')} ${unit}`);

/** How an endpoint is loaded: an open model (requests are due on a clock, whatever the answers), for a duration or a request count. */
export const endpointLoadSchema = z
  .strictObject({
    /** Requests per second, sent on a fixed schedule (default 10). */
    rate: positiveUpTo(ABSOLUTE.rate, 'requests per second').default(DEFAULT_RATE),
    /** Measured seconds (default 30, when `requests` is not given either); give this or `requests`, not both. */
    durationSeconds: positiveUpTo(ABSOLUTE.seconds, 'seconds').optional(),
    /** Measured requests, instead of a duration. */
    requests: z.number().int('expected a whole number of requests').positive('expected at least 1 request').max(ABSOLUTE.requests, `expected at most ${ABSOLUTE.requests.toLocaleString('en-US')} requests`).optional(),
    /** Unmeasured seconds before the measured ones (default 5); 0 for none. */
    warmupSeconds: z.number().nonnegative('expected 0 or more seconds').max(ABSOLUTE.seconds, `expected at most ${ABSOLUTE.seconds.toLocaleString('en-US')} seconds`).default(DEFAULT_WARMUP_SECONDS),
    /** Requests in flight at most (default 20); a request due while the ceiling is reached is sent late and counted as a late send. */
    concurrency: z.number().int('expected a whole number of requests in flight').positive('expected at least 1 request in flight').max(ABSOLUTE.concurrency, `expected at most ${ABSOLUTE.concurrency.toLocaleString('en-US')} requests in flight`).default(DEFAULT_CONCURRENCY),
    /** Seconds before a request counts as a timeout error (default 5). */
    timeoutSeconds: positiveUpTo(ABSOLUTE.timeoutSeconds, 'seconds').default(DEFAULT_TIMEOUT_SECONDS),
  })
  .refine((load) => load.durationSeconds === undefined || load.requests === undefined, {
    message: 'expected one of `durationSeconds` or `requests`, not both: the rate turns either into the other',
    path: ['requests'],
  })
  .transform((load) => (load.durationSeconds === undefined && load.requests === undefined ? { ...load, durationSeconds: DEFAULT_DURATION_SECONDS } : load));
export type EndpointLoad = z.infer<typeof endpointLoadSchema>;
export type EndpointLoadInput = z.input<typeof endpointLoadSchema>;
