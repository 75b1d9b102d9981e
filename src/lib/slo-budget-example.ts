import { budgetRemainingPercent, burnRate, daysToExhaustion, errorBudgetMinutes, MINUTES_PER_DAY, MONTH_DAYS } from './error-budget.ts';
import type { Slo } from './schema/slo.ts';

/** The situation a worked example describes. */
export interface SloBudgetSituation {
  /** Id of an SLO in src/content/data/slos.yaml. */
  slo: string;
  /** Days of the month already gone. */
  elapsedDays: number;
  /** Minutes spent outside the objective since the month began. */
  spentMinutes: number;
  /** Minutes spent outside the objective over the last 24 hours. */
  lastDayBadMinutes: number;
}

/** A worked example of the SLO dashboard: the situation and every figure derived from it. */
export interface SloBudgetExample extends Omit<SloBudgetSituation, 'slo'> {
  slo: Slo;
  /** Minutes allowed outside the objective over a month of MONTH_DAYS days. */
  budget: number;
  /** Share of the budget still unspent, in percent. */
  remaining: number;
  /** Burn rate since the month began. */
  monthRate: number;
  /** Burn rate over the last 24 hours. */
  dayRate: number;
  /** Days until the budget is gone at the last 24 hours' pace. */
  exhaustion: number;
  daysLeftInMonth: number;
  /** True when the budget runs out before the month ends. */
  runsOutEarly: boolean;
}

/** Works out the budget, the burn rates and the time to exhaustion for one SLO; throws naming the known ids when no SLO has this id. */
export function sloBudgetExample(slos: readonly Slo[], situation: SloBudgetSituation): SloBudgetExample {
  const slo = slos.find((entry) => entry.id === situation.slo);
  if (slo === undefined) throw new Error(`no SLO "${situation.slo}" in src/content/data/slos.yaml; expected one of ${slos.map((entry) => entry.id).join(', ')}.`);
  const { elapsedDays, spentMinutes, lastDayBadMinutes } = situation;
  const budget = errorBudgetMinutes(slo.errorBudgetPercent, MONTH_DAYS);
  const dayRate = burnRate(lastDayBadMinutes, MINUTES_PER_DAY, slo.errorBudgetPercent);
  const exhaustion = daysToExhaustion(budget - spentMinutes, dayRate, slo.errorBudgetPercent);
  const daysLeftInMonth = MONTH_DAYS - elapsedDays;
  return {
    slo,
    elapsedDays,
    spentMinutes,
    lastDayBadMinutes,
    budget,
    remaining: budgetRemainingPercent(budget, spentMinutes),
    monthRate: burnRate(spentMinutes, elapsedDays * MINUTES_PER_DAY, slo.errorBudgetPercent),
    dayRate,
    exhaustion,
    daysLeftInMonth,
    runsOutEarly: exhaustion < daysLeftInMonth,
  };
}
