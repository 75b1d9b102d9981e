import type { EffectiveTarget } from '../effective-targets.ts';
import type { PlannedPage } from '../project-pages.ts';
import type { PlannedEndpoint } from '../endpoints/project-endpoints.ts';
import type { Profile } from '../profile.ts';
import type { VerifyOptions } from '../verify-options.ts';
import type { PlanIdentity } from './partial-result-schema.ts';

/** A planned project as the identity of a run reads it (src/io/verify/plan.ts's PlannedProject). */
export interface IdentifiedProject {
  id: string;
  profile: Profile;
  localPreview: boolean;
  targets: ReadonlyMap<string, EffectiveTarget>;
  pages: readonly PlannedPage[];
  endpoints: readonly PlannedEndpoint[];
}

/**
 * What makes two shards parts of one run: the selection (each project's pages and endpoints, their
 * addresses and loads, its profile and effective targets) and the options that change what is
 * measured or how it is judged. Header values are left out: they may be secrets, and they do not
 * change the judging.
 */
export function planIdentity(projects: readonly IdentifiedProject[], options: VerifyOptions): PlanIdentity {
  return {
    options: {
      runs: options.runs,
      ttfbSamples: options.ttfbSamples,
      timeoutSeconds: options.timeoutSeconds,
      profile: options.profile ?? null,
      only: options.only ?? null,
      allowHeavyLoad: options.allowHeavyLoad,
    },
    projects: projects.map((project) => ({
      id: project.id,
      profile: project.profile,
      localPreview: project.localPreview,
      pages: project.pages.map((page) => ({ name: page.name, address: page.url ?? page.path ?? '' })),
      endpoints: project.endpoints.map((endpoint) => ({
        name: endpoint.name,
        method: endpoint.method,
        address: endpoint.url ?? endpoint.path ?? '',
        rate: endpoint.plan.rate,
        warmupSeconds: endpoint.plan.warmupSeconds,
        measuredRequests: endpoint.plan.measuredRequests,
        totalSeconds: endpoint.plan.totalSeconds,
        concurrency: endpoint.plan.concurrency,
        timeoutSeconds: endpoint.plan.timeoutSeconds,
      })),
      targets: [...project.targets.values()].map((target) => ({ id: target.id, value: target.value, comparison: target.comparison })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    })),
  };
}

/** JSON with every object's keys sorted: the same text for the same identity, whatever order its fields were built or read in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, field]) => field !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
