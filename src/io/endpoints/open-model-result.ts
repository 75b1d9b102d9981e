import type { LatencyPercentiles } from './latency-histogram.ts';

/** Errors of the measured window, by kind. */
export interface ErrorCounts {
  total: number;
  /** Answers whose status was not among the expected ones, with a count per status code. */
  unexpectedStatus: { total: number; byStatus: Record<string, number> };
  /** No whole answer within the per-request timeout. */
  timeout: number;
  /** The connection was refused (nothing listening). */
  refused: number;
  /** The connection was reset or closed mid-answer. */
  reset: number;
  /** Any other network failure (DNS, TLS …), with a count per Node error code. */
  otherNetwork: { total: number; byCode: Record<string, number> };
}

/** Facts that say whether the probe, not the server, fell behind its schedule. */
export interface ProbeBehind {
  /** True when the figures may show the probe's lateness rather than the server's: see lateFractionAllowed and lagAllowedMs. */
  behind: boolean;
  /** Measured sends made later than skewAllowedMs after their due time for the probe's own reasons (the ceiling's delays are counted apart). */
  late: number;
  /** The stated skew beyond which a send counts as late. */
  skewAllowedMs: number;
  /** The worst skew of such a send, in milliseconds. */
  maxSkewMs: number;
  /** This process's event-loop delay over the measured window, beyond its sampling interval. */
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
}

/** What a load run measured: plain data that JSON keeps as it is. */
export interface OpenModelResult {
  /** "completed" when the plan ran to its end; "aborted" when the signal stopped it (the figures are then partial). */
  outcome: 'completed' | 'aborted';
  url: string;
  method: string;
  throughput: {
    /** The plan's rate. */
    plannedPerSecond: number;
    /** Measured requests sent per second, from the window's opening to the last send. */
    sentPerSecond: number;
    /** Measured requests finished (answer or error) per second, from the window's opening to the last end. */
    achievedPerSecond: number;
  };
  counts: {
    /** Measured requests the plan holds. */
    planned: number;
    sent: number;
    /** Finished with an answer or an error: the denominator of the error rate. */
    completed: number;
    /** Answered with an expected status. */
    ok: number;
    /** Due while the concurrency ceiling was reached: sent when a slot freed, their latency still counted from the due time. */
    notSentOnTime: number;
    /** In flight when the run was aborted; neither answers nor errors. */
    abortedInFlight: number;
  };
  errors: ErrorCounts;
  /** errors.total / counts.completed; null when nothing finished. */
  errorRate: number | null;
  /** From each request's due time to the end of its answer (coordinated omission corrected); null when no answer came. */
  latencyMs: LatencyPercentiles | null;
  /** From each request's actual send to the end of its answer; the gap to latencyMs is the time spent queued. */
  serviceTimeMs: LatencyPercentiles | null;
  warmup: {
    /** Warm-up requests the plan holds, sent and left out of every figure above. */
    planned: number;
    sent: number;
    errors: number;
  };
  window: {
    /** Wall-clock time at which the measured window opened (ISO 8601); null when aborted before it. */
    startedAt: string | null;
    warmupMs: number;
    durationMs: number;
    /** From the window's opening to the last measured end, in milliseconds. */
    elapsedMs: number;
  };
  concurrencyCeiling: number;
  probeBehind: ProbeBehind;
}

/** What the progress callback is told about every second or so. */
export interface OpenModelProgress {
  elapsedMs: number;
  phase: 'warmup' | 'measure' | 'drain';
  /** Requests sent so far, warm-up included. */
  sent: number;
  /** Sends per second over the last interval. */
  currentRatePerSecond: number;
  /** Errors of the measured window so far. */
  errors: number;
  inFlight: number;
}
