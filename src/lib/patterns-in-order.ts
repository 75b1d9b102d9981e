import type { Pattern } from './schema/pattern.ts';

/** The patterns in reading order; `universal` true keeps only the universal ones, false only the others, absent all. */
export function patternsInOrder(patterns: Iterable<Pattern>, universal?: boolean): Pattern[] {
  return [...patterns].filter((pattern) => universal === undefined || pattern.universal === universal).sort((a, b) => a.order - b.order);
}
