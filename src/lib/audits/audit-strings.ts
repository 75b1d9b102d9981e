import { textsOf } from '../localized-text.ts';
import type { Locale } from '../schema/localized.ts';

/** Interface words of an audit's report page and of the audit list on a project page, in both languages (the rest are in ui-strings.ts). */
const STRINGS = {
  // The report's title and the facts above its sections.
  title: { fr: '{project} : audit du {date}', en: '{project}: audit of {date}' },
  description: { fr: 'L’audit de performance de {project} du {date}, phase par phase : chiffres relevés et chiffres calculés.', en: 'The performance audit of {project} of {date}, phase by phase: the figures recorded and the figures computed.' },
  project: { fr: 'Projet', en: 'Project' },
  by: { fr: 'Mené par', en: 'Led by' },
  scope: { fr: 'Périmètre', en: 'Scope' },
  sections: { fr: 'Sections terminées', en: 'Sections complete' },
  sectionsCount: { fr: '{done} sur {total}', en: '{done} of {total}' },
  previous: { fr: 'Audit précédent', en: 'Previous audit' },
  file: { fr: 'Fichier', en: 'File' },
  contents: { fr: 'Sommaire', en: 'Contents' },
  exampleTitle: { fr: 'Exemple', en: 'Example' },
  example: {
    fr: 'Cet audit est un exemple : ses chiffres sont inventés pour montrer le format d’un audit et ne décrivent aucun service réel.',
    en: 'This audit is an example: its figures are made up to show the format of an audit and describe no real service.',
  },

  // The format findings, listed at the top when there are any.
  findingsHeading: { fr: 'Constats de format', en: 'Format findings' },
  findingsIntro: {
    fr: '{count} écart(s) aux règles de format de la méthode, tels que les relève npm run audit -- check :',
    en: '{count} breach(es) of the method’s format rules, as npm run audit -- check reports them:',
  },
  'findings.line': { fr: 'Ligne', en: 'Line' },
  'findings.rule': { fr: 'Règle', en: 'Rule' },
  'findings.message': { fr: 'Constat', en: 'Finding' },

  // Each section's heading and status.
  'section.baseline': { fr: '1. Référence', en: '1. Baseline' },
  'section.profiling': { fr: '2. Profilage', en: '2. Profiling' },
  'section.loadTests': { fr: '3. Tests de charge', en: '3. Load testing' },
  'section.plan': { fr: '4. Plan d’optimisation', en: '4. Optimisation plan' },
  'section.implementation': { fr: '5. Mise en œuvre', en: '5. Implementation' },
  'section.capacity': { fr: '6. Planification de capacité', en: '6. Capacity planning' },
  'section.monitoring': { fr: '7. Supervision et alertes', en: '7. Monitoring and alerting' },
  status: { fr: 'Statut de la section', en: 'Section status' },
  'status.draft': { fr: 'brouillon', en: 'draft' },
  'status.complete': { fr: 'terminée', en: 'complete' },
  method: { fr: 'la méthode', en: 'the method' },
  note: { fr: 'Note', en: 'Note' },
  'loadTests.script': { fr: 'Le script k6 du projet, avec ses cibles effectives et les scénarios de la méthode :', en: 'The project’s k6 script, with its effective targets and the method’s scenarios:' },
  empty: { fr: 'Rien n’est encore consigné dans cette section.', en: 'Nothing is recorded in this section yet.' },
  unknown: { fr: '{id} (inconnu)', en: '{id} (unknown)' },
  none: { fr: 'aucun', en: 'none' },
  evidence: { fr: 'Preuve', en: 'Evidence' },
  link: { fr: 'lien', en: 'link' },

  // Phase 1.
  'baseline.caption': { fr: 'Métriques actuelles face aux cibles, écart et criticité calculés', en: 'Current metrics against their targets, gap and criticality computed' },
  'baseline.metric': { fr: 'Métrique', en: 'Metric' },
  'baseline.subject': { fr: 'Objet', en: 'Subject' },
  'baseline.current': { fr: 'Valeur actuelle', en: 'Current value' },
  'baseline.source': { fr: 'Source', en: 'Source' },
  'baseline.target': { fr: 'Cible', en: 'Target' },
  'baseline.gap': { fr: 'Écart', en: 'Gap' },
  'baseline.gapPercent': { fr: 'Écart (% de la cible)', en: 'Gap (% of target)' },
  'baseline.criticality': { fr: 'Criticité', en: 'Criticality' },
  'criticality.critical': { fr: 'critique', en: 'critical' },
  'criticality.high': { fr: 'élevée', en: 'high' },
  'criticality.medium': { fr: 'moyenne', en: 'medium' },
  'criticality.low': { fr: 'faible', en: 'low' },

  // The free metrics of the baseline, by id.
  'metric.throughput': { fr: 'Débit', en: 'Throughput' },
  'metric.error-rate': { fr: 'Taux d’erreur', en: 'Error rate' },
  'metric.cpu': { fr: 'CPU', en: 'CPU' },
  'metric.memory': { fr: 'Mémoire', en: 'Memory' },
  'metric.cold-start': { fr: 'Démarrage à froid', en: 'Cold start' },
  'metric.db-query-time': { fr: 'Temps de requête en base', en: 'Database query time' },
  'percentile.mean': { fr: 'moyenne', en: 'mean' },
  'percentile.peak': { fr: 'pic', en: 'peak' },

  // Phase 2.
  'profiling.caption': { fr: 'Goulots trouvés par couche, avec leur coût mesuré', en: 'Bottlenecks found by layer, with their measured cost' },
  'profiling.layer': { fr: 'Couche', en: 'Layer' },
  'profiling.finding': { fr: 'Goulot', en: 'Bottleneck' },
  'profiling.cost': { fr: 'Coût mesuré', en: 'Measured cost' },
  'profiling.source': { fr: 'Mesuré avec', en: 'Measured with' },
  'profiling.pattern': { fr: 'Pattern', en: 'Pattern' },
  'profiling.quiet': { fr: 'Aucun goulot consigné pour : {layers}.', en: 'No bottleneck recorded for: {layers}.' },

  // Phase 3.
  'loadTests.caption': { fr: 'Tests de charge joués', en: 'Load tests run' },
  'loadTests.scenario': { fr: 'Scénario', en: 'Scenario' },
  'loadTests.date': { fr: 'Date', en: 'Date' },
  'loadTests.p95': { fr: 'P95', en: 'P95' },
  'loadTests.errorRate': { fr: 'Taux d’erreur', en: 'Error rate' },
  'loadTests.peak': { fr: 'Débit de pointe', en: 'Peak throughput' },
  'loadTests.average': { fr: '{value} (moyenne du test, pas sa pointe)', en: '{value} (the run’s average, not its peak)' },

  // Phase 4.
  'plan.caption': { fr: 'Le plan dans l’ordre calculé : gains rapides (P0) d’abord, puis P1 et P2, le moins coûteux d’abord à priorité égale', en: 'The plan in its computed order: quick wins (P0) first, then P1 and P2, the cheapest first within a priority' },
  'plan.rank': { fr: 'Rang', en: 'Rank' },
  'plan.action': { fr: 'Action', en: 'Action' },
  'plan.layer': { fr: 'Couche', en: 'Layer' },
  'plan.pattern': { fr: 'Pattern', en: 'Pattern' },
  'plan.effort': { fr: 'Effort', en: 'Effort' },
  'plan.gain': { fr: 'Gain attendu', en: 'Expected gain' },
  'plan.priority': { fr: 'Priorité', en: 'Priority' },
  'plan.gainCell': { fr: '{metric}, {percentile} : {before} → {after}{delta}', en: '{metric}, {percentile}: {before} → {after}{delta}' },
  'plan.noGain': { fr: 'aucun gain chiffré', en: 'no gain stated' },

  // Phase 5.
  'implementation.caption': { fr: 'Ce qui a été fait, mesuré avant et après, écart calculé', en: 'What was done, measured before and after, the change computed' },
  'implementation.action': { fr: 'Action', en: 'Action' },
  'implementation.date': { fr: 'Date', en: 'Date' },
  'implementation.change': { fr: 'Changement', en: 'Change' },
  'implementation.metric': { fr: 'Métrique', en: 'Metric' },
  'implementation.before': { fr: 'Avant', en: 'Before' },
  'implementation.after': { fr: 'Après', en: 'After' },
  'implementation.delta': { fr: 'Écart', en: 'Change' },
  'implementation.deltaPercent': { fr: 'Écart (%)', en: 'Change (%)' },
  'implementation.code': { fr: 'Le code avant et après : {action}', en: 'The code before and after: {action}' },

  // Phase 6.
  'capacity.inputsCaption': { fr: 'Les chiffres de départ', en: 'The figures it starts from' },
  'capacity.figure': { fr: 'Donnée', en: 'Figure' },
  'capacity.value': { fr: 'Valeur', en: 'Value' },
  'capacity.source': { fr: 'Source', en: 'Source' },
  'capacity.load': { fr: 'Charge de pointe aujourd’hui', en: 'Peak load today' },
  'capacity.growth': { fr: 'Croissance (composée)', en: 'Growth (compounded)' },
  'capacity.growthValue': { fr: '{value} par mois', en: '{value} a month' },
  'capacity.perInstance': { fr: 'Capacité d’une instance', en: 'Capacity of one instance' },
  'capacity.headroom': { fr: 'Marge gardée libre sur chaque instance', en: 'Headroom kept free on each instance' },
  'capacity.statedByAudit': { fr: 'fixée par l’audit', en: 'stated by the audit' },
  'capacity.projectionCaption': { fr: 'Projection : charge à chaque horizon et instances nécessaires, calculées', en: 'Projection: the load at each horizon and the instances needed, computed' },
  'capacity.horizon': { fr: 'Horizon', en: 'Horizon' },
  'capacity.projectedLoad': { fr: 'Charge de pointe projetée', en: 'Projected peak load' },
  'capacity.instances': { fr: 'Instances nécessaires', en: 'Instances needed' },
  'capacity.today': { fr: 'Aujourd’hui', en: 'Today' },
  'capacity.months': { fr: '+{months} mois', en: '+{months} months' },
  'capacity.oneMonth': { fr: '+1 mois', en: '+1 month' },
  'capacity.waiting': { fr: 'La projection se calcule quand les chiffres de départ sont remplis.', en: 'The projection is computed once the figures it starts from are filled in.' },

  // Phase 7.
  'monitoring.alertsCaption': { fr: 'Règles d’alerte en place', en: 'Alert rules in place' },
  'monitoring.alert': { fr: 'Alerte', en: 'Alert' },
  'monitoring.condition': { fr: 'Condition', en: 'Condition' },
  'monitoring.severity': { fr: 'Sévérité', en: 'Severity' },
  'monitoring.slosCaption': { fr: 'SLO suivis', en: 'SLOs tracked' },
  'monitoring.service': { fr: 'Service', en: 'Service' },
  'monitoring.sli': { fr: 'Indicateur (SLI)', en: 'Indicator (SLI)' },
  'monitoring.objective': { fr: 'Objectif (SLO)', en: 'Objective (SLO)' },
  'monitoring.budget': { fr: 'Budget d’erreur', en: 'Error budget' },
  'monitoring.dashboards': { fr: 'Tableaux de bord en place', en: 'Dashboards in place' },
  'dashboard.red': { fr: 'RED (débit, erreurs, durée)', en: 'RED (rate, errors, duration)' },
  'dashboard.use': { fr: 'USE (utilisation, saturation, erreurs)', en: 'USE (utilisation, saturation, errors)' },
  'dashboard.business': { fr: 'métier', en: 'business' },
  'monitoring.noAlerts': { fr: 'Aucune règle d’alerte consignée.', en: 'No alert rule recorded.' },
  'monitoring.noSlos': { fr: 'Aucun SLO consigné.', en: 'No SLO recorded.' },

  // The comparison with the previous audit.
  comparisonHeading: { fr: 'Comparaison avec l’audit précédent', en: 'Comparison with the previous audit' },
  comparisonIntro: { fr: 'La référence de cet audit, métrique par métrique, face à celle de l’audit du {date}.', en: 'This audit’s baseline, metric by metric, against that of the audit of {date}.' },
  'comparison.caption': { fr: 'Référence : avant ({date}), maintenant, évolution calculée', en: 'Baseline: before ({date}), now, the change computed' },
  'comparison.before': { fr: 'Avant', en: 'Before' },
  'comparison.now': { fr: 'Maintenant', en: 'Now' },
  'comparison.change': { fr: 'Évolution', en: 'Change' },
  'comparison.trend': { fr: 'Sens', en: 'Direction' },
  'trend.better': { fr: 'mieux', en: 'better' },
  'trend.worse': { fr: 'moins bien', en: 'worse' },
  'trend.same': { fr: 'inchangé', en: 'unchanged' },
  'trend.new': { fr: 'nouvelle mesure', en: 'newly measured' },
  'trend.dropped': { fr: 'plus mesurée', en: 'no longer measured' },
  'trend.open': { fr: 'à remplir', en: 'to fill in' },

  // The audits of a project, on its page.
  auditsHeading: { fr: 'Audits', en: 'Audits' },
  auditsIntro: { fr: 'Les audits de performance de ce projet, du plus récent au plus ancien ; chacun est un rapport imprimable.', en: 'This project’s performance audits, newest first; each one is a printable report.' },
  auditsNone: { fr: 'Aucun audit pour l’instant ; pour en commencer un à partir de ce qui est mesuré, lancez', en: 'No audit yet; to start one from what is measured, run' },
  'audits.caption': { fr: 'Audits de ce projet', en: 'This project’s audits' },
  'audits.date': { fr: 'Date', en: 'Date' },
  'audits.by': { fr: 'Mené par', en: 'Led by' },
  'audits.sections': { fr: 'Sections terminées', en: 'Sections complete' },
  'audits.exampleMark': { fr: '{date} (exemple)', en: '{date} (example)' },
} as const satisfies Record<string, Record<Locale, string>>;

export type AuditStringKey = keyof typeof STRINGS;

/** Every key, for the test that holds each text to the same placeholders in both languages. */
export const AUDIT_STRING_KEYS = Object.keys(STRINGS) as AuditStringKey[];

/** Returns the text for a key in a language, with `{name}` placeholders filled in. */
export const auditText = textsOf<AuditStringKey>(STRINGS);
