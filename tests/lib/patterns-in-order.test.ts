import { describe, expect, test } from 'vitest';
import { patternsInOrder } from '../../src/lib/patterns-in-order.ts';
import type { Pattern } from '../../src/lib/schema/pattern.ts';

const pattern = (id: string, order: number, universal: boolean) => ({ id, order, universal }) as Pattern;
// Listed out of order, as a Map of files read in name order would be.
const PATTERNS = [pattern('pagination', 2, false), pattern('caching', 1, true), pattern('indexes', 0, true), pattern('cdn', 3, false)];

describe('patternsInOrder', () => {
  test.each([
    // every pattern, in reading order
    [undefined, ['indexes', 'caching', 'pagination', 'cdn']],
    // only the universal ones
    [true, ['indexes', 'caching']],
    // only the others
    [false, ['pagination', 'cdn']],
  ] as const)('universal %s → %o', (universal, ids) => expect(patternsInOrder(PATTERNS, universal).map((entry) => entry.id)).toEqual(ids));

  test('leaves its input as it was', () => {
    patternsInOrder(PATTERNS);
    expect(PATTERNS.map((entry) => entry.id)).toEqual(['pagination', 'caching', 'indexes', 'cdn']);
  });
});
