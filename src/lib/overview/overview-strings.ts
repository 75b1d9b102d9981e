import { formatNumber } from '../format.ts';
import { fillPlaceholders, textsOf } from '../localized-text.ts';
import type { Locale } from '../schema/localized.ts';

/** Interface words of the projects overview, in both languages (the words it shares with other pages are in ui-strings.ts). */
const STRINGS = {
  intro: {
    fr: 'Chaque projet d’un coup d’œil, regroupé par responsable : l’avancement de chaque checklist, la dernière mesure et son âge, et la tendance de sa première cible mesurée. Dans chaque groupe, les projets qui ont le plus de points à traiter viennent en premier.',
    en: 'Every project at a glance, grouped by owner: how far each checklist has come, the last measurement and its age, and the trend of its first measured target. Within each group, the projects with the most items needing attention come first.',
  },
  totals: { fr: 'En bref', en: 'At a glance' },
  'total.projects': { fr: 'Projets', en: 'Projects' },
  'total.owners': { fr: 'Responsables', en: 'Owners' },
  'total.attention': { fr: 'Projets à traiter', en: 'Need attention' },
  'total.pass': { fr: 'Mesure réussie', en: 'Last run passed' },
  'total.fail': { fr: 'Échec ou erreur', en: 'Failed or in error' },
  'total.stale': { fr: 'Mesure périmée', en: 'Last run stale' },
  'total.never': { fr: 'Jamais mesurés', en: 'Never measured' },
  owners: { fr: 'Aller au responsable', en: 'Go to an owner' },
  filter: { fr: 'Filtrer par nom, identifiant ou responsable', en: 'Filter by name, id or owner' },
  sort: { fr: 'Trier dans chaque groupe', en: 'Sort within each group' },
  'sort.attention': { fr: 'Le plus à traiter d’abord', en: 'Most needing attention first' },
  'sort.name': { fr: 'Nom', en: 'Name' },
  'sort.progress': { fr: 'Le moins avancé d’abord', en: 'Least progress first' },
  'sort.measured': { fr: 'Mesure la plus ancienne d’abord', en: 'Oldest measurement first' },
  shown: { fr: '{shown} projets affichés sur {total}.', en: 'Showing {shown} of {total} projects.' },
  noMatch: { fr: 'Aucun projet ne correspond à ce filtre.', en: 'No project matches this filter.' },
  lastRun: { fr: 'Dernière mesure :', en: 'Last run:' },
  measured: { fr: 'mesuré {age}', en: 'measured {age}' },
  checklists: { fr: 'Avancement des checklists', en: 'Checklist progress' },
  'trend.scope.one': { fr: '{name}', en: '{name}' },
  'trend.scope.pages': { fr: 'la moins bonne de {count} pages', en: 'worst of {count} pages' },
  'trend.scope.endpoints': { fr: 'le moins bon de {count} points d’accès', en: 'worst of {count} endpoints' },
  'trend.alt': {
    fr: 'Tendance de {metric} ({scope}) sur {runs} mesures, du {from} au {to} : dernière valeur {last}, cible {target}, {misses}.',
    en: 'Trend of {metric} ({scope}) over {runs} runs, {from} to {to}: latest {last}, target {target}, {misses}.',
  },
  'trend.caption': { fr: '{metric} {last}', en: '{metric} {last}' },
  attentionIntro: { fr: 'Les points les plus urgents d’abord, tous projets confondus.', en: 'The most urgent items first, across every project.' },
  'count.misses.one': { fr: '{count} dépassement', en: '{count} miss' },
  'count.misses.other': { fr: '{count} dépassements', en: '{count} misses' },
  'count.attention.zero': { fr: 'Rien à traiter', en: 'Nothing needs attention' },
  'count.attention.one': { fr: '{count} point à traiter', en: '{count} item needs attention' },
  'count.attention.other': { fr: '{count} points à traiter', en: '{count} items need attention' },
  'count.projects.one': { fr: '{count} projet', en: '{count} project' },
  'count.projects.other': { fr: '{count} projets', en: '{count} projects' },
  'count.more.one': { fr: 'Et {count} autre point : la carte de chaque projet dit combien il en a, et sa page les liste tous.', en: 'And {count} more item: each project’s card says how many it has, and its page lists them all.' },
  'count.more.other': { fr: 'Et {count} autres points : la carte de chaque projet dit combien il en a, et sa page les liste tous.', en: 'And {count} more items: each project’s card says how many it has, and its page lists them all.' },
} as const satisfies Record<string, Record<Locale, string>>;

export type OverviewStringKey = keyof typeof STRINGS;

/** Every key, for the test that holds each text to the same placeholders in both languages. */
export const OVERVIEW_STRING_KEYS = Object.keys(STRINGS) as OverviewStringKey[];

/** Returns the text for a key in a language, with `{name}` placeholders filled in. */
export const overviewText = textsOf<OverviewStringKey>(STRINGS);

/** The nouns counted on the overview; each has a `.one` and an `.other` text, and may have a `.zero` one. */
export type CountedNoun = 'misses' | 'attention' | 'projects' | 'more';

/** A count with its noun, in the plural form the language asks for (French says "0 point", English "0 items"); `{count}` is the number as the language writes it. */
export function countText(noun: CountedNoun, count: number, locale: Locale): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`countText needs a whole count of 0 or more, got ${count}`);
  const zero = `count.${noun}.zero`;
  const key = count === 0 && zero in STRINGS ? zero : `count.${noun}.${new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other'}`;
  const text = (STRINGS as Record<string, Record<Locale, string>>)[key]![locale];
  return fillPlaceholders(text, { count: formatNumber(count, locale, 0) });
}
