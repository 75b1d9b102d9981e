// The error-budget maths of an SLO, in exact decimals: the budget over its window in minutes and
// in requests, the burn rate that spends it within an hour, a day or a week, and the share a burn
// spends. The worked example in src/lib/error-budget.ts uses floats for prose; every figure a
// generated file prints comes from here.
import { MINUTES_PER_DAY } from '../error-budget.ts';
import { compare, decimal, divide, multiply, shift, subtract, type Decimal } from './decimal.ts';

/** Digits after the point a burn rate or a duration that does not divide evenly is rounded to (30 d ÷ 1 w is 4.2857). */
export const ROUNDED_PLACES = 4;

/** Minutes in an hour, a day and a week: the spans a reader asks "how fast would that empty the budget?" about. */
export const EXHAUSTION_SPANS = { hour: 60, day: MINUTES_PER_DAY, week: 7 * MINUTES_PER_DAY } as const;

/** Throws unless a budget in percent is above 0 and at most 100. */
function requireBudgetPercent(errorBudgetPercent: number | string | Decimal): Decimal {
  const value = decimal(errorBudgetPercent);
  if (compare(value, 0) <= 0 || compare(value, 100) > 0) throw new RangeError(`expected an error budget above 0 % and at most 100 %, got ${errorBudgetPercent} %`);
  return value;
}

/** Throws unless the value is above zero. */
function requirePositive(name: string, value: number | string | Decimal): Decimal {
  const exact = decimal(value);
  if (compare(exact, 0) <= 0) throw new RangeError(`expected ${name} to be above zero, got ${String(value)}`);
  return exact;
}

/** The share of events allowed to fail, as a ratio: a 0.1 % budget is 0.001. */
export function errorBudgetRatio(errorBudgetPercent: number | string | Decimal): Decimal {
  return shift(requireBudgetPercent(errorBudgetPercent), 2);
}

/** The objective as a ratio: a 0.1 % budget is 0.999. */
export function objectiveRatio(errorBudgetPercent: number | string | Decimal): Decimal {
  return subtract(1, errorBudgetRatio(errorBudgetPercent));
}

/** The budget in percent that an objective in percent leaves: 99.9 leaves 0.1, exactly. */
export function budgetPercentOf(objectivePercent: number | string | Decimal): Decimal {
  const objective = decimal(objectivePercent);
  if (compare(objective, 0) < 0 || compare(objective, 100) >= 0) throw new RangeError(`expected an objective of at least 0 % and below 100 %, got ${String(objectivePercent)} %`);
  return subtract(100, objective);
}

/** Minutes in a window of whole days. */
export function windowMinutesOfDays(windowDays: number): number {
  if (!Number.isInteger(windowDays) || windowDays <= 0) throw new RangeError(`expected a window of a whole, positive number of days, got ${windowDays}`);
  return windowDays * MINUTES_PER_DAY;
}

/** Minutes the service may spend outside its objective over the window: 0.1 % of 30 days is 43.2. */
export function budgetMinutes(errorBudgetPercent: number | string | Decimal, windowDays: number): Decimal {
  return multiply(windowMinutesOfDays(windowDays), errorBudgetRatio(errorBudgetPercent));
}

/** Requests that may fail over the window when it serves `requests` in all: 0.1 % of 1,000,000 is 1,000. */
export function budgetRequests(errorBudgetPercent: number | string | Decimal, requests: number | string | Decimal): Decimal {
  const total = decimal(requests);
  if (compare(total, 0) < 0) throw new RangeError(`expected a number of requests of zero or more, got ${String(requests)}`);
  return multiply(total, errorBudgetRatio(errorBudgetPercent));
}

/** Requests a window serves at a steady rate per second: 10 req/s over 30 days is 25,920,000. */
export function requestsInWindow(requestsPerSecond: number | string | Decimal, windowDays: number): Decimal {
  const rate = decimal(requestsPerSecond);
  if (compare(rate, 0) < 0) throw new RangeError(`expected a rate of zero or more requests per second, got ${String(requestsPerSecond)}`);
  return multiply(rate, windowMinutesOfDays(windowDays) * 60);
}

/** The burn rate that spends the whole budget within `minutes`: the window's length over it (720 for an hour of 30 days). */
export function exhaustingBurnRate(windowDays: number, minutes: number | string | Decimal, places = ROUNDED_PLACES): Decimal {
  return divide(windowMinutesOfDays(windowDays), requirePositive('the time to exhaustion', minutes), places);
}

/** The share of the budget a burn rate spends over `minutes`: 14.4x for an hour spends 0.02 of a 30-day budget. */
export function budgetSpent(burnRate: number | string | Decimal, minutes: number | string | Decimal, windowDays: number, places = ROUNDED_PLACES): Decimal {
  const rate = decimal(burnRate);
  if (compare(rate, 0) < 0) throw new RangeError(`expected a burn rate of zero or more, got ${String(burnRate)}`);
  return divide(multiply(rate, requirePositive('the duration', minutes)), windowMinutesOfDays(windowDays), places);
}

/** Minutes until a full budget is gone at a burn rate: the window over the rate (3,000 minutes at 14.4x over 30 days). */
export function minutesToExhaustion(burnRate: number | string | Decimal, windowDays: number, places = ROUNDED_PLACES): Decimal {
  return divide(windowMinutesOfDays(windowDays), requirePositive('the burn rate', burnRate), places);
}

/** The error ratio at which an alert on a burn rate fires: 14.4x a 0.1 % budget is 0.0144. */
export function burnThreshold(burnRate: number | string | Decimal, errorBudgetPercent: number | string | Decimal): Decimal {
  return multiply(requirePositive('the burn rate', burnRate), errorBudgetRatio(errorBudgetPercent));
}

/** The burn rate an observed error ratio stands for: 0.0144 against a 0.1 % budget is 14.4. */
export function burnRateOf(errorRatio: number | string | Decimal, errorBudgetPercent: number | string | Decimal, places = ROUNDED_PLACES): Decimal {
  const ratio = decimal(errorRatio);
  if (compare(ratio, 0) < 0 || compare(ratio, 1) > 0) throw new RangeError(`expected an error ratio between 0 and 1, got ${String(errorRatio)}`);
  return divide(ratio, errorBudgetRatio(errorBudgetPercent), places);
}

/** The burn rates that empty the budget within an hour, a day and a week. */
export function exhaustingBurnRates(windowDays: number): Record<keyof typeof EXHAUSTION_SPANS, Decimal> {
  return {
    hour: exhaustingBurnRate(windowDays, EXHAUSTION_SPANS.hour),
    day: exhaustingBurnRate(windowDays, EXHAUSTION_SPANS.day),
    week: exhaustingBurnRate(windowDays, EXHAUSTION_SPANS.week),
  };
}
