import type { Locale } from '../schema/localized.ts';

/** The orders a reader can pick on the overview; the first is the one the page is built in. */
export const SORT_KEYS = ['attention', 'name', 'progress', 'measured'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What a project is sorted on: the page writes these on each card, so its script sorts by the same rule as the build. */
export interface SortFields {
  name: string;
  /** Items needing attention. */
  attention: number;
  /** Settled items over all items, 0 to 1. */
  progress: number;
  /** When the last run was (ISO); absent when never measured. */
  measuredAt?: string;
}

/** True when a text is one of the sort keys, for the page's script reading a select's value. */
export function isSortKey(text: string): text is SortKey {
  return (SORT_KEYS as readonly string[]).includes(text);
}

/** A comparator for one order, ties broken by name in the language's collation: most attention first, by name, least progress first, or oldest (never measured first) measurement first. */
export function compareProjects(key: SortKey, locale: Locale): (a: SortFields, b: SortFields) => number {
  const collator = new Intl.Collator(locale === 'fr' ? 'fr-FR' : 'en-GB', { numeric: true });
  const byName = (a: SortFields, b: SortFields) => collator.compare(a.name, b.name);
  const measured = (fields: SortFields) => (fields.measuredAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(fields.measuredAt));
  switch (key) {
    case 'attention':
      return (a, b) => b.attention - a.attention || byName(a, b);
    case 'name':
      return byName;
    case 'progress':
      return (a, b) => a.progress - b.progress || byName(a, b);
    case 'measured':
      return (a, b) => measured(a) - measured(b) || byName(a, b);
  }
}
