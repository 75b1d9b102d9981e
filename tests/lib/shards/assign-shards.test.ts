import { describe, expect, test } from 'vitest';
import { assignShards } from '../../../src/lib/shards/assign-shards.ts';
import { endpointCostMs, pageCostMs, projectsOfShare, workItems, type ShardableProject } from '../../../src/lib/shards/work-items.ts';

/** A project of `pages` pages and endpoints of these load durations (seconds). */
const project = (id: string, pages: number, endpointSeconds: number[] = []): ShardableProject => ({
  id,
  pages: Array.from({ length: pages }, (_, index) => ({ name: `${id} page ${index + 1}` })),
  endpoints: endpointSeconds.map((seconds, index) => ({ name: `${id} endpoint ${index + 1}`, plan: { totalSeconds: seconds } })),
});

const OPTIONS = { runs: 3, ttfbSamples: 5 };
const keysOf = (shares: ReturnType<typeof assignShards>) => shares.map((share) => share.items.map((item) => item.key));

describe('work items', () => {
  test('a page costs its runs and TTFB samples, an endpoint its warm-up and load; keys count from 1 in file order', () => {
    const items = workItems([project('shop', 2, [35])], OPTIONS);
    expect(items.map((item) => [item.key, item.costMs])).toEqual([
      ['shop/page/1', pageCostMs(OPTIONS)],
      ['shop/page/2', pageCostMs(OPTIONS)],
      ['shop/endpoint/1', 35_000],
    ]);
    expect(pageCostMs({ runs: 3, ttfbSamples: 5 })).toBeGreaterThan(pageCostMs({ runs: 1, ttfbSamples: 5 }));
    expect(endpointCostMs({ totalSeconds: 0.25 })).toBe(250);
  });

  test('a share narrows each project to its pages and endpoints, and drops a project left empty', () => {
    const projects = [project('a', 2, [10]), project('b', 1)];
    const share = projectsOfShare(projects, new Set(['a/endpoint/1', 'a/page/2']));
    expect(share).toEqual([{ id: 'a', pages: [{ name: 'a page 2' }], endpoints: [{ name: 'a endpoint 1', plan: { totalSeconds: 10 } }] }]);
  });
});

describe('assignShards', () => {
  // (projects, shards) -> the keys of each share, in the plan's order.
  test.each<[string, ShardableProject[], number, string[][]]>([
    ['one shard takes everything', [project('a', 3)], 1, [['a/page/1', 'a/page/2', 'a/page/3']]],
    ['equal pages are dealt out in turn', [project('a', 4)], 2, [['a/page/1', 'a/page/3'], ['a/page/2', 'a/page/4']]],
    ['fewer items than shards leaves the last shares empty', [project('a', 2)], 3, [['a/page/1'], ['a/page/2'], []]],
    // A 60 s load weighs like several pages (23.5 s each at 3 runs): it gets a shard to itself, the pages share the rest.
    ['a long endpoint load is balanced against pages', [project('a', 3, [60])], 2, [['a/endpoint/1'], ['a/page/1', 'a/page/2', 'a/page/3']]],
    ['projects are kept in the plan order within a share', [project('a', 1), project('b', 2)], 2, [['a/page/1', 'b/page/2'], ['b/page/1']]],
  ])('%s', (_, projects, total, expected) => {
    expect(keysOf(assignShards(workItems(projects, OPTIONS), total))).toEqual(expected);
  });

  const big = [project('api', 2, [35, 5, 120]), project('handbook', 17), project('shop', 6, [40, 40])];

  test.each([1, 2, 3, 4, 7, 32])('every item lands in exactly one of %i shares', (total) => {
    const items = workItems(big, OPTIONS);
    const shares = assignShards(items, total);
    expect(shares).toHaveLength(total);
    const keys = shares.flatMap((share) => share.items.map((item) => item.key));
    expect(keys.sort()).toEqual(items.map((item) => item.key).sort());
    expect(shares.reduce((sum, share) => sum + share.costMs, 0)).toBe(items.reduce((sum, item) => sum + item.costMs, 0));
  });

  test.each([2, 3, 4])('the dearest of %i shares is within 1.25x of an even split when no item dominates', (total) => {
    const shares = assignShards(workItems(big, OPTIONS), total);
    const costs = shares.map((share) => share.costMs);
    const even = costs.reduce((sum, cost) => sum + cost, 0) / total;
    expect(Math.max(...costs) / even).toBeLessThan(1.25);
  });

  test('the same input gives the same shares whatever order it was built in, and whoever computes it', () => {
    const items = workItems(big, OPTIONS);
    const once = keysOf(assignShards(items, 3));
    expect(keysOf(assignShards([...items].reverse(), 3))).toEqual(once);
    expect(keysOf(assignShards(structuredClone(items), 3))).toEqual(once);
  });

  test('no shards is refused rather than made up', () => {
    expect(() => assignShards([], 0)).toThrow(RangeError);
  });
});
