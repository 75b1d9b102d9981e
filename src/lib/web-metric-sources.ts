import { ENDPOINT_METRIC_IDS } from './endpoints/endpoint-targets.ts';
import type { LighthouseFigures } from './lighthouse-figures.ts';
import type { Target } from './schema/target.ts';

/** Targets judged on the TTFB probe: Lighthouse's simulated TTFB adds round trips that a 200 ms target cannot absorb. */
export const PROBE_METRICS: ReadonlySet<string> = new Set(['ttfb']);

/** Targets judged on the median Lighthouse run, and the figure each one reads. */
export const LIGHTHOUSE_METRICS: Readonly<Record<string, keyof LighthouseFigures>> = {
  fcp: 'fcp',
  tti: 'tti',
  lcp: 'lcp',
  cls: 'cls',
  tbt: 'tbt',
  'speed-index': 'speedIndex',
};

/** True for a target judged on a project's endpoints (the open-model probe) rather than on its pages. */
export function isEndpointMetric(id: string): boolean {
  return ENDPOINT_METRIC_IDS.includes(id);
}

/** The ids of the targets verify-web-vitals judges, pages' and endpoints', in the order of the targets file. */
export function measuredTargetIds(targets: ReadonlyMap<string, Target>): string[] {
  return [...targets.values()].filter((target) => target.measuredBy === 'verify-web-vitals').map((target) => target.id);
}

/** Targets marked `measuredBy: verify-web-vitals` that the command has no measurement for, each as a sentence. */
export function unmeasurableTargets(targets: ReadonlyMap<string, Target>, file: string): string[] {
  const known = [...PROBE_METRICS, ...Object.keys(LIGHTHOUSE_METRICS), ...ENDPOINT_METRIC_IDS];
  return measuredTargetIds(targets)
    .filter((id) => !PROBE_METRICS.has(id) && LIGHTHOUSE_METRICS[id] === undefined && !isEndpointMetric(id))
    .map((id) => `${file}: target "${id}" says \`measuredBy: verify-web-vitals\`, but the command measures only ${known.join(', ')}: use one of these ids or \`measuredBy: record\`.`);
}
