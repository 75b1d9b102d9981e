// Checks a project's SLOs the way a linter checks code, before anything is generated: ids that name
// no SLO, names Prometheus or OpenSLO would refuse, a latency threshold with no bucket bound at or
// below it (an error) or between two bounds (a warning naming the bound used), a burn-rate tier
// that can never fire, a rule of the method the generator cannot write. Each finding names the
// file and the field, and says what to do.
import { suggestionText } from '../nearest-ids.ts';
import type { AlertRule } from '../schema/alert-rule.ts';
import type { Slo } from '../schema/slo.ts';
import { boundInMilliseconds, bucketBoundFor } from './bucket-bound.ts';
import { burnThreshold } from './budget-figures.ts';
import { BURN_RATE_TIERS, tierCanFire } from './burn-rate-tiers.ts';
import { decimalText, divide } from './decimal.ts';
import { effectiveSlos, type EffectiveSlo } from './effective-slos.ts';
import { methodAlert } from './method-alert-queries.ts';
import { projectMonitoring } from './project-monitoring.ts';
import { projectSlosOrDefaults, type ProjectSlos } from './project-slo-schema.ts';
import { OPENSLO_NAME_LENGTH, opensloNames } from './slo-names.ts';

/** One finding: an error stops the export, a warning is printed and the export goes on. */
export interface SloFinding {
  severity: 'error' | 'warning';
  file: string;
  /** The field, as a reader would type its path: `slos.monitoring.latency.buckets`. */
  field: string;
  message: string;
}

/** What the lint reads. */
export interface SloLintInput {
  projectId: string;
  /** The project file, as shown to the reader. */
  file: string;
  block: ProjectSlos | undefined;
  slos: readonly Slo[];
  alertRules: readonly AlertRule[];
  /** Where the SLOs are defined, for findings about them. */
  slosFile?: string;
}

/** Where the recommended SLOs are defined. */
const SLOS_FILE = 'src/content/data/slos.yaml';

/** Prometheus metric names (data model: `[a-zA-Z_:][a-zA-Z0-9_:]*`). */
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** Prometheus label names (data model: `[a-zA-Z_][a-zA-Z0-9_]*`); names starting `__` are Prometheus's own. */
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** OpenSLO object names: RFC 1123 DNS labels (OpenSLO v1, "General Schema" notes). */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A finding about a metric name, or none when Prometheus accepts it. */
function metricNameProblem(name: string): string | undefined {
  if (METRIC_NAME.test(name)) return undefined;
  return `"${name}" is not a metric name Prometheus accepts: expected letters, digits, underscores and colons, not starting with a digit, such as "http_requests_total"`;
}

/** A finding about a label name, or none when Prometheus accepts it. */
function labelNameProblem(name: string): string | undefined {
  if (name.startsWith('__')) return `"${name}" starts with "__", which Prometheus keeps for its own labels: use a label your targets export, such as "job"`;
  if (LABEL_NAME.test(name)) return undefined;
  return `"${name}" is not a label name Prometheus accepts: expected letters, digits and underscores, not starting with a digit, such as "status_code"`;
}

/** Every metric and label name of the monitoring block, with the field that sets it. */
function monitoringNames(projectId: string, block: ProjectSlos | undefined, used: readonly EffectiveSlo[]): Array<{ kind: 'metric' | 'label'; field: string; name: string }> {
  const m = projectMonitoring(projectId, block);
  const names: Array<{ kind: 'metric' | 'label'; field: string; name: string }> = [
    ...m.selectorMatchers.map((matcher) => ({ kind: 'label' as const, field: `slos.monitoring.selector.${matcher.label}`, name: matcher.label })),
    { kind: 'metric', field: 'slos.monitoring.requests.metric', name: m.requests.metric },
    { kind: 'label', field: 'slos.monitoring.requests.errors.label', name: m.requests.errors.label },
    { kind: 'metric', field: 'slos.monitoring.latency.metric', name: m.latency.metric },
    { kind: 'metric', field: 'slos.monitoring.memory.metric', name: m.memory.metric },
    { kind: 'metric', field: 'slos.monitoring.connections.used', name: m.connections.used },
    ...Object.keys(m.connections.usedMatchers).map((label) => ({ kind: 'label' as const, field: `slos.monitoring.connections.usedMatchers.${label}`, name: label })),
    { kind: 'metric', field: 'slos.monitoring.connections.max', name: m.connections.max },
    ...m.connections.by.map((label, index) => ({ kind: 'label' as const, field: `slos.monitoring.connections.by[${index}]`, name: label })),
  ];
  for (const slo of used) if (slo.histogram.field !== 'slos.monitoring.latency') names.push({ kind: 'metric', field: `${slo.histogram.field}.metric`, name: slo.histogram.metric });
  return names;
}

/** Findings about the ids the block names: SLOs to use, overrides and histograms of SLOs that do not exist. */
function idFindings(input: SloLintInput, config: ProjectSlos): SloFinding[] {
  const known = input.slos.map((slo) => slo.id);
  const hint = `the SLOs are ${known.join(', ')} (${input.slosFile ?? SLOS_FILE})`;
  const unknown = (field: string, id: string): SloFinding => ({
    severity: 'error',
    file: input.file,
    field,
    message: `"${id}" is not an SLO: ${suggestionText(id, known, hint)}`,
  });
  const findings: SloFinding[] = [];
  config.use?.forEach((id, index) => known.includes(id) || findings.push(unknown(`slos.use[${index}]`, id)));
  const used = new Set(config.use ?? known);
  for (const id of Object.keys(config.overrides)) {
    if (!known.includes(id)) findings.push(unknown(`slos.overrides.${id}`, id));
    else if (!used.has(id)) findings.push({ severity: 'warning', file: input.file, field: `slos.overrides.${id}`, message: `overrides the SLO "${id}", which \`slos.use\` leaves out: add it to \`use\` or remove the override` });
  }
  for (const id of Object.keys(config.monitoring.histograms)) if (!known.includes(id)) findings.push(unknown(`slos.monitoring.histograms.${id}`, id));
  return findings;
}

/** Findings about one SLO: its comparison, its histogram and bucket bound, and tiers that can never fire. */
function sloFindings(input: SloLintInput, slo: EffectiveSlo): SloFinding[] {
  const findings: SloFinding[] = [];
  const slosFile = input.slosFile ?? SLOS_FILE;
  const index = input.slos.findIndex((entry) => entry.id === slo.id);
  const at = (file: string, field: string, severity: SloFinding['severity'], message: string) => findings.push({ severity, file, field, message });
  if (slo.comparison !== 'lt' && slo.comparison !== 'lte') {
    at(slosFile, `[${index}].comparison`, 'error', `the SLO "${slo.id}" compares "${slo.comparison}": a latency SLO counts the events at or below a bucket bound as good, so it must be an upper bound (lt or lte)`);
  }
  const { histogram } = slo;
  if (!histogram.metric.endsWith('_bucket')) {
    at(input.file, `${histogram.field}.metric`, 'error', `"${histogram.metric}" is not the bucket series of a histogram: expected a name ending in "_bucket", such as "http_request_duration_seconds_bucket"`);
  }
  const choice = bucketBoundFor(slo.value, histogram);
  const threshold = `${slo.value} ms`;
  const wanted = `add a bound of ${decimalText(choice.threshold)} ${histogram.unit} to the histogram and to this list`;
  if (choice.kind === 'none') {
    at(input.file, `${histogram.field}.buckets`, 'error', `the SLO "${slo.id}" has a threshold of ${threshold}, below every bucket bound of ${histogram.metric} (the lowest is ${histogram.buckets[0]} ${histogram.unit}), so no bucket counts its good events: ${wanted}`);
  } else if (choice.kind === 'lower') {
    const used = boundInMilliseconds(choice.bound, histogram.unit);
    at(
      input.file,
      `${histogram.field}.buckets`,
      'warning',
      `the SLO "${slo.id}" has a threshold of ${threshold}, which is not a bucket bound of ${histogram.metric}: the rules read le="${decimalText(choice.bound)}" (${used}), the nearest bound below, so requests between ${used} and ${threshold} count as bad; to read the SLO as written, ${wanted}`,
    );
  }
  for (const tier of BURN_RATE_TIERS) {
    if (tierCanFire(tier, slo.errorBudgetPercent)) continue;
    const [file, field] = slo.overrideReason !== undefined && input.block?.overrides[slo.id]?.errorBudgetPercent !== undefined ? [input.file, `slos.overrides.${slo.id}.errorBudgetPercent`] : [slosFile, `[${index}].errorBudgetPercent`];
    at(
      file,
      field,
      'warning',
      `the ${tier.id} alert of "${slo.id}" (${tier.burnRate}x over ${tier.longWindow}) can never fire with a budget of ${slo.errorBudgetPercent} %: it would need an error ratio of ${decimalText(burnThreshold(tier.burnRate, slo.errorBudgetPercent))} or more, and 1 is every event failing, so it is left out; a budget under 100 ÷ ${tier.burnRate} ≈ ${decimalText(divide(100, tier.burnRate, 2))} % keeps it`,
    );
  }
  return findings;
}

/** Findings about the OpenSLO names the documents would use. */
function opensloFindings(input: SloLintInput, used: readonly EffectiveSlo[]): SloFinding[] {
  const findings: SloFinding[] = [];
  for (const name of opensloNames(input.projectId, used.map((slo) => slo.id), BURN_RATE_TIERS)) {
    if (name.length <= OPENSLO_NAME_LENGTH && DNS_LABEL.test(name)) continue;
    findings.push({
      severity: 'error',
      file: input.file,
      field: '(file name: the project id)',
      message: `the OpenSLO name "${name}" is ${name.length} characters: OpenSLO names are DNS labels of at most ${OPENSLO_NAME_LENGTH} lower-case letters, digits and hyphens; shorten the project id (the file name) or the SLO id`,
    });
  }
  return findings;
}

/** Lints a project's SLOs and monitoring names; an empty list means every file can be generated as the project says. */
export function sloLint(input: SloLintInput): SloFinding[] {
  const config = projectSlosOrDefaults(input.block);
  const used = effectiveSlos(input.slos, input.block);
  const findings = idFindings(input, config);
  for (const { kind, field, name } of monitoringNames(input.projectId, input.block, used)) {
    const problem = kind === 'metric' ? metricNameProblem(name) : labelNameProblem(name);
    if (problem !== undefined) findings.push({ severity: 'error', file: input.file, field, message: problem });
  }
  const pattern = config.monitoring.requests.errors.pattern;
  if (pattern !== undefined && !isRegularExpression(pattern)) {
    findings.push({ severity: 'error', file: input.file, field: 'slos.monitoring.requests.errors.pattern', message: `"${pattern}" is not a regular expression: expected one such as "5.." or "500|503"` });
  }
  for (const slo of used) findings.push(...sloFindings(input, slo));
  findings.push(...opensloFindings(input, used));
  const monitoring = projectMonitoring(input.projectId, input.block);
  input.alertRules.forEach((rule, index) => {
    const outcome = methodAlert(rule, monitoring);
    if (!outcome.ok) findings.push({ severity: 'warning', file: 'src/content/data/alert-rules.yaml', field: `[${index}]`, message: outcome.problem });
  });
  return findings;
}

/** True when the text compiles as a regular expression (RE2 is a subset of what JavaScript reads, so this catches unbalanced brackets and the like). */
function isRegularExpression(text: string): boolean {
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly SloFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** A finding as a linter prints it: `file: field: error: message`. */
export function findingText(finding: SloFinding): string {
  return `${finding.file}: ${finding.field}: ${finding.severity}: ${finding.message}`;
}
