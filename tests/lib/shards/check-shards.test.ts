import { describe, expect, test } from 'vitest';
import { checkShardSet, type ShardFile } from '../../../src/lib/shards/check-shards.ts';
import { mergeShards } from '../../../src/lib/shards/merge-shards.ts';
import { PARTIAL_KIND, PARTIAL_VERSION, type PartialResult, type PlanIdentity } from '../../../src/lib/shards/partial-result-schema.ts';
import { planShares } from '../../../src/lib/shards/plan-shares.ts';
import type { PageResult } from '../../../src/lib/schema/result.ts';

/** A plan of one project with three pages, 1 run each. */
const PLAN: PlanIdentity = {
  options: { runs: 1, ttfbSamples: 2, timeoutSeconds: 10, profile: null, only: null, allowHeavyLoad: false },
  projects: [{ id: 'shop', profile: 'desktop', localPreview: false, pages: ['Home', 'Cart', 'Search'].map((name) => ({ name, address: `https://shop.test/${name}` })), endpoints: [], targets: [{ id: 'ttfb', value: 200, comparison: 'lt' }] }],
};
const FINGERPRINT = 'a'.repeat(64);

/** A page as a shard judged it: Cart misses its TTFB target. */
const page = (name: string): PageResult => ({ name, url: `https://shop.test/${name}`, status: name === 'Cart' ? 'fail' : 'pass', metrics: { ttfb: { value: name === 'Cart' ? 300 : 50, target: 200, comparison: 'lt', status: name === 'Cart' ? 'fail' : 'pass', overridden: false } }, runs: 1, ttfbSamples: 2 });

/** Shard `index` of `total` of a plan, as its file would hold it. */
function shard(index: number, total: number, plan = PLAN, fingerprint = FINGERPRINT, file = `out-${index}/verify-web-vitals-shard-${index}-of-${total}.json`): ShardFile {
  const items = planShares(plan, total)[index - 1]!.items;
  const names = items.map((item) => item.name);
  const partial: PartialResult = {
    kind: PARTIAL_KIND,
    version: PARTIAL_VERSION,
    shard: { index, total },
    fingerprint,
    plan,
    items: items.map((item) => item.key),
    generatedAt: `2026-12-01T10:0${index}:00.000Z`,
    finishedAt: `2026-12-01T10:1${index}:00.000Z`,
    tools: { lighthouse: '13.5.0', chrome: '150.0', node: 'v24.21.0' },
    toolingFailed: false,
    projects: names.length > 0 ? [{ id: 'shop', status: names.includes('Cart') ? 'fail' : 'pass', profile: 'desktop', pages: names.map(page) }] : [],
  };
  return { file, partial };
}

describe('checkShardSet', () => {
  test('every shard of one run, in any order, is one whole run', () => {
    const outcome = checkShardSet([shard(3, 3), shard(1, 3), shard(2, 3)], ['out-1', 'out-2', 'out-3']);
    expect(outcome.ok && outcome.shards.map((entry) => entry.partial.shard.index)).toEqual([1, 2, 3]);
  });

  test.each<[string, () => ShardFile[], RegExp]>([
    ['a missing shard', () => [shard(1, 3), shard(3, 3)], /^shard 2\/3 is missing: none of out-1, out-3 holds verify-web-vitals-shard-2-of-3\.json/],
    ['a doubled shard, with both files', () => [shard(1, 2), shard(2, 2), shard(2, 2, PLAN, FINGERPRINT, 'copy/verify-web-vitals-shard-2-of-2.json')], /^shard 2\/2 is doubled: out-2\/verify-web-vitals-shard-2-of-2\.json and copy\/verify-web-vitals-shard-2-of-2\.json are both shard 2\/2/],
    ['a shard of a run cut otherwise', () => [shard(1, 2), shard(2, 2), shard(2, 3)], /^shard 2\/3 \(out-2\/verify-web-vitals-shard-2-of-3\.json\) is foreign: it is a shard of a run cut into 3, the others .* of a run cut into 2/],
    ['a shard with other options', () => [shard(1, 2), shard(2, 2, { ...PLAN, options: { ...PLAN.options, runs: 3 } }, 'b'.repeat(64))], /^shard 2\/2 .* is foreign: it belongs to another run than shard 1\/2 .*, with other options \(runs 3 instead of 1\)/],
    ['a shard with other targets', () => [shard(1, 2), shard(2, 2, { ...PLAN, projects: [{ ...PLAN.projects[0]!, targets: [{ id: 'ttfb', value: 300, comparison: 'lt' }] }] }, 'b'.repeat(64))], /is foreign: .*another selection or other targets in project shop/],
  ])('%s is refused, naming it', (_, shards, message) => {
    const outcome = checkShardSet(shards(), ['out-1', 'out-3']);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.join('\n')).toMatch(message);
  });

  test('a shard whose items are not the share its plan gives is refused as edited', () => {
    const edited = shard(1, 2);
    edited.partial.items = [...edited.partial.items].reverse();
    const outcome = checkShardSet([edited, shard(2, 2)], ['out-1', 'out-2']);
    expect(!outcome.ok && outcome.problems[0]).toMatch(/^out-1\/verify-web-vitals-shard-1-of-2\.json: field `items` is not the share of shard 1\/2 its plan gives/);
  });

  test('a shard missing a page of its share is refused as cut short', () => {
    const short = shard(1, 2);
    short.partial.projects[0]!.pages.pop();
    const outcome = checkShardSet([short, shard(2, 2)], ['out-1', 'out-2']);
    expect(!outcome.ok && outcome.problems[0]).toMatch(/project shop holds the pages \["Home"\], not the \["Home","Search"\] of its share/);
  });

  test('no file at all is refused', () => {
    expect(checkShardSet([], ['empty'])).toEqual({ ok: false, problems: [expect.stringMatching(/^no partial result in empty/)] });
  });
});

describe('mergeShards', () => {
  test.each([1, 2, 3])('%i shards put back the pages in the plan order, the worst status, the first start and the plan options', (total) => {
    const shards = Array.from({ length: total }, (_, index) => shard(index + 1, total));
    const merged = mergeShards(shards, 'not used');
    expect(merged.projects).toEqual([{ id: 'shop', status: 'fail', profile: 'desktop', pages: ['Home', 'Cart', 'Search'].map(page) }]);
    expect(merged.facts).toEqual({ generatedAt: '2026-12-01T10:01:00.000Z', tools: { lighthouse: '13.5.0', chrome: '150.0', node: 'v24.21.0' }, runs: 1, ttfbSamples: 2 });
    expect(merged.toolingFailed).toBe(false);
    expect(merged.notes).toEqual([]);
  });

  test('a Chrome that differs between shards is noted, and a failed tooling anywhere is kept', () => {
    const [first, second] = [shard(1, 2), shard(2, 2)];
    second.partial.tools = { ...second.partial.tools, chrome: '151.0' };
    second.partial.toolingFailed = true;
    const merged = mergeShards([first, second], 'not used');
    expect(merged.facts.tools.chrome).toBe('150.0');
    expect(merged.notes).toEqual(['the shards ran different Chrome versions (shard 1: 150.0, shard 2: 151.0); the result states the first']);
    expect(merged.toolingFailed).toBe(true);
  });
});
