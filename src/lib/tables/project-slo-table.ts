import { formatThreshold, formatValue } from '../format.ts';
import { fillPlaceholders } from '../localized-text.ts';
import { formatNumber } from '../number-format.ts';
import type { Locale } from '../schema/localized.ts';
import { budgetDurationText } from '../slo/budget-duration.ts';
import { budgetMinutes } from '../slo/budget-figures.ts';
import { compare, decimalNumber, multiply, type Decimal } from '../slo/decimal.ts';
import type { EffectiveSlo } from '../slo/effective-slos.ts';
import type { Bounds, MeasuredBurn } from '../slo/measured-burn.ts';
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
    burnCaption: 'Ce que disent les chiffres du projet (verify-web-vitals, checklist record)',
    spent: 'Budget consommé',
    current: 'Taux de consommation actuel',
    left: 'Temps restant à ce taux',
    noFigures: 'pas encore de chiffres',
    cannot: 'incalculable',
    sameMoment: 'incalculable : un seul instant',
    none: '{service} : pas encore de chiffres. verify-web-vitals n’a mesuré aucun point d’accès de ce projet et aucun percentile d’API n’est enregistré (checklist record).',
    unmeasurable: '{service} : incalculable ici. Ce SLO lit {metric}, que la sonde du manuel ne mesure pas : elle chronomètre des requêtes HTTP.',
    sources: '{service} : d’après {runs} mesure(s) de verify-web-vitals et {records} valeur(s) enregistrée(s), du {from} au {to} ({span}), toutes de même poids.',
    sourcesOnce: '{service} : d’après {runs} mesure(s) de verify-web-vitals et {records} valeur(s) enregistrée(s), toutes du {from}.',
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
    burnCaption: 'What the project’s figures say (verify-web-vitals, checklist record)',
    spent: 'Budget spent',
    current: 'Current burn rate',
    left: 'Time left at that rate',
    noFigures: 'no figures yet',
    cannot: 'cannot be computed',
    sameMoment: 'cannot be computed: one moment only',
    none: '{service}: no figures yet. verify-web-vitals has measured none of this project’s endpoints and no API percentile is recorded (checklist record).',
    unmeasurable: '{service}: cannot be computed here. This SLO reads {metric}, which the handbook’s probe does not measure: it times HTTP requests.',
    sources: '{service}: from {runs} run(s) of verify-web-vitals and {records} recorded value(s), {from} to {to} ({span}), each weighing alike.',
    sourcesOnce: '{service}: from {runs} run(s) of verify-web-vitals and {records} recorded value(s), all of {from}.',
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

/** The three measured cells of an SLO: budget spent, current burn rate, time left; "no figures yet" rather than zeros. */
export function measuredCells(burn: MeasuredBurn, locale: Locale): { spent: string; current: string; left: string } {
  const words = WORDS[locale];
  if (burn.kind === 'none') return { spent: words.noFigures, current: words.noFigures, left: words.noFigures };
  if (burn.kind === 'unmeasurable') return { spent: words.cannot, current: words.cannot, left: words.cannot };
  const rate = (value: Decimal) => `${formatNumber(decimalNumber(value), locale, 2)}x`;
  const percent = (value: Decimal) => formatValue(decimalNumber(multiply(value, 100)), 'percent', locale);
  const minutes = (value: Decimal) => budgetDurationText(decimalNumber(value), locale);
  return {
    spent: burn.spent ? boundsText(burn.spent, percent, locale) : words.sameMoment,
    current: boundsText(burn.current, rate, locale),
    left: boundsText(burn.minutesLeft, minutes, locale),
  };
}

/** One sentence or two per SLO, for under the table: where its figures come from and over what span, or why there are none. */
export function measuredNotes(slos: readonly EffectiveSlo[], burns: ReadonlyMap<string, MeasuredBurn>, locale: Locale): string[] {
  const words = WORDS[locale];
  return slos.map((slo) => {
    const service = slo.slo.service[locale];
    const burn = burns.get(slo.id) ?? { kind: 'none' };
    if (burn.kind === 'none') return fillPlaceholders(words.none, { service });
    if (burn.kind === 'unmeasurable') return fillPlaceholders(words.unmeasurable, { service, metric: burn.metric });
    const sources = fillPlaceholders(burn.spanMinutes > 0 ? words.sources : words.sourcesOnce, { service, runs: String(burn.runs), records: String(burn.records), from: dayText(burn.from, locale), to: dayText(burn.to, locale), span: budgetDurationText(burn.spanMinutes, locale) });
    return `${sources} ${fillPlaceholders(words.bounds, { threshold: formatValue(slo.value, slo.unit, locale) })}`;
  });
}

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

/** What a project's runs and records say of each SLO (slo/measured-burn.ts): budget spent, current burn rate and time left; measuredNotes says from what. */
export function projectSloBurnTable(slos: readonly EffectiveSlo[], burns: ReadonlyMap<string, MeasuredBurn>, locale: Locale): DataTableModel {
  const words = WORDS[locale];
  const cells = (slo: EffectiveSlo) => measuredCells(burns.get(slo.id) ?? { kind: 'none' }, locale);
  return dataTable<EffectiveSlo>(
    {
      caption: words.burnCaption,
      columns: [
        { header: words.service, rowHeader: true, cell: (slo) => slo.slo.service[locale] },
        { header: words.spent, cell: (slo) => cells(slo).spent },
        { header: words.current, cell: (slo) => cells(slo).current },
        { header: words.left, cell: (slo) => cells(slo).left },
      ],
    },
    slos,
  );
}
