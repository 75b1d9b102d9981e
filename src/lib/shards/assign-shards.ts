import { planOrder, type WorkItem } from './work-items.ts';

/** One shard's share: its items in the plan's order and their expected cost. */
export interface Share {
  items: WorkItem[];
  costMs: number;
}

/**
 * Cuts the work into `total` shares of nearly equal expected cost, the same on every machine:
 * the items sorted by cost, dearest first, ties in the plan's order, each given in turn to the
 * share with the least cost so far, ties to the lowest shard (the longest-processing-time rule,
 * within 4/3 of the best cut). Every item lands in exactly one share; a share may be empty when
 * there are fewer items than shards. Throws on a total below 1, where no share would exist.
 */
export function assignShards(items: readonly WorkItem[], total: number): Share[] {
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`expected a whole number of shards of 1 or more, got ${total}`);
  const shares: Share[] = Array.from({ length: total }, () => ({ items: [], costMs: 0 }));
  const dearestFirst = [...items].sort((a, b) => b.costMs - a.costMs || planOrder(a, b));
  for (const item of dearestFirst) {
    let lightest = 0;
    for (let index = 1; index < total; index++) if (shares[index]!.costMs < shares[lightest]!.costMs) lightest = index;
    shares[lightest]!.items.push(item);
    shares[lightest]!.costMs += item.costMs;
  }
  for (const share of shares) share.items.sort(planOrder);
  return shares;
}
