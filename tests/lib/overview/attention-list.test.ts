import { describe, expect, test } from 'vitest';
import { ATTENTION_SHOWN, mostUrgent } from '../../../src/lib/overview/attention-list.ts';

describe('mostUrgent', () => {
  test.each([
    // fewer than the limit: all of them, none left out
    [3, 5, 3, 0],
    [5, 5, 5, 0],
    // more: the first ones, and how many more
    [12, 5, 5, 7],
    [0, 5, 0, 0],
  ])('%i entries, limit %i → %i shown, %i more', (count, limit, shown, more) => {
    const entries = Array.from({ length: count }, (_, index) => index);
    const result = mostUrgent(entries, limit);
    expect(result.shown).toEqual(entries.slice(0, shown));
    expect(result.more).toBe(more);
  });

  test('keeps the default limit', () => expect(mostUrgent(Array.from({ length: 1000 }, (_, index) => index)).shown).toHaveLength(ATTENTION_SHOWN));
  test.each([0, -1, 2.5])('refuses a limit of %s', (limit) => expect(() => mostUrgent([1], limit)).toThrow(/limit/));
});
