import type { Locale } from '../schema/localized.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Past this many days an age reads in months: "3 months ago" says more than "95 days ago". */
const DAYS_BEFORE_MONTHS = 60;

/** How long ago a time was, at `now`, in the language's words ("2 days ago", "hier", "il y a 5 heures"); a time after `now` (clocks apart) reads "now". */
export function ageText(at: string, now: Date, locale: Locale): string {
  const elapsed = now.getTime() - Date.parse(at);
  if (Number.isNaN(elapsed)) throw new RangeError(`ageText needs an ISO date-time, got "${at}"`);
  const format = new Intl.RelativeTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { numeric: 'auto' });
  if (elapsed < MINUTE) return format.format(0, 'second');
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  const days = Math.floor(elapsed / DAY);
  if (days < DAYS_BEFORE_MONTHS) return format.format(-days, 'day');
  return format.format(-Math.floor(days / 30), 'month');
}
