// The format rules of the method (seed 004, "Regles de Format": quantify everything, always show
// before and after with figures, quick wins first), checked on an audit file as a linter checks
// code: each finding names the file, the line, the rule and what to do. A section marked draft is
// work in progress: only its ids are checked; marking it complete asks for every rule.
import { parseDocument } from 'yaml';
import { MAX_YAML_ALIAS_COUNT } from '../content-limits.ts';
import { describeIssue, formatPath, formatValue } from '../friendly-errors.ts';
import { suggestionText } from '../nearest-ids.ts';
import { isCalendarDate } from '../shape-rules.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Target } from '../schema/target.ts';
import { FREE_METRICS, higherIsBetter, resolveMetric } from './audit-metrics.ts';
import { auditSchema, filled, LAYERS, SECTIONS, type Audit, type Gain, type Section } from './audit-schema.ts';
import { isPlaceholder } from './placeholder.ts';
import { priorityRank } from './plan-order.ts';
import { yamlLines, type LineOf } from './yaml-lines.ts';

/** The rules, by id, with what each asks; `yaml` and `schema` are the file's own validity. */
export const AUDIT_RULES = {
  'file-name': 'an audit is src/content/audits/<project>/<YYYY-MM-DD>.yaml, for a project that exists',
  yaml: 'the file is valid YAML',
  schema: 'every field has the type and shape the audit format expects',
  'gain-quantified': 'every expected gain states its metric, percentile, before and after figures, and is a gain',
  'same-metric': 'before and after are measured on the same metric and percentile, the one the plan expected',
  'plan-order': 'the plan lists quick wins first: P0, then P1, then P2',
  'unknown-id': 'every pattern, target, scenario, alert rule, SLO and plan action named exists',
  placeholder: 'no placeholder ("TODO: …") is left in a section marked complete',
} as const;
export type AuditRule = keyof typeof AUDIT_RULES;

/** One breach of a rule, where a person fixes it. */
export interface AuditFinding {
  file: string;
  line: number;
  rule: AuditRule;
  message: string;
}

/** The ids an audit may name, from the catalog. */
export interface AuditReferences {
  targets: ReadonlyMap<string, Target>;
  patterns: ReadonlySet<string>;
  scenarios: ReadonlySet<string>;
  alertRules: ReadonlySet<string>;
  slos: ReadonlySet<string>;
}

/** The ids an audit may name, read from the catalog. */
export function auditReferences(catalog: Pick<Catalog, 'targets' | 'patterns' | 'loadScenarios' | 'alertRules' | 'slos'>): AuditReferences {
  return {
    targets: catalog.targets,
    patterns: new Set(catalog.patterns.keys()),
    scenarios: new Set(catalog.loadScenarios.map((scenario) => scenario.id)),
    alertRules: new Set(catalog.alertRules.map((rule) => rule.id)),
    slos: new Set(catalog.slos.map((slo) => slo.id)),
  };
}

/** A finding as a linter prints it: `file:line: rule: message`. */
export function findingText(finding: AuditFinding): string {
  return `${finding.file}:${finding.line}: ${finding.rule}: ${finding.message}`;
}

type Path = readonly PropertyKey[];
type Report = (path: Path, rule: AuditRule, message: string) => void;

/** `plan.actions[2].pattern`, in backticks, as messages name a field. */
const field = (path: Path) => `\`${formatPath(path)}\``;

/** Checks every id the audit names against the catalog and the audit's own plan. */
function checkIds(audit: Audit, refs: AuditReferences, report: Report): void {
  const known = (path: Path, id: string, ids: Iterable<string>, what: string, where: string) => {
    const list = [...ids];
    if (list.includes(id)) return;
    report(path, 'unknown-id', `${field(path)} names "${id}", which is ${what}: ${suggestionText(id, list, `the ids are in ${where}`)}`);
  };
  const metric = (path: Path, id: string) =>
    known(path, id, [...refs.targets.keys(), ...Object.keys(FREE_METRICS)], `neither a target nor a free metric (${Object.keys(FREE_METRICS).join(', ')})`, 'src/content/data/targets.yaml');
  const pattern = (path: Path, id: string | undefined) => id !== undefined && known(path, id, refs.patterns, 'no pattern', 'src/content/patterns/');
  audit.baseline.rows.forEach((row, index) => metric(['baseline', 'rows', index, 'metric'], row.metric));
  for (const layer of LAYERS) {
    audit.profiling[layer].forEach((finding, index) => pattern(['profiling', layer, index, 'pattern'], finding.pattern));
  }
  audit.loadTests.runs.forEach((run, index) => known(['loadTests', 'runs', index, 'scenario'], run.scenario, refs.scenarios, 'no load scenario', 'src/content/data/load-scenarios.yaml'));
  audit.plan.actions.forEach((action, index) => {
    pattern(['plan', 'actions', index, 'pattern'], action.pattern);
    action.gains.forEach((gain, at) => metric(['plan', 'actions', index, 'gains', at, 'metric'], gain.metric));
  });
  const actions = audit.plan.actions.map((action) => action.id);
  audit.implementation.records.forEach((record, index) => {
    known(['implementation', 'records', index, 'action'], record.action, actions, 'no action of the plan', 'the `id` of each action under `plan.actions`');
    metric(['implementation', 'records', index, 'before', 'metric'], record.before.metric);
    metric(['implementation', 'records', index, 'after', 'metric'], record.after.metric);
  });
  audit.monitoring.alertRules.forEach((id, index) => known(['monitoring', 'alertRules', index], id, refs.alertRules, 'no alert rule', 'src/content/data/alert-rules.yaml'));
  audit.monitoring.slos.forEach((id, index) => known(['monitoring', 'slos', index], id, refs.slos, 'no SLO', 'src/content/data/slos.yaml'));
}

/** Checks that each gain of a complete plan is stated in figures and is a gain. */
function checkGains(audit: Audit, refs: AuditReferences, report: Report): void {
  audit.plan.actions.forEach((action, index) => {
    const at: Path = ['plan', 'actions', index];
    if (action.gains.length === 0) {
      report(at, 'gain-quantified', `action "${action.id}" states no expected gain: add one under \`gains\` with its metric, percentile, before and after figures (the method quantifies everything: "-150 ms P95, i.e. -43 %")`);
      return;
    }
    action.gains.forEach((gain, gainIndex) => checkGain(gain, [...at, 'gains', gainIndex], action.id, refs, report));
  });
}

/** Checks one expected gain: nothing missing, a change, in the right direction. Placeholders are the placeholder rule's. */
function checkGain(gain: Gain, path: Path, actionId: string, refs: AuditReferences, report: Report): void {
  const missing = [gain.percentile === undefined && 'percentile', gain.before === undefined && 'before', gain.after === undefined && 'after'].filter((name) => name !== false);
  if (missing.length > 0) {
    report(path, 'gain-quantified', `the gain on ${gain.metric} of action "${actionId}" has no ${missing.map((name) => `\`${name}\``).join(', ')}: state its metric, percentile, before and after figures`);
    return;
  }
  const before = filled(gain.before);
  const after = filled(gain.after);
  if (before === undefined || after === undefined) return;
  if (before === after) {
    report([...path, 'after'], 'gain-quantified', `the gain on ${gain.metric} of action "${actionId}" goes from ${before} to ${after}, which is no gain: give the figure expected after the change`);
    return;
  }
  const metric = resolveMetric(gain.metric, gain.unit, refs.targets);
  if (metric === undefined) return; // the unknown-id rule reports it
  const better = higherIsBetter(metric.comparison) ? after > before : after < before;
  if (!better) {
    report([...path, 'after'], 'gain-quantified', `the gain on ${gain.metric} of action "${actionId}" goes from ${before} to ${after}, the wrong way: ${higherIsBetter(metric.comparison) ? 'more' : 'less'} is better for ${gain.metric}; check the figures, or that before and after are not swapped`);
  }
}

/** Checks that each implementation record measures before and after on the same metric and percentile, the one its plan action expected. */
function checkSameMetric(audit: Audit, report: Report): void {
  audit.implementation.records.forEach((record, index) => {
    const at: Path = ['implementation', 'records', index];
    const { before, after } = record;
    const name = (figure: typeof before) => `${figure.metric}${figure.unit ? ` in ${figure.unit}` : ''} at ${filled(figure.percentile) ?? 'a percentile to fill'}`;
    const samePercentile = filled(before.percentile) === undefined || filled(after.percentile) === undefined || before.percentile === after.percentile;
    if (before.metric !== after.metric || before.unit !== after.unit || !samePercentile) {
      report([...at, 'after'], 'same-metric', `record of "${record.action}": \`after\` is ${name(after)} but \`before\` is ${name(before)}: measure before and after on the same metric and percentile`);
      return;
    }
    const action = audit.plan.actions.find((candidate) => candidate.id === record.action);
    if (action === undefined || action.gains.length === 0) return;
    const expected = action.gains.some((gain) => gain.metric === before.metric && (filled(gain.percentile) === undefined || filled(before.percentile) === undefined || gain.percentile === before.percentile));
    if (!expected) {
      const promised = action.gains.map((gain) => `${gain.metric} at ${filled(gain.percentile) ?? '?'}`).join(', ');
      report([...at, 'before'], 'same-metric', `record of "${record.action}" measures ${name(before)}, but the plan expected its gain on ${promised}: measure what the plan promised, or add this gain to the plan action`);
    }
  });
}

/** Checks that a complete plan lists its quick wins first: priorities never go back up. */
function checkPlanOrder(audit: Audit, report: Report): void {
  let worst: { rank: number; id: string; priority: string } | undefined;
  audit.plan.actions.forEach((action, index) => {
    const rank = priorityRank(action.priority);
    if (rank === undefined) return; // a placeholder: the placeholder rule reports it
    if (worst !== undefined && rank < worst.rank) {
      report(['plan', 'actions', index, 'priority'], 'plan-order', `action "${action.id}" (${action.priority}) comes after "${worst.id}" (${worst.priority}): list quick wins first, every P0, then P1, then P2 (the method: "quick wins mesurables > refactoring profond > micro-optimisations")`);
      return;
    }
    if (worst === undefined || rank > worst.rank) worst = { rank, id: action.id, priority: action.priority };
  });
}

/** Reports every placeholder left in the sections marked complete. */
function checkPlaceholders(audit: Audit, report: Report): void {
  const visit = (value: unknown, path: Path, section: Section) => {
    if (isPlaceholder(value)) {
      report(path, 'placeholder', `${field(path)} is still a placeholder (${formatValue(value)}) in a section marked complete: fill it in, or set \`${section}.status\` back to draft`);
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index], section));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key], section);
  };
  for (const section of SECTIONS) if (audit[section].status === 'complete') visit(audit[section], [section], section);
}

/** The sections marked complete: the format rules apply to them. */
function complete(audit: Audit, section: Section): boolean {
  return audit[section].status === 'complete';
}

/** Every format finding of a valid audit, in the order of the file's lines. */
export function checkAudit(audit: Audit, refs: AuditReferences, lineOf: LineOf, file: string): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const report: Report = (path, rule, message) => findings.push({ file, line: lineOf(path), rule, message });
  checkIds(audit, refs, report);
  if (complete(audit, 'plan')) {
    checkGains(audit, refs, report);
    checkPlanOrder(audit, report);
  }
  if (complete(audit, 'implementation')) checkSameMetric(audit, report);
  checkPlaceholders(audit, report);
  return findings.sort((a, b) => a.line - b.line);
}

/** The problems of an audit's place: its folder must name a project, its name must be a day. */
export function checkAuditPath(file: string, projectFolder: string, fileName: string, projectIds: readonly string[]): AuditFinding[] {
  const findings: AuditFinding[] = [];
  if (!projectIds.includes(projectFolder)) {
    findings.push({ file, line: 1, rule: 'file-name', message: `the folder "${projectFolder}" names no project (${suggestionText(projectFolder, projectIds, `the projects are ${projectIds.map((id) => `"${id}"`).join(', ')}`)}): move the file to src/content/audits/<project>/, named for a project of src/content/projects/` });
  }
  const day = /^(.*)\.yaml$/.exec(fileName)?.[1];
  if (day === undefined || !isCalendarDate(day)) {
    findings.push({ file, line: 1, rule: 'file-name', message: `the file name "${fileName}" is not a day: expected <YYYY-MM-DD>.yaml, the day the audit started, such as 2026-11-20.yaml; rename the file` });
  }
  return findings;
}

/** The outcome of checking one audit file: its data when it is valid, and every finding. */
export interface AuditCheck {
  audit?: Audit;
  findings: AuditFinding[];
}

/** Parses, validates and checks an audit file's text: YAML and schema problems first (with nothing else checked), else the format rules. */
export function checkAuditText(text: string, file: string, refs: AuditReferences): AuditCheck {
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      findings: document.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? 1,
        rule: 'yaml' as const,
        message: `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}; fix the file and check again`,
      })),
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error) {
    return { findings: [{ file, line: 1, rule: 'yaml', message: `its YAML cannot be turned into data (${(error as Error).message.split('\n')[0]}): check its anchors (&name) and aliases (*name)` }] };
  }
  const lineOf = yamlLines(text);
  const parsed = auditSchema.safeParse(data);
  if (!parsed.success) {
    const findings = parsed.error.issues.map((issue) => ({ file, line: lineOf(issue.path), rule: 'schema' as const, message: describeIssue(issue, data) }));
    return { findings: findings.sort((a, b) => a.line - b.line) };
  }
  return { audit: parsed.data, findings: checkAudit(parsed.data, refs, lineOf, file) };
}
