import { describe, expect, test } from 'vitest';
import { planOrder, priorityRank } from '../../../src/lib/audits/plan-order.ts';

const action = (id: string, priority: string, effort: string) => ({ id, priority, effort });
const ids = (actions: Array<{ id: string }>) => actions.map((entry) => entry.id);

describe('planOrder: quick wins first, then the cheaper row', () => {
  test.each<[string, Array<ReturnType<typeof action>>, string[]]>([
    ['already in order stays as it is', [action('a', 'P0', '5 min'), action('b', 'P0', '2 h'), action('c', 'P1', '1 h')], ['a', 'b', 'c']],
    ['a P0 listed after a P1 moves up', [action('cdn', 'P1', '2 h'), action('index', 'P0', '5 min')], ['index', 'cdn']],
    ['within a priority the cheaper goes first: 1 h, 2 h, 1 d', [action('n1', 'P1', '1 d'), action('cdn', 'P1', '2 h'), action('pool', 'P1', '1 h')], ['pool', 'cdn', 'n1']],
    ['a working day is 8 h: 1 d before 9 h', [action('long', 'P2', '9 h'), action('day', 'P2', '1 d')], ['day', 'long']],
    ['ties keep the file\'s order', [action('x', 'P1', '2 h'), action('y', 'P1', '2 h')], ['x', 'y']],
    ['placeholders go last, in the file\'s order', [action('todo', 'TODO: priority', '1 h'), action('p2', 'P2', '1 w'), action('effort', 'P2', 'TODO: effort')], ['p2', 'effort', 'todo']],
    ['an empty plan', [], []],
  ])('%s', (_, actions, expected) => {
    expect(ids(planOrder(actions))).toEqual(expected);
  });

  test.each<[string, number | undefined]>([
    ['P0', 0],
    ['P2', 2],
    ['TODO: P0 or P1', undefined],
    ['P3', undefined],
  ])('the rank of %s is %s', (priority, rank) => {
    expect(priorityRank(priority)).toBe(rank);
  });
});
