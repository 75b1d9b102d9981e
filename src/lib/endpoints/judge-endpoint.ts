import type { EffectiveTarget } from '../effective-targets.ts';
import { isJudged, type EndpointMetric, type EndpointResult } from '../schema/result.ts';
import { verdict } from '../verdict.ts';
import { ENDPOINT_ERROR_KINDS, type EndpointMeasurement, type LatencyPercentiles } from './endpoint-measurement.ts';
import { API_ERROR_RATE_ID, LATENCY_TARGETS } from './endpoint-targets.ts';
import { minimumRequestsForErrorRate, minimumSamples } from './sample-size.ts';

/** Rounds to the precision a figure is read at: a tenth of a millisecond, a thousandth of a percent. */
const rounded = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Percentiles to the tenth of a millisecond, as they are read. */
const tenths = (percentiles: LatencyPercentiles): LatencyPercentiles => ({
  p50: rounded(percentiles.p50, 1),
  p95: rounded(percentiles.p95, 1),
  p99: rounded(percentiles.p99, 1),
  p999: rounded(percentiles.p999, 1),
  max: rounded(percentiles.max, 1),
});

/** The errors of a measurement, all kinds together. */
const errorCount = (measurement: EndpointMeasurement) => ENDPOINT_ERROR_KINDS.reduce((sum, kind) => sum + (measurement.errors[kind] ?? 0), 0);

/** The errors by kind as a reader sees them: "timeout 12, connection 3", or "none". */
function errorsText(measurement: EndpointMeasurement): string {
  const parts = ENDPOINT_ERROR_KINDS.filter((kind) => (measurement.errors[kind] ?? 0) > 0).map((kind) => `${kind} ${measurement.errors[kind]}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** Why a measurement cannot be judged at all, or undefined when it can. */
function unjudgeable(measurement: EndpointMeasurement): string | undefined {
  if (measurement.error !== undefined) return measurement.error;
  const { sent, completed, lateSends } = measurement;
  if (sent === 0) return 'the probe sent no measured request: check the load in the project file (`load.durationSeconds` or `load.requests`)';
  if (completed > sent || errorCount(measurement) > sent) return `the probe reported ${completed} answered and ${errorCount(measurement)} failed of ${sent} sent requests, which cannot be: a bug in the probe, not a figure to judge`;
  if (measurement.probeBehind) {
    const why = measurement.probeBehindReason ?? `${lateSends} of ${sent} requests sent late`;
    return `the probe, not the server, fell behind: it could not keep its own schedule on this machine (${why}), so its figures would measure the probe; lower \`load.rate\`, or run it on a less busy machine`;
  }
  if (completed === 0 || measurement.latency === undefined) return `no request completed: ${sent} sent, errors: ${errorsText(measurement)}; check that the endpoint answers from this machine`;
  return undefined;
}

/** One metric: judged when it rests on enough samples, else marked insufficient. */
function metric(value: number, target: EffectiveTarget, samples: number, needed: number): EndpointMetric {
  const base = { value, target: target.value, comparison: target.comparison, overridden: target.overrideReason !== undefined };
  if (samples < needed) return { ...base, insufficient: true, samples, minimumSamples: needed };
  return { ...base, status: verdict(value, target) };
}

/** Judges one endpoint's measurement against its project's effective API targets: each percentile and the error rate, when their targets exist. */
export function judgeEndpoint(measurement: EndpointMeasurement, targets: ReadonlyMap<string, EffectiveTarget>): EndpointResult {
  const { name, url, method, planned, sent, completed, errors, lateSends, probeBehind, warmup } = measurement;
  const throughput = { planned: rounded(measurement.throughput.planned, 3), sent: rounded(measurement.throughput.sent, 3), achieved: rounded(measurement.throughput.achieved, 3) };
  const base = {
    name, url, method, planned, sent, completed, errors, lateSends, probeBehind, warmup, throughput,
    ...(measurement.latency ? { latency: tenths(measurement.latency) } : {}),
    ...(measurement.serviceTime ? { serviceTime: tenths(measurement.serviceTime) } : {}),
  };
  const problem = unjudgeable(measurement);
  if (problem !== undefined) return { ...base, status: 'error', error: problem, metrics: {} };
  const latency = measurement.latency!;
  const metrics: Record<string, EndpointMetric> = {};
  for (const { id, percentile, perMille } of LATENCY_TARGETS) {
    const target = targets.get(id);
    if (target) metrics[id] = metric(rounded(latency[percentile], 1), target, measurement.completed, minimumSamples(perMille));
  }
  const errorTarget = targets.get(API_ERROR_RATE_ID);
  if (errorTarget) {
    const rate = rounded((errorCount(measurement) / measurement.sent) * 100, 3);
    metrics[API_ERROR_RATE_ID] = metric(rate, errorTarget, measurement.sent, minimumRequestsForErrorRate(errorTarget));
  }
  const judged = Object.values(metrics).filter(isJudged);
  if (Object.keys(metrics).length === 0) {
    return { ...base, status: 'error', error: `no API target to judge against: expected at least one of ${[...LATENCY_TARGETS.map((entry) => entry.id), API_ERROR_RATE_ID].join(', ')} in the targets`, metrics };
  }
  if (judged.length === 0) {
    const needs = Object.entries(metrics).map(([id, entry]) => `${id} needs ${'minimumSamples' in entry ? entry.minimumSamples.toLocaleString('en-US') : ''}`);
    return { ...base, status: 'error', error: `too few requests to judge any target: ${measurement.completed} answered of ${measurement.sent} sent, and ${needs.join(', ')}; raise \`load.durationSeconds\`, \`load.requests\` or \`load.rate\``, metrics };
  }
  return { ...base, status: judged.some((entry) => entry.status === 'fail') ? 'fail' : 'pass', metrics };
}
