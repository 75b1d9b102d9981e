import { projectResult, type RunFacts } from '../result-document.ts';
import type { EndpointResult, PageResult, ProjectResult } from '../schema/result.ts';
import type { ShardFile } from './check-shards.ts';
import { planShares } from './plan-shares.ts';

/** What a whole run's shards add up to: its projects in the plan's order, the facts of the run, and whether its tooling failed anywhere. */
export interface MergedRun {
  facts: RunFacts;
  projects: ProjectResult[];
  toolingFailed: boolean;
  /** What a person should know: tool versions that differ between shards. */
  notes: string[];
}

/** The version every shard states, or the first shard's (that measured pages) with a note naming the others. */
function toolVersion(shards: readonly ShardFile[], tool: 'lighthouse' | 'chrome', notUsed: string, notes: string[]): string {
  const used = shards.filter((shard) => shard.partial.tools[tool] !== notUsed);
  const versions = [...new Set(used.map((shard) => shard.partial.tools[tool]))];
  if (versions.length > 1) notes.push(`the shards ran different ${tool === 'chrome' ? 'Chrome' : 'Lighthouse'} versions (${used.map((shard) => `shard ${shard.partial.shard.index}: ${shard.partial.tools[tool]}`).join(', ')}); the result states the first`);
  return versions[0] ?? notUsed;
}

/**
 * Puts checked shards (checkShardSet) back together as the unsharded run would have written them:
 * each project's pages and endpoints in the plan's order, its status the worst of them, the run's
 * time the first shard's start, its options the plan's. `notUsed` is what a shard that measured
 * no page states as its Lighthouse and Chrome versions.
 */
export function mergeShards(shards: readonly ShardFile[], notUsed: string): MergedRun {
  const { plan, shard } = shards[0]!.partial;
  const entries = new Map<string, PageResult | EndpointResult>();
  for (const { partial } of shards) {
    const share = planShares(partial.plan, shard.total)[partial.shard.index - 1]!.items;
    for (const result of partial.projects) {
      const ofProject = share.filter((item) => item.project === result.id);
      ofProject.filter((item) => item.kind === 'page').forEach((item, index) => entries.set(item.key, result.pages[index]!));
      ofProject.filter((item) => item.kind === 'endpoint').forEach((item, index) => entries.set(item.key, result.endpoints![index]!));
    }
  }
  const projects = plan.projects.map((project) => {
    const pages = project.pages.map((_, index) => entries.get(`${project.id}/page/${index + 1}`) as PageResult);
    const endpoints = project.endpoints.map((_, index) => entries.get(`${project.id}/endpoint/${index + 1}`) as EndpointResult);
    return projectResult(project.id, project.profile, pages, endpoints);
  });
  const notes: string[] = [];
  const facts: RunFacts = {
    generatedAt: shards.map((entry) => entry.partial.generatedAt).sort()[0]!,
    tools: { lighthouse: toolVersion(shards, 'lighthouse', notUsed, notes), chrome: toolVersion(shards, 'chrome', notUsed, notes), node: shards[0]!.partial.tools.node },
    runs: plan.options.runs,
    ttfbSamples: plan.options.ttfbSamples,
    ...(plan.options.profile !== null ? { profile: plan.options.profile } : {}),
  };
  return { facts, projects, toolingFailed: shards.some((entry) => entry.partial.toolingFailed), notes };
}
