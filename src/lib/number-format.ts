import type { Locale } from './schema/localized.ts';

/** One formatter per language and number of decimals: making one costs far more than using it, and a page writes thousands of numbers. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let found = FORMATTERS.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits });
    FORMATTERS.set(key, found);
  }
  return found;
}

/** Formats a number the way each language writes it (decimal comma in French), with a no-break space between thousands. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return formatter(locale, maximumFractionDigits).format(value).replace(/\u202f/g, '\u00a0');
}
