import { COMPARISON_SIGN, type Comparison } from './schema/comparison.ts';
import type { Locale } from './schema/localized.ts';
import { formatNumber } from './number-format.ts';

const NBSP = '\u00a0';

// Kept in a module of its own, free of zod, so a page's script can format numbers as the pages do.
export { formatNumber };

/** Formats a duration given in milliseconds: whole seconds read as seconds ("2 s"), the rest as ms. */
export function formatMs(value: number, locale: Locale): string {
  if (value >= 1000 && value % 1000 === 0) return `${formatNumber(value / 1000, locale)}${NBSP}s`;
  return `${formatNumber(Math.round(value * 10) / 10, locale, 1)}${NBSP}ms`;
}

/** Units a threshold can carry, with their French and English spelling. */
const UNIT_TEXT: Record<string, { fr: string; en: string; space: boolean }> = {
  percent: { fr: '%', en: '%', space: true },
  'percent-per-hour': { fr: '%/heure', en: '%/hour', space: true },
  'percent-of-pool': { fr: '% du pool', en: '% of the pool', space: true },
  'pending-requests': { fr: 'requêtes en attente', en: 'pending requests', space: true },
  unitless: { fr: '', en: '', space: false },
};

/** Formats a value with its unit. */
export function formatValue(value: number, unit: string, locale: Locale): string {
  if (unit === 'ms') return formatMs(value, locale);
  const text = UNIT_TEXT[unit];
  if (text === undefined) throw new Error(`unknown unit "${unit}"`);
  const suffix = text[locale];
  if (suffix === '') return formatNumber(value, locale);
  const space = locale === 'fr' || !suffix.startsWith('%') ? NBSP : '';
  return `${formatNumber(value, locale)}${space}${suffix}`;
}

/** Formats a threshold such as "< 200 ms". */
export function formatThreshold(comparison: Comparison, value: number, unit: string, locale: Locale): string {
  return `${COMPARISON_SIGN[comparison]}${NBSP}${formatValue(value, unit, locale)}`;
}

/** Formats a number of minutes as "5 min" or "2 h". */
export function formatMinutes(minutes: number, locale: Locale): string {
  if (minutes >= 60 && minutes % 60 === 0) return `${formatNumber(minutes / 60, locale)}${NBSP}h`;
  return `${formatNumber(minutes, locale)}${NBSP}min`;
}
