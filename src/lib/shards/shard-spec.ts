/** One shard of a sharded run: the `index`-th of `total`, counted from 1 (as CI_NODE_INDEX and a GitHub matrix of 1..n give it). */
export interface ShardSpec {
  index: number;
  total: number;
}

/** The most shards a run may be cut into: far more machines than any CI matrix gives one job (GitHub allows 256 jobs per matrix). */
export const MAX_SHARDS = 256;

/** What `--shard` expects, as the usage and every error say it. */
export const SHARD_HINT = '<i>/<n>, shard i of n counted from 1, such as 1/3, 2/3 and 3/3';

/** Reads `--shard i/n`; returns the shard, or the problem naming the flag and what was expected. Nothing is ever inferred: a missing index or total is an error, never a run of everything. */
export function parseShardSpec(text: string): ShardSpec | string {
  const found = `--shard is ${JSON.stringify(text)}`;
  const expected = `expected --shard ${SHARD_HINT}`;
  if (text.trim() === '') return `${found}: it is empty (as when CI_NODE_INDEX and CI_NODE_TOTAL are unset, or a matrix value is empty); ${expected}`;
  const match = /^\s*(\d*)\s*\/\s*(\d*)\s*$/.exec(text);
  if (match === null) return `${found}: ${expected}`;
  const [, index = '', total = ''] = match;
  if (index === '' || total === '') {
    const missing = index === '' && total === '' ? 'the index and the total are missing (as when CI_NODE_INDEX and CI_NODE_TOTAL are unset' : index === '' ? 'the index is missing (as when CI_NODE_INDEX is unset' : 'the total is missing (as when CI_NODE_TOTAL is unset';
    return `${found}: ${missing}, or a matrix value is empty); ${expected}`;
  }
  const i = Number(index);
  const n = Number(total);
  if (n < 1 || n > MAX_SHARDS) return `${found}: the total must be from 1 to ${MAX_SHARDS}; ${expected}`;
  if (i < 1 || i > n) return `${found}: the index must be from 1 to ${n} (shards are counted from 1); ${expected}`;
  return { index: i, total: n };
}

/** How a shard is written in messages and file names: "2/3". */
export function shardText(shard: ShardSpec): string {
  return `${shard.index}/${shard.total}`;
}
