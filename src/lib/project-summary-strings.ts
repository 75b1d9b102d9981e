import { textsOf } from './localized-text.ts';
import type { Age } from './project-summary.ts';
import type { Locale } from './schema/localized.ts';
import { intlLocale } from './ui-strings.ts';

/** Interface words of the summary that opens a project's page, in both languages (the page's other words are in ui-strings.ts). */
const STRINGS = {
  heading: { fr: 'En bref', en: 'At a glance' },
  settled: { fr: '{settled} sur {total} réglés', en: '{settled} of {total} settled' },
  toLookAt: { fr: '{count} à traiter', en: '{count} to look at' },
  attentionHeading: { fr: 'À traiter ({count})', en: 'Needs attention ({count})' },
  attentionIntro: {
    fr: 'Les éléments en échec, en erreur, périmés, à dérogation expirée ou à reconfirmer, et ceux qui peuvent être mesurés sans l’avoir été, les plus urgents d’abord ; chaque lien mène à sa ligne.',
    en: 'Items that fail, are in error, stale, past their waiver or due for review, and those that can be measured but have not been, most urgent first; each link leads to its row.',
  },
  nothing: {
    fr: 'Rien à traiter : aucun échec, aucune erreur, aucun chiffre périmé, aucune dérogation expirée ni reconfirmation due, et tout ce qui peut se mesurer l’a été.',
    en: 'Nothing needs attention: no failure, no error, no stale figure, no lapsed waiver or review due, and everything that can be measured has been.',
  },
  inChecklist: { fr: 'liste « {checklist} »', en: '{checklist} checklist' },
  toMeasure: { fr: 'Pour mesurer les éléments non mesurés, lancez', en: 'To measure the items not measured yet, run' },
  measured: {
    fr: 'Dernière mesure {age}, le {date} UTC (âge calculé à la construction de cette page, le {built} UTC).',
    en: 'Last measured {age}, on {date} UTC (age as of this page’s build, {built} UTC).',
  },
  measuredStale: {
    fr: 'C’est plus que les {days} jours de fraîcheur du projet : ses chiffres comptent comme périmés.',
    en: 'That is more than the project’s {days}-day freshness: its figures count as stale.',
  },
  neverMeasured: { fr: 'Jamais mesuré ; pour mesurer, lancez', en: 'Never measured; to measure, run' },
  lessThanAMinute: { fr: 'il y a moins d’une minute', en: 'less than a minute ago' },
} as const satisfies Record<string, Record<Locale, string>>;

export type SummaryStringKey = keyof typeof STRINGS;

/** Every key, for the test that holds each text to the same placeholders in both languages. */
export const SUMMARY_STRING_KEYS = Object.keys(STRINGS) as SummaryStringKey[];

/** Returns the text for a key in a language, with `{name}` placeholders filled in. */
export const summaryText = textsOf<SummaryStringKey>(STRINGS);

/** An age as a reader says it: "3 hours ago", "il y a 3 heures", "yesterday"; under a minute, "less than a minute ago". */
export function ageText(age: Age, locale: Locale): string {
  if (age.unit === 'minute' && age.value === 0) return summaryText('lessThanAMinute', locale);
  return new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }).format(-age.value, age.unit);
}

/** A date and time in UTC, as the project page writes them. */
export function dateTimeText(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
}
