import type { Locale } from './schema/localized.ts';

/** Formats a number the way each language writes it (decimal comma in French), with a no-break space between thousands. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits }).format(value).replace(/\u202f/g, '\u00a0');
}
