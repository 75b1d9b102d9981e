import type { EndpointMeasurement } from '../../lib/endpoints/endpoint-measurement.ts';
import { unmeasuredEndpoint, type PlannedEndpoint } from '../../lib/endpoints/project-endpoints.ts';
import { redact } from '../../lib/redact.ts';
import type { OpenModelProgress, OpenModelResult } from './open-model-result.ts';
import { runOpenModel } from './run-open-model.ts';

/** How a measurement is watched and stopped. */
export interface MeasureEndpointOptions {
  /** Called every progressIntervalMs while the load runs. */
  onProgress?: (progress: OpenModelProgress) => void;
  /** Milliseconds between two progress calls; default 1000. */
  progressIntervalMs?: number;
  /** Stops the load at once; the measurement then says it was interrupted. */
  signal?: AbortSignal;
}

/** Why the probe fell behind, from its own facts: sends later than the stated skew, or a stalled event loop. */
function behindReason(result: OpenModelResult): string {
  const { late, skewAllowedMs, eventLoopLagP99Ms } = result.probeBehind;
  const lag = `its event loop stalled ${Math.round(eventLoopLagP99Ms * 10) / 10} ms at P99`;
  if (late === 0) return lag;
  return `${late.toLocaleString('en-US')} of ${result.counts.sent.toLocaleString('en-US')} requests left more than ${skewAllowedMs} ms after their due time; ${lag}`;
}

/** The probe's figures as the judge reads them: measured requests only, errors by the kinds a reader is shown. */
export function endpointMeasurement(endpoint: Pick<PlannedEndpoint, 'name' | 'method'>, url: string, result: OpenModelResult): EndpointMeasurement {
  const { counts, errors, throughput } = result;
  const connection = errors.refused + errors.reset + errors.otherNetwork.total;
  return {
    name: endpoint.name,
    url,
    method: result.method,
    planned: counts.planned,
    throughput: { planned: throughput.plannedPerSecond, sent: throughput.sentPerSecond, achieved: throughput.achievedPerSecond },
    warmup: { sent: result.warmup.sent, errors: result.warmup.errors },
    ...(result.latencyMs ? { latency: result.latencyMs } : {}),
    ...(result.serviceTimeMs ? { serviceTime: result.serviceTimeMs } : {}),
    sent: counts.sent,
    // Answered within the timeout, whatever the status: the requests the percentiles rest on.
    completed: counts.ok + errors.unexpectedStatus.total,
    errors: {
      ...(errors.unexpectedStatus.total > 0 ? { status: errors.unexpectedStatus.total } : {}),
      ...(errors.timeout > 0 ? { timeout: errors.timeout } : {}),
      ...(connection > 0 ? { connection } : {}),
    },
    lateSends: counts.notSentOnTime,
    probeBehind: result.probeBehind.behind,
    ...(result.probeBehind.behind ? { probeBehindReason: behindReason(result) } : {}),
    ...(result.outcome === 'aborted' ? { error: 'the run was interrupted before the load finished' } : {}),
  };
}

/**
 * Loads one endpoint under its open-model plan and returns what the probe measured. A request the
 * client cannot even form (a header HTTP cannot carry) is that endpoint's error; a server that
 * refuses or hangs shows in the error counts, and the judge makes it the endpoint's error when
 * nothing was answered. Secrets never reach the text.
 */
export async function measureEndpoint(endpoint: PlannedEndpoint, url: string, options: MeasureEndpointOptions = {}): Promise<EndpointMeasurement> {
  const { load } = endpoint;
  try {
    const result = await runOpenModel(
      { method: endpoint.method, url, headers: endpoint.headers, ...(endpoint.body !== undefined ? { body: endpoint.body } : {}), expectedStatus: endpoint.expectedStatus, timeoutMs: load.timeoutSeconds * 1000 },
      { ratePerSecond: load.rate, durationSeconds: endpoint.plan.measuredSeconds, warmupSeconds: load.warmupSeconds },
      { concurrency: load.concurrency, ...options },
    );
    return endpointMeasurement(endpoint, url, result);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    return unmeasuredEndpoint(endpoint, url, redact(error.message, endpoint.secrets));
  }
}
