import { describe, expect, test } from 'vitest';
import { parseProcStat } from '../../src/lib/proc-stat.ts';

describe('parseProcStat', () => {
  test.each<[string, string, ReturnType<typeof parseProcStat>]>([
    // A real line of `cat /proc/self/stat`.
    ['a plain name', '9469 (cat) R 9464 9464 4102 0 -1 4194304 100 0 0 0 0 0 0 0 20 0 1 0 64160 3133440 380 18446744073709551615', { pid: 9469, name: 'cat', state: 'R', ppid: 9464, pgid: 9464, startTime: '64160' }],
    // Chrome's helpers are named like this; the fields are counted from the last parenthesis.
    ['a name with spaces and parentheses', '77 (Chrome (x) Helper) S 70 70 70 0 -1 0 0 0 0 0 0 0 0 0 20 0 9 0 123456 0 0', { pid: 77, name: 'Chrome (x) Helper', state: 'S', ppid: 70, pgid: 70, startTime: '123456' }],
    ['an empty text (the process ended while it was read)', '', undefined],
    ['a line cut short before the start time', '12 (sh) S 1 12 12 0', undefined],
  ])('%s', (_, line, expected) => {
    expect(parseProcStat(line)).toEqual(expected);
  });

});
