// Reads what a person typed in the error-budget calculator, as exact decimals: numbers written
// the way the page's language writes them ("99,9" and "1 000" in French, "99.9" and "1,000" in
// English; a point is a decimal point in French too). A field that cannot be used is named, never
// turned into NaN or a made-up zero.
import type { Locale } from '../schema/localized.ts';
import { compare, decimal, type Decimal } from './decimal.ts';

/** The longest window the calculator takes, in days: a leap year, the longest SLO window a team states. */
export const MAX_WINDOW_DAYS = 366;

/** The three fields, as typed. */
export interface CalculatorFields {
  objective: string;
  windowDays: string;
  rate: string;
}

/** The fields once read: the objective in percent, the window in whole days, the traffic in requests per second. */
export interface CalculatorInput {
  objective: Decimal;
  windowDays: number;
  rate: Decimal;
}

/** The name of a field that could not be read. */
export type CalculatorField = keyof CalculatorFields;

/** Either the input read, or the fields that could not be, in the form's order. */
export type CalculatorReading = { ok: true; input: CalculatorInput } | { ok: false; fields: CalculatorField[] };

/** Digits with a decimal comma or point, in French. */
const FRENCH_NUMBER = /^\d+(?:[.,]\d+)?$/;
/** Digits with a decimal point, in English. */
const ENGLISH_NUMBER = /^\d+(?:\.\d+)?$/;
/** Digits grouped by thousands with commas, in English: "25,920,000". */
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The value of a number typed in a language, or undefined when it is not one (no sign, no exponent; "99,9" is no English number). */
export function typedDecimal(text: string, locale: Locale): Decimal | undefined {
  // The spaces a French number groups its thousands with, ordinary or not, are dropped in both languages.
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (locale === 'fr') return FRENCH_NUMBER.test(compact) ? decimal(compact.replace(',', '.')) : undefined;
  if (ENGLISH_GROUPED.test(compact)) return decimal(compact.replace(/,/g, ''));
  return ENGLISH_NUMBER.test(compact) ? decimal(compact) : undefined;
}

/** Reads the three fields: an objective strictly between 0 and 100 %, a whole window of 1 to MAX_WINDOW_DAYS days, a traffic of zero or more requests per second. */
export function readCalculatorFields(fields: CalculatorFields, locale: Locale): CalculatorReading {
  const bad: CalculatorField[] = [];
  const objective = typedDecimal(fields.objective, locale);
  if (objective === undefined || compare(objective, 0) <= 0 || compare(objective, 100) >= 0) bad.push('objective');
  const window = typedDecimal(fields.windowDays, locale);
  const windowDays = window === undefined || window.scale !== 0 ? Number.NaN : Number(window.units);
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_WINDOW_DAYS) bad.push('windowDays');
  const rate = typedDecimal(fields.rate, locale);
  if (rate === undefined) bad.push('rate');
  if (bad.length > 0 || objective === undefined || rate === undefined) return { ok: false, fields: bad };
  return { ok: true, input: { objective, windowDays, rate } };
}
