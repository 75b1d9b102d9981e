import { textsOf } from './localized-text.ts';
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
  endpoints: { fr: 'Points d’accès API mesurés', en: 'Measured API endpoints' },
  endpointLoad: { fr: '({rate} req/s, {requests} requêtes mesurées)', en: '({rate} req/s, {requests} measured requests)' },
  effectiveTargets: { fr: 'Cibles effectives', en: 'Effective targets' },
  trends: { fr: 'Tendances', en: 'Trends' },
  recorded: { fr: 'Relevé', en: 'Recorded' },
  was: { fr: 'était', en: 'was' },
  measuredByVerify: { fr: 'mesurée par verify-web-vitals', en: 'measured by verify-web-vitals' },
  measuredByRecord: { fr: 'relevée avec checklist record', en: 'recorded with checklist record' },
  historyDownload: { fr: 'Les graphiques regroupent les mesures anciennes ; l’historique complet ({lines} lignes) se télécharge :', en: 'The charts group older runs; the whole history ({lines} lines) is a download:' },
  historyJsonLines: { fr: 'lignes JSON', en: 'JSON lines' },
  exports: { fr: 'Fichiers SLO et test de charge', en: 'SLO and load-test files' },
  exportsIntro: { fr: 'Les règles Prometheus (avec leurs tests promtool), les documents OpenSLO et le script k6 de ce projet, construits avec le site à partir des mêmes données ; en ligne de commande :', en: 'This project’s Prometheus rules (with their promtool tests), OpenSLO documents and k6 script, built with the site from the same data; from the command line:' },
  fromAudit: { fr: 'd’après l’audit du {date}', en: 'from the audit of {date}' },
  tooFewSamples: { fr: 'trop peu d’échantillons pour juger : {taken} sur les {needed} nécessaires', en: 'too few samples to judge: {taken} of the {needed} needed' },
  runTarget: { fr: 'jugé ici selon la cible actuelle ; la mesure visait {threshold}', en: 'judged here against today’s target; the run aimed at {threshold}' },
  runsPerPage: { fr: 'passage(s) par page', en: 'run(s) per page' },
  sortBy: { fr: 'Trier par', en: 'Sort by' },

  // The states a person gives a manual item, as words inside a sentence.
  'state.done': { fr: 'fait', en: 'done' },
  'state.todo': { fr: 'à faire', en: 'to do' },
  'state.not-applicable': { fr: 'non applicable', en: 'not applicable' },

  // Targets: their groups and where their default values come from.
  'group.api': { fr: 'Temps de réponse des API', en: 'API response time' },
  'group.database': { fr: 'Requêtes en base de données', en: 'Database queries' },
  'group.web': { fr: 'Pages web', en: 'Web pages' },
  'group.web-vitals': { fr: 'Core Web Vitals', en: 'Core Web Vitals' },
  'source.role-guide': { fr: 'Guide du rôle', en: 'Role guide' },
  'source.audit-method': { fr: 'Méthode d’audit', en: 'Audit method' },
  'source.core-web-vitals': { fr: 'Core Web Vitals (web.dev)', en: 'Core Web Vitals (web.dev)' },

  // The targets page.
  'targetsPage.title': { fr: 'Cibles et SLO', en: 'Targets and SLOs' },
  'targetsPage.intro': {
    fr: 'Les valeurs par défaut de chaque cible. Chaque projet peut les adapter dans son fichier, avec une raison ; sa page montre alors ses cibles effectives.',
    en: 'The default value of every target. Each project may adapt them in its own file, with a reason; its page then shows its effective targets.',
  },
  'targetsPage.patterns': { fr: 'Patterns :', en: 'Patterns:' },
  recommendedSlos: { fr: 'SLO recommandés', en: 'Recommended SLOs' },
  alertRules: { fr: 'Règles d’alerte', en: 'Alert rules' },
  scalingTriggers: { fr: 'Déclencheurs de mise à l’échelle', en: 'Scaling triggers' },

  // The default targets of one group, on the role guide.
  'targetsTable.default': { fr: 'Valeur par défaut', en: 'Default value' },
  'targetsTable.measured': { fr: 'Mesure', en: 'Measurement' },
  'targetsTable.verify': { fr: 'npm run verify-web-vitals, à chaque exécution', en: 'npm run verify-web-vitals, on every run' },
  'targetsTable.record': { fr: 'relevée dans l’APM ou la base, puis enregistrée', en: 'read from the APM or the database, then recorded' },

  // The recommended SLOs.
  'slos.caption': { fr: 'SLO recommandés et budget d’erreur sur un mois de {days} jours', en: 'Recommended SLOs and their error budget over a {days}-day month' },
  'slos.service': { fr: 'Service', en: 'Service' },
  'slos.sli': { fr: 'Indicateur (SLI)', en: 'Indicator (SLI)' },
  'slos.slo': { fr: 'Objectif (SLO)', en: 'Objective (SLO)' },
  'slos.budget': { fr: 'Budget d’erreur', en: 'Error budget' },
  'slos.minutes': { fr: 'Soit, par mois de {days} jours', en: 'That is, per {days}-day month' },
  'slos.perMonth': { fr: 'hors objectif', en: 'outside the objective' },

  // The worked example of an SLO's error budget.
  'sloExample.caption': { fr: 'Exemple : {service}, {sli}, au jour {day} d’un mois de {days} jours', en: 'Example: {service}, {sli}, on day {day} of a {days}-day month' },
  'sloExample.quantity': { fr: 'Indicateur', en: 'Indicator' },
  'sloExample.how': { fr: 'Calcul', en: 'Computation' },
  'sloExample.value': { fr: 'Valeur', en: 'Value' },
  'sloExample.budget': { fr: 'Budget du mois', en: 'Budget for the month' },
  'sloExample.budgetHow': { fr: '{days} j × {perDay} min × {percent}', en: '{days} d × {perDay} min × {percent}' },
  'sloExample.spent': { fr: 'Consommé depuis le début du mois', en: 'Spent since the month began' },
  'sloExample.spentHow': { fr: 'minutes passées hors objectif, relevées par la supervision', en: 'minutes outside the objective, as recorded by monitoring' },
  'sloExample.remaining': { fr: 'Budget restant', en: 'Budget remaining' },
  'sloExample.remainingHow': { fr: '({budget} − {spent}) ÷ {budget}', en: '({budget} − {spent}) ÷ {budget}' },
  'sloExample.monthRate': { fr: 'Burn rate depuis le début du mois', en: 'Burn rate since the month began' },
  'sloExample.monthRateHow': { fr: '({spent} ÷ ({days} × {perDay})) ÷ {percent}', en: '({spent} ÷ ({days} × {perDay})) ÷ {percent}' },
  'sloExample.dayRate': { fr: 'Burn rate des dernières 24 h', en: 'Burn rate over the last 24 h' },
  'sloExample.dayRateHow': { fr: '({bad} ÷ {perDay}) ÷ {percent}', en: '({bad} ÷ {perDay}) ÷ {percent}' },
  'sloExample.exhaustion': { fr: 'Épuisement du budget au rythme des dernières 24 h', en: 'Budget exhausted at the last 24 h’s pace' },
  'sloExample.exhaustionHow': { fr: '{left} min restantes ÷ ({rate} × {daily} min par jour)', en: '{left} min left ÷ ({rate} × {daily} min a day)' },
  'sloExample.inDays': { fr: 'dans {days} jours', en: 'in {days} days' },
  'sloExample.never': { fr: 'jamais à ce rythme', en: 'never at this pace' },
  'sloExample.early': { fr: ', avant la fin du mois (encore {days} jours) : à traiter maintenant', en: ', before the month ends ({days} days to go): act now' },

  // The alert rules.
  'alertRules.alert': { fr: 'Alerte', en: 'Alert' },
  'alertRules.condition': { fr: 'Condition', en: 'Condition' },
  'alertRules.severity': { fr: 'Sévérité', en: 'Severity' },
  'alertRules.action': { fr: 'Action', en: 'Action' },
  'severity.warning': { fr: 'Avertissement', en: 'Warning' },
  'severity.critical': { fr: 'Critique', en: 'Critical' },

  // The scaling triggers.
  'scaling.metric': { fr: 'Métrique', en: 'Metric' },
  'scaling.up': { fr: 'Ajouter de la capacité quand', en: 'Scale up when' },
  'scaling.down': { fr: 'En retirer quand', en: 'Scale down when' },
  'scaling.cooldown': { fr: 'Délai entre deux changements', en: 'Cooldown between changes' },

  // The load-test scenarios.
  'loadScenarios.caption': { fr: 'Scénarios de test de charge', en: 'Load-test scenarios' },
  'loadScenarios.scenario': { fr: 'Scénario', en: 'Scenario' },
  'loadScenarios.pattern': { fr: 'Profil de charge', en: 'Load pattern' },
  'loadScenarios.users': { fr: 'Utilisateurs virtuels', en: 'Virtual users' },
  'loadScenarios.duration': { fr: 'Durée', en: 'Duration' },
  'loadScenarios.purpose': { fr: 'Objectif', en: 'Purpose' },

  // A checklist on a reading page.
  'checklistList.person': { fr: 'coché par une personne', en: 'ticked by a person' },
  'checklistList.measurement': { fr: 'décidé par la mesure contre {target} {threshold}', en: 'decided by measurement against {target} {threshold}' },
  'checklistList.see': { fr: 'voir', en: 'see' },

  // The list of patterns, and the layer each one works on.
  'patternList.impact': { fr: 'Impact', en: 'Impact' },
  'layer.application': { fr: 'application', en: 'application' },
  'layer.database': { fr: 'base de données', en: 'database' },
  'layer.network': { fr: 'réseau', en: 'network' },
  'layer.infrastructure': { fr: 'infrastructure', en: 'infrastructure' },

  // A trend chart on a project page.
  'trend.description': {
    fr: '{label} {per} sur {count} mesure(s), cible {target}. Dernières valeurs : {last}.',
    en: '{label} {per} over {count} run(s), target {target}. Latest values: {last}.',
  },
  'trend.perPage': { fr: 'par page', en: 'per page' },
  'trend.perEndpoint': { fr: 'par point d’accès', en: 'per endpoint' },
  'trend.target': { fr: 'cible {target}', en: 'target {target}' },
  'trend.figures': { fr: 'Les chiffres : {label}', en: 'The figures: {label}' },
  'trend.run': { fr: 'Mesure', en: 'Run' },
  'trend.grouped': { fr: 'Les mesures anciennes sont regroupées par {span} : médiane, étendue et échecs.', en: 'Older runs are grouped by {span}: median, range and misses.' },
  'trend.span.day': { fr: 'jour', en: 'day' },
  'trend.span.week': { fr: 'semaine', en: 'week' },
  'trend.span.month': { fr: 'mois', en: 'month' },
  'trend.span.year': { fr: 'année', en: 'year' },
  'trend.bucket.day': { fr: 'Le {date}', en: '{date}' },
  'trend.bucket.week': { fr: 'Semaine du {date}', en: 'Week of {date}' },
  'trend.bucket.month': { fr: '{date}', en: '{date}' },
  'trend.bucket.year': { fr: '{date}', en: '{date}' },
  'trend.bucketCell': { fr: '{median} ({min}–{max}), {runs} mesures', en: '{median} ({min}–{max}), {runs} runs' },
  'trend.bucketMisses': { fr: ', {misses} ✗', en: ', {misses} ✗' },

  // The overview of every project.
  'overview.title': { fr: 'Tous les projets', en: 'All projects' },
  'overview.nothing': { fr: 'Rien à traiter : aucun échec, aucune mesure périmée, aucune dérogation expirée.', en: 'Nothing to handle: no failures, no stale measurements, no expired waivers.' },

  // The checklist editor of a project page; `{seen}` and `{now}` of editor.conflictItem are filled in by its script.
  'editor.done': { fr: 'Fait', en: 'Done' },
  'editor.edit': { fr: 'Note, preuve, non applicable…', en: 'Note, evidence, not applicable…' },
  'editor.note': { fr: 'Note', en: 'Note' },
  'editor.evidence': { fr: 'Lien de preuve (http ou https)', en: 'Evidence link (http or https)' },
  'editor.notApplicable': { fr: 'Non applicable', en: 'Not applicable' },
  'editor.reason': { fr: 'Raison (obligatoire si non applicable)', en: 'Reason (required when not applicable)' },
  'editor.until': { fr: 'Jusqu’au (facultatif)', en: 'Until (optional)' },
  'editor.apply': { fr: 'Garder en brouillon', en: 'Keep as draft' },
  'editor.cancel': { fr: 'Annuler', en: 'Cancel' },
  'editor.draft': { fr: 'Brouillon\u00a0:', en: 'Draft:' },
  'editor.remove': { fr: 'Retirer', en: 'Remove' },
  'editor.saved': { fr: 'Enregistré dans {file}. Le site sera reconstruit pour l’afficher.', en: 'Saved to {file}. The site is rebuilt to show it.' },
  'editor.saveFailed': { fr: 'L’enregistrement a échoué :', en: 'Saving failed:' },
  'editor.reasonRequired': { fr: 'Indiquez une raison pour marquer ce point non applicable.', en: 'Give a reason to mark this item not applicable.' },
  'editor.badLink': { fr: 'Le lien de preuve doit commencer par http:// ou https://.', en: 'The evidence link must start with http:// or https://.' },
  'editor.badUntil': { fr: 'La date de fin doit être aujourd’hui ou plus tard.', en: 'The end date must be today or later.' },
  'editor.tooLong': { fr: 'Ce texte est trop long : {max} caractères au plus.', en: 'This text is too long: {max} characters at most.' },
  'editor.conflict': {
    fr: '{file} a changé depuis la construction de cette page (une modification depuis le terminal ?). Ces points n’y sont plus dans l’état que la page montrait :',
    en: '{file} changed since this page was built (an edit from the terminal?). These items are no longer in the state the page showed:',
  },
  'editor.conflictItem': { fr: 'la page montrait « {seen} », le fichier dit maintenant « {now} »', en: 'the page showed “{seen}”, the file now says “{now}”' },
  'editor.keepFile': { fr: 'Garder la version du fichier (recharger)', en: 'Keep the file’s version (reload)' },
  'editor.overwrite': { fr: 'Écraser avec mes brouillons', en: 'Overwrite with my drafts' },
  'editor.pendingTitle': { fr: 'Modifications en attente', en: 'Pending changes' },
  'editor.pendingIntro': {
    fr: 'Ces modifications sont gardées dans ce navigateur, même après un rechargement, jusqu’à ce que vous les enregistriez.',
    en: 'These changes are kept in this browser, even after a reload, until you save them.',
  },
  'editor.save': { fr: 'Enregistrer dans {file}', en: 'Save to {file}' },
  'editor.staticDownload': {
    fr: 'Ce site est statique : enregistrez avec ces commandes depuis le dépôt, ou téléchargez le fichier mis à jour.',
    en: 'This site is static: save with these commands from the repository, or download the updated file.',
  },
  'editor.staticNoDownload': {
    fr: 'Ce site est statique : enregistrez avec ces commandes depuis le dépôt (le site ne publie pas ce fichier, qui contient des en-têtes de requête).',
    en: 'This site is static: save with these commands from the repository (the site does not publish this file, which holds request headers).',
  },
  'editor.copy': { fr: 'Copier les commandes', en: 'Copy the commands' },
  'editor.download': { fr: 'Télécharger {name} mis à jour', en: 'Download the updated {name}' },
  'editor.discard': { fr: 'Abandonner les brouillons', en: 'Discard the drafts' },
} as const satisfies Record<string, Record<Locale, string>>;

export type StringKey = keyof typeof STRINGS;

/** Every key, for the tests that hold each text to the same placeholders in both languages. */
export const STRING_KEYS = Object.keys(STRINGS) as StringKey[];

/** Returns the interface text for a key in a language, with `{name}` placeholders filled in. */
export const t = textsOf<StringKey>(STRINGS);

/** The path of a page in a language: French at the root, English under /en/. */
export function localePath(path: string, locale: Locale): string {
  return locale === 'fr' ? path : `/en${path}`;
}

/** The BCP 47 tag Intl formats each language's dates and numbers with. */
export function intlLocale(locale: Locale): 'fr-FR' | 'en-GB' {
  return locale === 'fr' ? 'fr-FR' : 'en-GB';
}

/** The colon as each language writes it: French puts a no-break space before it. */
export function colon(locale: Locale): string {
  return locale === 'fr' ? '\u00a0:' : ':';
}
