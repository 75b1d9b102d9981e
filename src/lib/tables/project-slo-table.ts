import { formatThreshold, formatValue } from '../format.ts';
import { fillPlaceholders } from '../localized-text.ts';
import type { Locale } from '../schema/localized.ts';
import { budgetMinutes } from '../slo/budget-figures.ts';
import { decimalNumber } from '../slo/decimal.ts';
import type { EffectiveSlo } from '../slo/effective-slos.ts';
import { dataTable, type DataTableModel } from './data-table.ts';

const WORDS = {
  fr: {
    caption: 'SLO de ce projet',
    service: 'Service',
    objective: 'Objectif',
    budget: 'Budget d’erreur',
    minutes: '{minutes} min sur {days} jours',
    reason: 'Écart à la recommandation',
    recommended: 'recommandé',
  },
  en: {
    caption: 'This project’s SLOs',
    service: 'Service',
    objective: 'Objective',
    budget: 'Error budget',
    minutes: '{minutes} min over {days} days',
    reason: 'Departure from the recommendation',
    recommended: 'recommended',
  },
} as const;

/** The SLOs a project uses, each with its objective, its budget in percent and in minutes over its window, and the reason for any override. */
export function projectSloTable(slos: readonly EffectiveSlo[], locale: Locale): DataTableModel {
  const words = WORDS[locale];
  return dataTable<EffectiveSlo>(
    {
      caption: words.caption,
      columns: [
        { header: words.service, rowHeader: true, cell: (slo) => slo.slo.service[locale] },
        { header: words.objective, cell: (slo) => `${slo.slo.sli[locale]} ${formatThreshold(slo.comparison, slo.value, slo.unit, locale)}` },
        {
          header: words.budget,
          cell: (slo) => {
            const minutes = decimalNumber(budgetMinutes(slo.errorBudgetPercent, slo.windowDays));
            return `${formatValue(slo.errorBudgetPercent, 'percent', locale)} · ${fillPlaceholders(words.minutes, { minutes: formatValue(minutes, 'unitless', locale), days: String(slo.windowDays) })}`;
          },
        },
        { header: words.reason, cell: (slo) => slo.overrideReason ?? words.recommended },
      ],
    },
    slos,
  );
}
