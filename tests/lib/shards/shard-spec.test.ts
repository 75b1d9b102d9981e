import { describe, expect, test } from 'vitest';
import { parseShardSpec, shardText } from '../../../src/lib/shards/shard-spec.ts';

describe('parseShardSpec', () => {
  test.each<[string, { index: number; total: number }]>([
    ['1/1', { index: 1, total: 1 }], // one piece
    ['2/3', { index: 2, total: 3 }],
    ['3/3', { index: 3, total: 3 }], // the last shard, counted from 1
    [' 4 / 10 ', { index: 4, total: 10 }], // spaces a shell or a YAML value may leave
    ['256/256', { index: 256, total: 256 }], // the most a GitHub matrix gives
  ])('%s is shard %o', (text, shard) => {
    expect(parseShardSpec(text)).toEqual(shard);
    expect(shardText(shard)).toBe(`${shard.index}/${shard.total}`);
  });

  test.each<[string, RegExp]>([
    ['0/3', /^--shard is "0\/3": the index must be from 1 to 3 \(shards are counted from 1\); expected --shard <i>\/<n>/], // a 0-based index
    ['4/3', /^--shard is "4\/3": the index must be from 1 to 3/], // past the last shard
    ['1/0', /^--shard is "1\/0": the total must be from 1 to 256/],
    ['1/257', /the total must be from 1 to 256/],
    ['a/b', /^--shard is "a\/b": expected --shard <i>\/<n>, shard i of n counted from 1, such as 1\/3, 2\/3 and 3\/3$/],
    ['2', /^--shard is "2": expected --shard <i>\/<n>/], // no total at all
    ['1.5/3', /expected --shard <i>\/<n>/],
    ['-1/3', /expected --shard <i>\/<n>/],
    ['/3', /the index is missing \(as when CI_NODE_INDEX is unset, or a matrix value is empty\)/], // GitLab's CI_NODE_INDEX unset
    ['2/', /the total is missing \(as when CI_NODE_TOTAL is unset/],
    ['/', /the index and the total are missing \(as when CI_NODE_INDEX and CI_NODE_TOTAL are unset/], // both unset
    ['', /^--shard is "": it is empty/], // an empty matrix value
  ])('%j is refused, naming the flag and what was expected', (text, message) => {
    const outcome = parseShardSpec(text);
    expect(typeof outcome).toBe('string');
    expect(outcome).toMatch(message);
  });
});
