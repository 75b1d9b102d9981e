import { errorBudgetMinutes, MONTH_DAYS } from '../error-budget.ts';
import { formatMinutes, formatThreshold, formatValue } from '../format.ts';
import type { Locale } from '../schema/localized.ts';
import type { Slo } from '../schema/slo.ts';
import { t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';

/** The recommended SLOs with their error budget, as a share and as minutes in a month of MONTH_DAYS days. */
export function sloTable(slos: readonly Slo[], locale: Locale): DataTableModel {
  const days = { days: String(MONTH_DAYS) };
  return dataTable<Slo>(
    {
      caption: t('slos.caption', locale, days),
      columns: [
        { header: t('slos.service', locale), rowHeader: true, cell: (slo) => slo.service[locale] },
        { header: t('slos.sli', locale), cell: (slo) => slo.sli[locale] },
        { header: t('slos.slo', locale), cell: (slo) => formatThreshold(slo.comparison, slo.value, slo.unit, locale) },
        { header: t('slos.budget', locale), cell: (slo) => formatValue(slo.errorBudgetPercent, 'percent', locale) },
        { header: t('slos.minutes', locale, days), cell: (slo) => `${formatMinutes(errorBudgetMinutes(slo.errorBudgetPercent, MONTH_DAYS), locale)} ${t('slos.perMonth', locale)}` },
      ],
    },
    slos,
  );
}
