// A project's SLOs as OpenSLO v1 documents (github.com/OpenSLO/OpenSLO, README "Specification"):
// a Service for the project, an AlertNotificationTarget per severity, and for each SLO its SLI (a
// ratio of good events to all events, read from the histogram's bucket and count series), the SLO
// (Occurrences over a rolling window, its objective as an exact decimal) and one AlertPolicy per
// burn-rate tier. An AlertCondition has a single lookback window, so each window pair of a tier
// is a policy of its own: its condition holds the long window, and the short window it is checked
// against is in an annotation, as the Prometheus rules apply it. Same input, same bytes.
import { pick, type Locale } from '../schema/localized.ts';
import { boundInMilliseconds, bucketBoundFor } from './bucket-bound.ts';
import { BURN_RATE_TIERS, tierCanFire, windowText, type BurnRateTier } from './burn-rate-tiers.ts';
import { decimal, decimalText } from './decimal.ts';
import type { EffectiveSlo } from './effective-slos.ts';
import { handbookLink } from './prometheus-rules.ts';
import type { ProjectMonitoring } from './project-monitoring.ts';
import { bucketMatcher, selector } from './promql.ts';
import { mark, objectivePercent, sloThreshold } from './slo-text.ts';
import { alertPolicyName, notificationTargetName, serviceName, sliObjectName, sloObjectName } from './slo-names.ts';
import { yamlNumber, yamlStream, type YamlValue } from './yaml-text.ts';

/** The version every document carries. */
const API_VERSION = 'openslo/v1';
/** The longest `displayName` OpenSLO's Go SDK accepts (pkg/openslo/v1/objects.go). */
const DISPLAY_NAME_LENGTH = 63;
/** The longest `description` the specification allows ("contains at most 1050 characters"). */
const DESCRIPTION_LENGTH = 1050;
/** The prefix of our annotations: a DNS subdomain, as the specification asks of a prefix. */
const ANNOTATION_PREFIX = 'perf-handbook';

/** Everything a project's documents are generated from. */
export interface OpenSloInput {
  projectId: string;
  projectName: string;
  projectDescription: string;
  slos: readonly EffectiveSlo[];
  monitoring: ProjectMonitoring;
  locale: Locale;
  /** Where the handbook is published; links are paths without it. */
  site?: string;
}

/** A text cut to `max` characters, ending with an ellipsis when cut. */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The metadata every document starts with. */
function metadata(name: string, displayName: string, labels: Record<string, string>, annotations: Record<string, string> = {}): YamlValue {
  return {
    name,
    displayName: fit(displayName, DISPLAY_NAME_LENGTH),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}


const TEXT = {
  en: {
    service: (name: string, description: string) => `${name}: ${description}`,
    target: (severity: string) =>
      severity === 'page' ? 'Alerts that wake the on-call engineer now (Prometheus label severity="page").' : 'Alerts that wait for working hours, as a ticket (Prometheus label severity="ticket").',
    sli: (slo: EffectiveSlo) => `Share of events within ${slo.value} ms, from the buckets of ${slo.histogram.metric}.`,
    slo: (slo: EffectiveSlo) =>
      `${slo.slo.service.en}, ${sloThreshold(slo, 'en')}: ${objectivePercent(slo)} % of events within ${slo.value} ms over a rolling ${slo.windowDays} days (error budget ${slo.errorBudgetPercent} %).${slo.overrideReason ? ` The project sets its own values: ${slo.overrideReason}` : ''}`,
    objective: (slo: EffectiveSlo) => `${objectivePercent(slo)} % within ${slo.value} ms`,
    policy: (slo: EffectiveSlo, tier: BurnRateTier) => `${slo.slo.service.en}: budget burning at ${tier.burnRate}x or more over ${tier.longWindow} and over the last ${tier.shortWindow} (${tier.severity}).`,
    bound: (slo: EffectiveSlo, bound: string, used: string) => `${slo.value} ms is not a bucket bound of ${slo.histogram.metric}: good events are counted up to le="${bound}" (${used}), the nearest bound below.`,
  },
  fr: {
    service: (name: string, description: string) => `${name} : ${description}`,
    target: (severity: string) =>
      severity === 'page' ? 'Alertes qui réveillent l’astreinte tout de suite (label Prometheus severity="page").' : 'Alertes qui attendent les heures ouvrées, en ticket (label Prometheus severity="ticket").',
    sli: (slo: EffectiveSlo) => `Part des événements en ${slo.value} ms au plus, lue dans les buckets de ${slo.histogram.metric}.`,
    slo: (slo: EffectiveSlo) =>
      `${slo.slo.service.fr}, ${sloThreshold(slo, 'fr')} : ${mark(objectivePercent(slo), 'fr')} % des événements en ${slo.value} ms au plus sur ${slo.windowDays} jours glissants (budget d’erreur ${mark(String(slo.errorBudgetPercent), 'fr')} %).${slo.overrideReason ? ` Le projet fixe ses propres valeurs : ${slo.overrideReason}` : ''}`,
    objective: (slo: EffectiveSlo) => `${mark(objectivePercent(slo), 'fr')} % en ${slo.value} ms au plus`,
    policy: (slo: EffectiveSlo, tier: BurnRateTier) => `${slo.slo.service.fr} : budget consommé à ${mark(tier.burnRate, 'fr')}x ou plus sur ${tier.longWindow} et sur les dernières ${tier.shortWindow} (${tier.severity}).`,
    bound: (slo: EffectiveSlo, bound: string, used: string) => `${slo.value} ms n’est pas une borne de ${slo.histogram.metric} : les bons événements sont comptés jusqu’à le="${bound}" (${used}), la borne inférieure la plus proche.`,
  },
} as const;

/** The SLI of one SLO: good events (at or below the bound) over all events, both counters. */
function sliDocument(input: OpenSloInput, slo: EffectiveSlo): YamlValue {
  const choice = bucketBoundFor(slo.value, slo.histogram);
  if (choice.kind === 'none') throw new RangeError(`the SLO "${slo.id}" has no bucket bound at or below ${slo.value} ms: run the lint (slo-lint.ts) before generating`);
  const base = input.monitoring.selectorMatchers;
  const query = (text: string) => ({ metricSource: { type: 'Prometheus', spec: { query: text } } });
  return {
    apiVersion: API_VERSION,
    kind: 'SLI',
    metadata: metadata(sliObjectName(input.projectId, slo.id), `${pick(slo.slo.service, input.locale)}: ${pick(slo.slo.sli, input.locale)}`, { project: input.projectId, slo: slo.id }),
    spec: {
      description: fit(TEXT[input.locale].sli(slo), DESCRIPTION_LENGTH),
      ratioMetric: {
        counter: true,
        good: query(`sum(${selector(slo.histogram.metric, [...base, bucketMatcher(choice.bound)])})`),
        total: query(`sum(${selector(slo.histogram.metric.replace(/_bucket$/, '_count'), base)})`),
      },
    },
  };
}

/** The annotations an SLO's documents carry: the handbook page, and the bucket bound read when it is not the threshold. */
function sloAnnotations(input: OpenSloInput, slo: EffectiveSlo): Record<string, string> {
  const choice = bucketBoundFor(slo.value, slo.histogram);
  return {
    [`${ANNOTATION_PREFIX}/handbook-page`]: handbookLink(input.projectId, input.locale, input.site),
    ...(choice.kind === 'lower' ? { [`${ANNOTATION_PREFIX}/bucket-bound`]: TEXT[input.locale].bound(slo, decimalText(choice.bound), boundInMilliseconds(choice.bound, slo.histogram.unit)) } : {}),
  };
}

/** The SLO document, referring to its SLI and to its alert policies. */
function sloDocument(input: OpenSloInput, slo: EffectiveSlo, tiers: readonly BurnRateTier[]): YamlValue {
  return {
    apiVersion: API_VERSION,
    kind: 'SLO',
    metadata: metadata(sloObjectName(input.projectId, slo.id), `${pick(slo.slo.service, input.locale)}: ${sloThreshold(slo, input.locale)}`, { project: input.projectId, slo: slo.id }, sloAnnotations(input, slo)),
    spec: {
      description: fit(TEXT[input.locale].slo(slo), DESCRIPTION_LENGTH),
      service: serviceName(input.projectId),
      indicatorRef: sliObjectName(input.projectId, slo.id),
      timeWindow: [{ duration: windowText(slo.windowDays * 24 * 60), isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ displayName: fit(TEXT[input.locale].objective(slo), DISPLAY_NAME_LENGTH), target: yamlNumber(slo.objective) }],
      ...(tiers.length > 0 ? { alertPolicies: tiers.map((tier) => ({ alertPolicyRef: alertPolicyName(input.projectId, slo.id, tier) })) } : {}),
    },
  };
}

/** The alert policy of one tier of one SLO, its single condition inline. */
function policyDocument(input: OpenSloInput, slo: EffectiveSlo, tier: BurnRateTier): YamlValue {
  const name = alertPolicyName(input.projectId, slo.id, tier);
  const description = fit(TEXT[input.locale].policy(slo, tier), DESCRIPTION_LENGTH);
  const labels = { project: input.projectId, slo: slo.id, severity: tier.severity, tier: tier.id };
  return {
    apiVersion: API_VERSION,
    kind: 'AlertPolicy',
    metadata: metadata(name, `${pick(slo.slo.service, input.locale)}: ${tier.id}`, labels, {
      [`${ANNOTATION_PREFIX}/short-window`]: tier.shortWindow,
      [`${ANNOTATION_PREFIX}/prometheus-alert`]: tier.alert,
    }),
    spec: {
      description,
      alertWhenNoData: false,
      alertWhenResolved: false,
      alertWhenBreaching: true,
      conditions: [
        {
          kind: 'AlertCondition',
          metadata: metadata(name, `${tier.burnRate}x over ${tier.longWindow}`, labels),
          spec: {
            description,
            severity: tier.severity,
            condition: { kind: 'burnrate', op: 'gte', threshold: yamlNumber(decimal(tier.burnRate)), lookbackWindow: tier.longWindow },
          },
        },
      ],
      notificationTargets: [{ targetRef: notificationTargetName(input.projectId, tier.severity) }],
    },
  };
}

/** The OpenSLO documents of a project, as one YAML stream. */
export function openSloDocuments(input: OpenSloInput): string {
  const text = TEXT[input.locale];
  const tiersOf = (slo: EffectiveSlo) => BURN_RATE_TIERS.filter((tier) => tierCanFire(tier, slo.errorBudgetPercent));
  const severities = [...new Set(input.slos.flatMap((slo) => tiersOf(slo).map((tier) => tier.severity)))];
  const documents: YamlValue[] = [
    {
      apiVersion: API_VERSION,
      kind: 'Service',
      metadata: metadata(serviceName(input.projectId), input.projectName, { project: input.projectId }, { [`${ANNOTATION_PREFIX}/handbook-page`]: handbookLink(input.projectId, input.locale, input.site) }),
      spec: { description: fit(text.service(input.projectName, input.projectDescription), DESCRIPTION_LENGTH) },
    },
    ...severities.map((severity) => ({
      apiVersion: API_VERSION,
      kind: 'AlertNotificationTarget',
      metadata: metadata(notificationTargetName(input.projectId, severity), `${input.projectName}: ${severity}`, { project: input.projectId, severity }),
      spec: { description: text.target(severity), target: 'alertmanager' },
    })),
  ];
  for (const slo of input.slos) {
    const tiers = tiersOf(slo);
    documents.push(sliDocument(input, slo), sloDocument(input, slo, tiers), ...tiers.map((tier) => policyDocument(input, slo, tier)));
  }
  const header =
    input.locale === 'fr'
      ? [`SLO du projet « ${input.projectId} » au format OpenSLO v1, générés par Perf Handbook : régénérez-les plutôt que de les modifier.`, `npm run export -- ${input.projectId} --format openslo --out ${input.projectId}.openslo.yaml`]
      : [`The SLOs of the project "${input.projectId}" as OpenSLO v1 documents, generated by Perf Handbook: regenerate rather than edit.`, `npm run export -- ${input.projectId} --format openslo --out ${input.projectId}.openslo.yaml`];
  return yamlStream(documents, header);
}
