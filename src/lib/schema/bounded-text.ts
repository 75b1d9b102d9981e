import { z } from 'zod';
import { LENGTH_LIMITS, type LengthLimit } from '../content-limits.ts';

/** A string of at most the named limit's length; the message gives the limit, its name and the length found. */
export function boundedString(limit: LengthLimit) {
  const max = LENGTH_LIMITS[limit];
  return z.string().max(max, {
    error: (issue) => `expected at most ${max.toLocaleString('en-US')} characters (${limit}), found ${String(issue.input).length.toLocaleString('en-US')}: shorten it, and put the rest in a linked document`,
  });
}
