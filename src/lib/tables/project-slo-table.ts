import { formatThreshold, formatValue } from '../format.ts';
import { fillPlaceholders } from '../localized-text.ts';
import { formatNumber } from '../number-format.ts';
import type { Locale } from '../schema/localized.ts';
import { budgetDurationText } from '../slo/budget-duration.ts';
import { budgetMinutes } from '../slo/budget-figures.ts';
import { compare, decimalNumber, multiply, type Decimal } from '../slo/decimal.ts';
import type { EffectiveSlo } from '../slo/effective-slos.ts';
import type { Bounds, MeasuredBurn } from '../slo/measured-burn.ts';
import { dataTable, type Column, type DataTableModel } from './data-table.ts';

const WORDS = {
  fr: {
    caption: 'SLO de ce projet',
    service: 'Service',
    objective: 'Objectif',
    budget: 'Budget d’erreur',
    minutes: '{minutes} min sur {days} jours',
    reason: 'Écart à la recommandation',
    recommended: 'recommandé',
    measured: 'Mesuré (verify-web-vitals, checklist record)',
    none: 'Pas encore de chiffres : verify-web-vitals n’a mesuré aucun point d’accès de ce projet et aucun percentile d’API n’est enregistré.',
    unmeasurable: 'Incalculable ici : ce SLO lit {metric}, que la sonde du manuel ne mesure pas (elle chronomètre des requêtes HTTP).',
    sources: '{runs} mesure(s) et {records} valeur(s) enregistrée(s), du {from} au {to}',
    spent: 'Budget consommé : {spent} en {span}.',
    spentUnknown: 'Budget consommé : incalculable, tous les chiffres datent du même instant.',
    current: 'Taux de consommation actuel : {rate}.',
    left: 'Temps restant à ce taux : {left}.',
    bounds: 'Des bornes, non des valeurs : un percentile borne la part des requêtes au-delà de {threshold} sans la donner.',
    range: 'de {low} à {high}',
    atLeast: 'au moins {low}',
  },
  en: {
    caption: 'This project’s SLOs',
    service: 'Service',
    objective: 'Objective',
    budget: 'Error budget',
    minutes: '{minutes} min over {days} days',
    reason: 'Departure from the recommendation',
    recommended: 'recommended',
    measured: 'Measured (verify-web-vitals, checklist record)',
    none: 'No figures yet: verify-web-vitals has measured none of this project’s endpoints and no API percentile is recorded.',
    unmeasurable: 'Cannot be computed here: this SLO reads {metric}, which the handbook’s probe does not measure (it times HTTP requests).',
    sources: '{runs} run(s) and {records} recorded value(s), {from} to {to}',
    spent: 'Budget spent: {spent} over {span}.',
    spentUnknown: 'Budget spent: cannot be computed, every figure is from the same moment.',
    current: 'Current burn rate: {rate}.',
    left: 'Time left at that rate: {left}.',
    bounds: 'Bounds, not values: a percentile bounds the share of requests over {threshold} without giving it.',
    range: '{low} to {high}',
    atLeast: 'at least {low}',
  },
} as const;

/** A pair of bounds as words: one figure when they meet, "at least" when there is no upper one. */
function boundsText(bounds: Bounds, write: (value: Decimal) => string, locale: Locale): string {
  const words = WORDS[locale];
  if (bounds.high === undefined) return fillPlaceholders(words.atLeast, { low: write(bounds.low) });
  const low = write(bounds.low);
  const high = write(bounds.high);
  return compare(bounds.low, bounds.high) === 0 || low === high ? low : fillPlaceholders(words.range, { low, high });
}

/** A day as the page's language writes it, UTC: "20 Nov 2026". */
const dayText = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

/** What the project's figures say of one SLO, in a few sentences; "no figures yet" rather than zeros. */
export function measuredText(slo: EffectiveSlo, burn: MeasuredBurn, locale: Locale): string {
  const words = WORDS[locale];
  if (burn.kind === 'none') return words.none;
  if (burn.kind === 'unmeasurable') return fillPlaceholders(words.unmeasurable, { metric: burn.metric });
  const rate = (value: Decimal) => `${formatNumber(decimalNumber(value), locale, 2)}x`;
  const percent = (value: Decimal) => formatValue(decimalNumber(multiply(value, 100)), 'percent', locale);
  const minutes = (value: Decimal) => budgetDurationText(decimalNumber(value), locale);
  const sources = fillPlaceholders(words.sources, { runs: String(burn.runs), records: String(burn.records), from: dayText(burn.from, locale), to: dayText(burn.to, locale) });
  const spent = burn.spent ? fillPlaceholders(words.spent, { spent: boundsText(burn.spent, percent, locale), span: budgetDurationText(burn.spanMinutes, locale) }) : words.spentUnknown;
  return [
    `${sources}.`,
    spent,
    fillPlaceholders(words.current, { rate: boundsText(burn.current, rate, locale) }),
    fillPlaceholders(words.left, { left: boundsText(burn.minutesLeft, minutes, locale) }),
    fillPlaceholders(words.bounds, { threshold: formatValue(slo.value, slo.unit, locale) }),
  ].join(' ');
}

/**
 * The SLOs a project uses, each with its objective, its budget in percent and in minutes over its
 * window, the reason for any override and, given its measured burns (slo/measured-burn.ts), what
 * its runs and records say: budget spent, current burn rate and time left.
 */
export function projectSloTable(slos: readonly EffectiveSlo[], locale: Locale, burns?: ReadonlyMap<string, MeasuredBurn>): DataTableModel {
  const words = WORDS[locale];
  const columns: Column<EffectiveSlo>[] = [
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
  ];
  if (burns !== undefined) columns.push({ header: words.measured, cell: (slo) => measuredText(slo, burns.get(slo.id) ?? { kind: 'none' }, locale) });
  return dataTable<EffectiveSlo>({ caption: words.caption, columns }, slos);
}
