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

/** The ids of the targets verify-web-vitals judges, in the order of the targets file. */
export function measuredTargetIds(targets: ReadonlyMap<string, Target>): string[] {
  return [...targets.values()].filter((target) => target.measuredBy === 'verify-web-vitals').map((target) => target.id);
}

/** Targets marked `measuredBy: verify-web-vitals` that the command has no measurement for, each as a sentence. */
export function unmeasurableTargets(targets: ReadonlyMap<string, Target>, file: string): string[] {
  const known = [...PROBE_METRICS, ...Object.keys(LIGHTHOUSE_METRICS)];
  return measuredTargetIds(targets)
    .filter((id) => !PROBE_METRICS.has(id) && LIGHTHOUSE_METRICS[id] === undefined)
    .map((id) => `${file}: target "${id}" says \`measuredBy: verify-web-vitals\`, but the command measures only ${known.join(', ')}: use one of these ids or \`measuredBy: record\`.`);
}
