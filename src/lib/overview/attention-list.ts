/** The most items the overview's list of items needing attention shows: the most urgent ones; each project's card counts its own and its page lists them all. */
export const ATTENTION_SHOWN = 20;

/** The first `limit` entries of a list sorted most urgent first, and how many were left out. */
export function mostUrgent<Entry>(entries: readonly Entry[], limit = ATTENTION_SHOWN): { shown: Entry[]; more: number } {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`mostUrgent needs a limit of 1 or more, got ${limit}`);
  return { shown: entries.slice(0, limit), more: Math.max(0, entries.length - limit) };
}
