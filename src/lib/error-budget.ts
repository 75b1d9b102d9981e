/** Minutes in a day. */
export const MINUTES_PER_DAY = 24 * 60;

/** The SLO window the handbook counts budgets over: a 30-day month, as most SLO tools do. */
export const MONTH_DAYS = 30;

/** Throws when a number that must be positive and finite is not. */
function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`expected ${name} to be a positive number, got ${value}`);
}

/** Minutes a service may spend outside its objective over the window, for a budget given in percent. */
export function errorBudgetMinutes(errorBudgetPercent: number, windowDays: number = MONTH_DAYS): number {
  requirePositive('the error budget', errorBudgetPercent);
  requirePositive('the window', windowDays);
  if (errorBudgetPercent > 100) throw new RangeError(`expected an error budget of at most 100%, got ${errorBudgetPercent}`);
  return (windowDays * MINUTES_PER_DAY * errorBudgetPercent) / 100;
}

/** Share of the budget still unspent, in percent; negative once the budget is overspent. */
export function budgetRemainingPercent(budgetMinutes: number, spentMinutes: number): number {
  requirePositive('the budget', budgetMinutes);
  if (!Number.isFinite(spentMinutes) || spentMinutes < 0) throw new RangeError(`expected the spent minutes to be zero or more, got ${spentMinutes}`);
  return (100 * (budgetMinutes - spentMinutes)) / budgetMinutes;
}

/**
 * How fast the budget burns: the share of time spent outside the objective over a period, divided by the share the
 * budget allows. 1 spends the budget exactly by the end of the window; above 1 it runs out early.
 */
export function burnRate(badMinutes: number, periodMinutes: number, errorBudgetPercent: number): number {
  requirePositive('the period', periodMinutes);
  requirePositive('the error budget', errorBudgetPercent);
  if (!Number.isFinite(badMinutes) || badMinutes < 0) throw new RangeError(`expected the bad minutes to be zero or more, got ${badMinutes}`);
  return badMinutes / periodMinutes / (errorBudgetPercent / 100);
}

/** Days until the remaining budget is gone at a given burn rate; Infinity when nothing burns, 0 when none is left. */
export function daysToExhaustion(remainingMinutes: number, rate: number, errorBudgetPercent: number): number {
  requirePositive('the error budget', errorBudgetPercent);
  if (!Number.isFinite(rate) || rate < 0) throw new RangeError(`expected the burn rate to be zero or more, got ${rate}`);
  if (remainingMinutes <= 0) return 0;
  if (rate === 0) return Number.POSITIVE_INFINITY;
  const spentPerDay = rate * (errorBudgetPercent / 100) * MINUTES_PER_DAY;
  return remainingMinutes / spentPerDay;
}
