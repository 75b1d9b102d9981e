// What the error-budget calculator shows for an objective, a window and a traffic, as the page's
// language writes it. The same functions (budget-figures.ts) and the same way of writing a
// duration (budget-duration.ts) as the budget table, so both show the same figures.
import { formatNumber } from '../number-format.ts';
import type { Locale } from '../schema/localized.ts';
import { budgetDurationText } from './budget-duration.ts';
import { budgetMinutes, budgetPercentOf, budgetRequests, budgetSpent, exhaustingBurnRates, requestsInWindow } from './budget-figures.ts';
import { BURN_RATE_TIERS, windowMinutes } from './burn-rate-tiers.ts';
import { calculatorText } from './calculator-strings.ts';
import type { CalculatorInput } from './calculator-input.ts';
import { decimalNumber, multiply, type Decimal } from './decimal.ts';

/** Digits after the point a percentage or a count shows at most: enough for a 99.9999 % objective's budget. */
const PERCENT_PLACES = 6;
/** Digits after the point a burn rate shows, as the table's sentence writes them (30 d ÷ 1 w is 4.29). */
const RATE_PLACES = 2;

/** One alert tier and what it spends of the budget over its long window. */
export interface TierSpend {
  label: string;
  value: string;
}

/** The calculator's figures, each as text. */
export interface CalculatorFigures {
  /** The budget in percent: "0.1%". */
  budget: string;
  /** The budget over the window as the table writes it, with its exact minutes when that rounds them: "7 h 12 min (432 min)", "43.2 min". */
  minutes: string;
  /** The budget as the table writes it: "43.2 min", "7 h 12 min". */
  duration: string;
  /** Failed requests the window allows, of all it serves: "25,920 of 25,920,000". */
  requests: string;
  /** The burn rates that empty the budget within an hour, a day and a week: "720x". */
  hour: string;
  day: string;
  week: string;
  /** What each alert tier of burn-rate-tiers.ts spends over its long window: "14.4x for 1 h" → "spends 2% of the budget". */
  tiers: TierSpend[];
  /** One sentence for a screen reader, said when the figures change. */
  summary: string;
}

/** A percentage as the language writes it: "0,05 %" in French, "0.05%" in English. */
function percentText(value: Decimal, locale: Locale): string {
  const number = formatNumber(decimalNumber(value), locale, PERCENT_PLACES);
  return locale === 'fr' ? `${number}\u00a0%` : `${number}%`;
}

/** The length of an alert window: "1 h", "3 j" (a whole number of days drops its "0 h"). */
function spanText(minutes: number, locale: Locale): string {
  return budgetDurationText(minutes, locale).replace(/ 0\u00a0h$/, '');
}

/** Works out the calculator's figures for an input read by readCalculatorFields. */
export function calculatorFigures(input: CalculatorInput, locale: Locale): CalculatorFigures {
  const { objective, windowDays, rate } = input;
  const budgetPercent = budgetPercentOf(objective);
  const minutes = decimalNumber(budgetMinutes(budgetPercent, windowDays));
  const duration = budgetDurationText(minutes, locale);
  const minutesNumber = formatNumber(minutes, locale, PERCENT_PLACES);
  const exactMinutes = calculatorText('minutesValue', locale, { minutes: minutesNumber });
  const total = requestsInWindow(rate, windowDays);
  const rates = exhaustingBurnRates(windowDays);
  const rateText = (value: Decimal) => calculatorText('rateValue', locale, { rate: formatNumber(decimalNumber(value), locale, RATE_PLACES) });
  const tiers = BURN_RATE_TIERS.map((tier) => {
    const span = windowMinutes(tier.longWindow);
    const spent = multiply(budgetSpent(tier.burnRate, span, windowDays, PERCENT_PLACES), 100);
    return {
      label: calculatorText('tier', locale, { rate: formatNumber(Number(tier.burnRate), locale, RATE_PLACES), span: spanText(span, locale) }),
      value: calculatorText('tierValue', locale, { spent: percentText(spent, locale) }),
    };
  });
  return {
    budget: percentText(budgetPercent, locale),
    minutes: exactMinutes === duration ? duration : calculatorText('minutesReadable', locale, { minutes: minutesNumber, readable: duration }),
    duration,
    requests: calculatorText('requestsValue', locale, { failed: formatNumber(decimalNumber(budgetRequests(budgetPercent, total)), locale, 0), total: formatNumber(decimalNumber(total), locale, 0) }),
    hour: rateText(rates.hour),
    day: rateText(rates.day),
    week: rateText(rates.week),
    tiers,
    summary: calculatorText('summary', locale, { objective: percentText(objective, locale), days: String(windowDays), minutes: duration, hour: formatNumber(decimalNumber(rates.hour), locale, RATE_PLACES) }),
  };
}
