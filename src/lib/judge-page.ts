import type { EffectiveTarget } from './effective-targets.ts';
import type { LighthouseFigures } from './lighthouse-figures.ts';
import { median, medianIndex } from './median.ts';
import { medianRun } from './median-run.ts';
import type { PageMeasurement } from './page-measurement.ts';
import type { JudgedMetric, PageResult } from './schema/result.ts';
import { isEndpointMetric, LIGHTHOUSE_METRICS, PROBE_METRICS } from './web-metric-sources.ts';
import { verdict } from './verdict.ts';

/** Decimal places kept per unit: a tenth of a millisecond is finer than any target; CLS needs more. */
const DECIMALS: Record<string, number> = { ms: 1, unitless: 4 };

/** Rounds a measured value to the precision its unit is read at. */
function rounded(value: number, unit: string): number {
  const factor = 10 ** (DECIMALS[unit] ?? 1);
  return Math.round(value * factor) / factor;
}

/** Rounds a figure Lighthouse may not have, to a tenth. */
const tenth = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** A page that could not be measured: no metrics, the reason, and how far the measurement got. */
function errorResult(measurement: PageMeasurement, error: string): PageResult {
  return {
    name: measurement.name,
    url: measurement.url,
    status: 'error',
    error,
    metrics: {},
    runs: measurement.lighthouseRuns.length,
    ttfbSamples: measurement.ttfbSamples.length,
  };
}

/** The value a target is judged on: the median TTFB sample, or the figure of the median Lighthouse run; or why there is none. */
function measuredValue(id: string, measurement: PageMeasurement, run: LighthouseFigures | undefined): number | string {
  if (PROBE_METRICS.has(id)) {
    if (measurement.ttfbSamples.length === 0) return 'no TTFB sample was taken';
    return median(measurement.ttfbSamples.map((sample) => sample.total));
  }
  const figure = LIGHTHOUSE_METRICS[id];
  if (figure === undefined) return `the command has no measurement for target "${id}"`;
  if (run === undefined) return 'no Lighthouse run finished';
  const value = run[figure];
  return typeof value === 'number' ? value : `Lighthouse reported no value for ${id}`;
}

/** Judges one page's measurement against the effective targets of its project: each web metric gets its value, target and status. */
export function judgePage(measurement: PageMeasurement, targets: ReadonlyMap<string, EffectiveTarget>): PageResult {
  if (measurement.error !== undefined) return errorResult(measurement, measurement.error);
  const run = measurement.lighthouseRuns.length > 0 ? medianRun(measurement.lighthouseRuns) : undefined;
  const metrics: Record<string, JudgedMetric> = {};
  for (const target of targets.values()) {
    if (target.target.measuredBy !== 'verify-web-vitals' || isEndpointMetric(target.id)) continue;
    const measured = measuredValue(target.id, measurement, run);
    if (typeof measured === 'string') return errorResult(measurement, measured);
    const value = rounded(measured, target.target.unit);
    metrics[target.id] = {
      value,
      target: target.value,
      comparison: target.comparison,
      status: verdict(value, target),
      overridden: target.overrideReason !== undefined,
    };
  }
  const samples = measurement.ttfbSamples;
  const typical = samples.length > 0 ? samples[medianIndex(samples.map((sample) => sample.total))]! : undefined;
  return {
    name: measurement.name,
    url: measurement.url,
    status: Object.values(metrics).some((metric) => metric.status === 'fail') ? 'fail' : 'pass',
    metrics,
    ...(run
      ? { lighthouse: { scores: run.scores, lcp: tenth(run.lcp), cls: run.cls === null ? null : rounded(run.cls, 'unitless'), tbt: tenth(run.tbt), speedIndex: tenth(run.speedIndex) } }
      : {}),
    ...(typical
      ? {
          ttfbBreakdown: {
            dns: rounded(typical.dns, 'ms'),
            connect: rounded(typical.connect, 'ms'),
            tls: rounded(typical.tls, 'ms'),
            wait: rounded(typical.wait, 'ms'),
            redirects: typical.redirects,
          },
        }
      : {}),
    runs: measurement.lighthouseRuns.length,
    ttfbSamples: samples.length,
  };
}
