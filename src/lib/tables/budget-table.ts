import { formatNumber, formatValue } from '../format.ts';
import type { Locale } from '../schema/localized.ts';
import { budgetDurationText } from '../slo/budget-duration.ts';
import { budgetMinutes, budgetPercentOf, budgetRequests, exhaustingBurnRates } from '../slo/budget-figures.ts';
import { decimalNumber, decimalText } from '../slo/decimal.ts';
import { fillPlaceholders } from '../localized-text.ts';
import { dataTable, type DataTableModel } from './data-table.ts';

/** The objectives a team most often chooses, as written (exact decimals, never floats). */
export const COMMON_OBJECTIVES = ['99', '99.5', '99.9', '99.95', '99.99'] as const;

/** The window the table counts over: the recommended SLOs' 30 days. */
const WINDOW_DAYS = 30;

const WORDS = {
  fr: {
    caption: 'Budget d’erreur des objectifs courants, sur {days} jours',
    objective: 'Objectif',
    budget: 'Budget d’erreur',
    minutes: 'Indisponibilité permise sur {days} j',
    week: 'dont par semaine',
    perMillion: 'Échecs permis par million de requêtes',
    burn: 'Un taux de consommation de {hour}x vide le budget en une heure, de {day}x en un jour et de {week}x en une semaine, quel que soit l’objectif.',
  },
  en: {
    caption: 'Error budget of the common objectives, over {days} days',
    objective: 'Objective',
    budget: 'Error budget',
    minutes: 'Downtime allowed over {days} d',
    week: 'of which per week',
    perMillion: 'Failures allowed per million requests',
    burn: 'A burn rate of {hour}x empties the budget in an hour, {day}x in a day and {week}x in a week, whatever the objective.',
  },
} as const;

/** The budget of each common objective over 30 days, in minutes (and per week) and in failed requests per million: the calculator's figures as a table, for a page read without JavaScript. */
export function budgetTable(locale: Locale): DataTableModel {
  const words = WORDS[locale];
  const days = { days: String(WINDOW_DAYS) };
  return dataTable<(typeof COMMON_OBJECTIVES)[number]>(
    {
      caption: fillPlaceholders(words.caption, days),
      columns: [
        { header: words.objective, rowHeader: true, cell: (objective) => formatValue(Number(objective), 'percent', locale) },
        { header: words.budget, cell: (objective) => formatValue(decimalNumber(budgetPercentOf(objective)), 'percent', locale) },
        { header: fillPlaceholders(words.minutes, days), cell: (objective) => budgetDurationText(decimalNumber(budgetMinutes(budgetPercentOf(objective), WINDOW_DAYS)), locale) },
        { header: words.week, cell: (objective) => budgetDurationText(decimalNumber(budgetMinutes(budgetPercentOf(objective), 7)), locale) },
        { header: words.perMillion, cell: (objective) => formatNumber(decimalNumber(budgetRequests(budgetPercentOf(objective), 1_000_000)), locale, 0) },
      ],
    },
    COMMON_OBJECTIVES,
  );
}

/** The sentence under the table: the burn rates that empty a 30-day budget in an hour, a day and a week. */
export function burnRatesText(locale: Locale): string {
  const rates = exhaustingBurnRates(WINDOW_DAYS);
  const figure = (rate: Parameters<typeof decimalText>[0]) => formatNumber(Number(decimalText(rate)), locale, 2);
  return fillPlaceholders(WORDS[locale].burn, { hour: figure(rates.hour), day: figure(rates.day), week: figure(rates.week) });
}
