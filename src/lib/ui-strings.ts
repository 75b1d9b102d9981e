import type { Locale } from './schema/localized.ts';

/** Interface words of the handbook's own pages, in both languages. */
const STRINGS = {
  problem: { fr: 'Le problème', en: 'The problem' },
  detection: { fr: 'Comment le repérer', en: 'How to detect it' },
  symptoms: { fr: 'Symptômes', en: 'Symptoms' },
  tools: { fr: 'Outils', en: 'Tools' },
  solution: { fr: 'La solution', en: 'The solution' },
  impact: { fr: 'Impact attendu', en: 'Expected impact' },
  beforeAfter: { fr: 'Avant / après', en: 'Before / after' },
  serves: { fr: 'Ce que ce pattern sert', en: 'What this pattern serves' },
  targets: { fr: 'Cibles', en: 'Targets' },
  checklistItems: { fr: 'Points de checklist', en: 'Checklist items' },
  layer: { fr: 'Couche', en: 'Layer' },
  universal: { fr: 'Pattern universel du guide du rôle', en: 'Universal pattern of the role guide' },
  target: { fr: 'Cible', en: 'Target' },
  defaultValue: { fr: 'Valeur par défaut', en: 'Default' },
  projectValue: { fr: 'Valeur du projet', en: 'Project value' },
  source: { fr: 'Source', en: 'Source' },
  checkedBy: { fr: 'Vérifiée par', en: 'Checked by' },
  checkedWhere: { fr: 'Vérifiée dans', en: 'Checked in' },
  item: { fr: 'Point', en: 'Item' },
  status: { fr: 'Statut', en: 'Status' },
  details: { fr: 'Détails', en: 'Details' },
  project: { fr: 'Projet', en: 'Project' },
  owner: { fr: 'Responsable', en: 'Owner' },
  progress: { fr: 'Avancement', en: 'Progress' },
  needsAttention: { fr: 'À traiter', en: 'Needs attention' },
  overridden: { fr: 'adaptée', en: 'overridden' },
  reason: { fr: 'Raison', en: 'Reason' },
  until: { fr: 'jusqu’au', en: 'until' },
  by: { fr: 'par', en: 'by' },
  evidence: { fr: 'preuve', en: 'evidence' },
  lastMeasured: { fr: 'Dernière mesure', en: 'Last measured' },
  neverMeasured: { fr: 'Jamais mesuré ; pour mesurer, lancez', en: 'Never measured; to measure, run' },
  freshness: { fr: 'Fenêtre de fraîcheur', en: 'Freshness window' },
  days: { fr: 'jours', en: 'days' },
  pages: { fr: 'Pages mesurées', en: 'Measured pages' },
  effectiveTargets: { fr: 'Cibles effectives', en: 'Effective targets' },
  trends: { fr: 'Tendances', en: 'Trends' },
  recorded: { fr: 'Relevé', en: 'Recorded' },
  was: { fr: 'était', en: 'was' },
  measuredByVerify: { fr: 'mesurée par verify-web-vitals', en: 'measured by verify-web-vitals' },
  measuredByRecord: { fr: 'relevée avec checklist record', en: 'recorded with checklist record' },
  runTarget: { fr: 'jugé ici selon la cible actuelle ; la mesure visait {threshold}', en: 'judged here against today’s target; the run aimed at {threshold}' },
} as const satisfies Record<string, Record<Locale, string>>;

export type StringKey = keyof typeof STRINGS;

/** Returns the interface text for a key in a language, with `{name}` placeholders filled in. */
export function t(key: StringKey, locale: Locale, values: Record<string, string> = {}): string {
  return STRINGS[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** The path of a page in a language: French at the root, English under /en/. */
export function localePath(path: string, locale: Locale): string {
  return locale === 'fr' ? path : `/en${path}`;
}

/** The colon as each language writes it: French puts a no-break space before it. */
export function colon(locale: Locale): string {
  return locale === 'fr' ? '\u00a0:' : ':';
}
