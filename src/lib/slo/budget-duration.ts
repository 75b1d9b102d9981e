import { formatNumber } from '../number-format.ts';
import type { Locale } from '../schema/localized.ts';

const NBSP = '\u00a0';

/** A budget's minutes as a reader counts them: "26 s", "43.2 min", "7 h 12 min", "3 d 0 h" (the budget table and the calculator both write them so). */
export function budgetDurationText(minutes: number, locale: Locale): string {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`expected a number of minutes of zero or more, got ${minutes}`);
  if (minutes > 0 && minutes < 1) return `${formatNumber(Math.round(minutes * 600) / 10, locale, 1)}${NBSP}s`;
  if (minutes < 60) return `${formatNumber(Math.round(minutes * 10) / 10, locale, 1)}${NBSP}min`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes - hours * 60);
  if (hours < 24) return `${hours}${NBSP}h${rest > 0 ? ` ${rest}${NBSP}min` : ''}`;
  const days = Math.floor(hours / 24);
  return `${days}${NBSP}${locale === 'fr' ? 'j' : 'd'} ${hours - days * 24}${NBSP}h`;
}
