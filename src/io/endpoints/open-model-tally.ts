import { LatencyHistogram } from './latency-histogram.ts';
import { networkErrorKind } from './network-error-kind.ts';
import type { ErrorCounts } from './open-model-result.ts';
import type { RequestOutcome } from './send-request.ts';

/** The counts and histograms of a measured window, filled one outcome at a time. */
export class OpenModelTally {
  readonly latency: LatencyHistogram;
  readonly serviceTime: LatencyHistogram;
  readonly errors: ErrorCounts = {
    total: 0,
    unexpectedStatus: { total: 0, byStatus: {} },
    timeout: 0,
    refused: 0,
    reset: 0,
    otherNetwork: { total: 0, byCode: {} },
  };
  completed = 0;
  ok = 0;
  abortedInFlight = 0;
  /** Monotonic time of the last measured end, or undefined before the first. */
  lastEndedAt: number | undefined;

  /** A tally whose latency histogram reaches latencyCeilingMs and service-time histogram serviceCeilingMs. */
  constructor(latencyCeilingMs: number, serviceCeilingMs: number) {
    this.latency = new LatencyHistogram(latencyCeilingMs);
    this.serviceTime = new LatencyHistogram(serviceCeilingMs);
  }

  /** Counts one measured request that was due at dueAt and sent at sentAt (monotonic milliseconds). */
  record(outcome: RequestOutcome, dueAt: number, sentAt: number, isExpected: (status: number) => boolean): void {
    if (outcome.kind === 'aborted') {
      this.abortedInFlight += 1;
      return;
    }
    this.completed += 1;
    this.lastEndedAt = Math.max(this.lastEndedAt ?? outcome.endedAt, outcome.endedAt);
    if (outcome.kind === 'answer') {
      this.latency.record(outcome.endedAt - dueAt);
      this.serviceTime.record(outcome.endedAt - sentAt);
      if (isExpected(outcome.status)) {
        this.ok += 1;
        return;
      }
      const { byStatus } = this.errors.unexpectedStatus;
      this.errors.unexpectedStatus.total += 1;
      byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1;
    } else if (outcome.kind === 'timeout') {
      this.errors.timeout += 1;
    } else {
      const kind = networkErrorKind(outcome.code);
      if (kind === 'other') {
        const code = outcome.code ?? 'unknown';
        this.errors.otherNetwork.total += 1;
        this.errors.otherNetwork.byCode[code] = (this.errors.otherNetwork.byCode[code] ?? 0) + 1;
      } else {
        this.errors[kind] += 1;
      }
    }
    this.errors.total += 1;
  }
}
