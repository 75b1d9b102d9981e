import { MINUTES_PER_DAY, MONTH_DAYS } from '../error-budget.ts';
import { formatMinutes, formatNumber, formatValue } from '../format.ts';
import type { Locale } from '../schema/localized.ts';
import type { SloBudgetExample } from '../slo-budget-example.ts';
import { t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';

/** One line of the worked example: what is computed, how, and the result. */
interface Line {
  quantity: string;
  how: string;
  value: string;
}

/** The worked example of the SLO dashboard, one line per figure, each with the computation that gives it. */
export function sloBudgetTable(example: SloBudgetExample, locale: Locale): DataTableModel {
  const { slo, elapsedDays, spentMinutes, lastDayBadMinutes, budget, remaining, monthRate, dayRate, exhaustion, daysLeftInMonth, runsOutEarly } = example;
  const n = (value: number, digits = 1) => formatNumber(value, locale, digits);
  const perDay = formatNumber(MINUTES_PER_DAY, locale);
  const percent = formatValue(slo.errorBudgetPercent, 'percent', locale);
  const exhaustionText = Number.isFinite(exhaustion) ? t('sloExample.inDays', locale, { days: n(exhaustion) }) : t('sloExample.never', locale);
  const lines: Line[] = [
    { quantity: t('sloExample.budget', locale), how: t('sloExample.budgetHow', locale, { days: String(MONTH_DAYS), perDay, percent }), value: formatMinutes(budget, locale) },
    { quantity: t('sloExample.spent', locale), how: t('sloExample.spentHow', locale), value: formatMinutes(spentMinutes, locale) },
    { quantity: t('sloExample.remaining', locale), how: t('sloExample.remainingHow', locale, { budget: n(budget), spent: n(spentMinutes) }), value: formatValue(Math.round(remaining * 10) / 10, 'percent', locale) },
    { quantity: t('sloExample.monthRate', locale), how: t('sloExample.monthRateHow', locale, { spent: n(spentMinutes), days: String(elapsedDays), perDay, percent }), value: n(monthRate, 2) },
    { quantity: t('sloExample.dayRate', locale), how: t('sloExample.dayRateHow', locale, { bad: n(lastDayBadMinutes, 2), perDay, percent }), value: n(dayRate, 2) },
    {
      quantity: t('sloExample.exhaustion', locale),
      how: t('sloExample.exhaustionHow', locale, { left: n(budget - spentMinutes), rate: n(dayRate, 2), daily: n(budget / MONTH_DAYS, 2) }),
      value: runsOutEarly ? `${exhaustionText}${t('sloExample.early', locale, { days: String(daysLeftInMonth) })}` : exhaustionText,
    },
  ];
  return dataTable<Line>(
    {
      caption: t('sloExample.caption', locale, { service: slo.service[locale], sli: slo.sli[locale], day: String(elapsedDays), days: String(MONTH_DAYS) }),
      columns: [
        { header: t('sloExample.quantity', locale), rowHeader: true, cell: (line) => line.quantity },
        { header: t('sloExample.how', locale), cell: (line) => line.how },
        { header: t('sloExample.value', locale), cell: (line) => line.value },
      ],
    },
    lines,
  );
}
