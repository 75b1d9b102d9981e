import { formatElapsed } from '../progress-text.ts';
import type { Share } from './assign-shards.ts';
import type { ShardSpec } from './shard-spec.ts';

/** What a shard says before it starts: "shard 2/3: 4 of 11 pages and endpoints, about 1 min 35 s of the 4 min 40 s the run is expected to take". */
export function shareText(shard: ShardSpec, share: Share, shares: readonly Share[]): string {
  const count = shares.reduce((sum, entry) => sum + entry.items.length, 0);
  const cost = shares.reduce((sum, entry) => sum + entry.costMs, 0);
  return `shard ${shard.index}/${shard.total}: ${share.items.length} of ${count} pages and endpoints, about ${formatElapsed(share.costMs)} of the ${formatElapsed(cost)} the run is expected to take.`;
}
