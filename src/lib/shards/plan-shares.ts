import { assignShards, type Share } from './assign-shards.ts';
import type { PlanIdentity } from './partial-result-schema.ts';
import { workItems, type ShardableProject } from './work-items.ts';

/** The projects of a recorded plan as the shard cutter reads them. */
export function shardableProjects(plan: PlanIdentity): ShardableProject[] {
  return plan.projects.map((project) => ({ id: project.id, pages: project.pages, endpoints: project.endpoints.map((endpoint) => ({ name: endpoint.name, plan: { totalSeconds: endpoint.totalSeconds } })) }));
}

/** The shares of a recorded plan cut into `total` shards: what each shard of that run measures. */
export function planShares(plan: PlanIdentity, total: number): Share[] {
  return assignShards(workItems(shardableProjects(plan), plan.options), total);
}
