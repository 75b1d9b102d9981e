import { formatMinutes, formatThreshold } from './format.ts';
import type { Comparison } from './schema/comparison.ts';
import type { Locale } from './schema/localized.ts';

/** A threshold with how long it must hold: "> 70 % pendant 2 min", "> 70% for 2 min", or just "> 80 %". */
export function formatHeldCondition(comparison: Comparison, value: number, unit: string, forMinutes: number | undefined, locale: Locale): string {
  const threshold = formatThreshold(comparison, value, unit, locale);
  if (forMinutes === undefined) return threshold;
  return `${threshold} ${locale === 'fr' ? 'pendant' : 'for'} ${formatMinutes(forMinutes, locale)}`;
}
