// The text of a new audit, pre-filled from what the handbook already knows of the project: its
// latest measured results and recorded figures against its effective targets, the patterns that
// serve each missed target as plan candidates, the method's load scenarios and horizons. What only
// a person knows is a placeholder. A pure function from data to YAML text.
import { Document, isMap, isScalar, isSeq, type Pair, type Scalar } from 'yaml';
import { effectiveTargets, type EffectiveTarget } from '../effective-targets.ts';
import { meets } from '../schema/comparison.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Project } from '../schema/project.ts';
import { isJudged, type ResultDocument } from '../schema/result.ts';
import { higherIsBetter, targetPercentile, type FreeMetricUnit } from './audit-metrics.ts';
import { AUDIT_SCHEMA_VERSION, LAYERS, type AuditInput } from './audit-schema.ts';
import { patternsForTarget } from './patterns-for-target.ts';
import { placeholder } from './placeholder.ts';

/** What a new audit is drawn from. */
export interface DraftInput {
  projectId: string;
  project: Project;
  catalog: Pick<Catalog, 'targets' | 'patterns' | 'checklists' | 'loadScenarios' | 'scalingTriggers' | 'alertRules' | 'slos'>;
  /** The project's latest verify-web-vitals result, when it has been measured. */
  result?: ResultDocument | undefined;
  /** The audit's day, YYYY-MM-DD. */
  date: string;
  /** Who starts it. */
  by: string;
}

type Row = NonNullable<NonNullable<AuditInput['baseline']['rows']>[number]>;
type Action = NonNullable<NonNullable<AuditInput['plan']['actions']>[number]>;

/** Target ids of the method's baseline table (seed 004, phase 1: latency P50, P95, P99, error rate, DB query time), given a row to fill when nothing measured them. */
const BASELINE_TARGETS = ['api-p50', 'api-p95', 'api-p99', 'api-error-rate', 'db-simple-query', 'db-complex-query'];

/** The free metrics of the same table (throughput, CPU, memory, cold start), with the unit a new row uses and the scaling trigger whose scale-up threshold is their target, when there is one (capacity page). */
const BASELINE_FREE_METRICS: ReadonlyArray<{ metric: string; unit: FreeMetricUnit; trigger?: string }> = [
  { metric: 'throughput', unit: 'req/s' },
  { metric: 'cpu', unit: 'percent', trigger: 'cpu' },
  { metric: 'memory', unit: 'percent', trigger: 'memory' },
  { metric: 'cold-start', unit: 's' },
];

/** The rows measured by verify-web-vitals: one per page or endpoint and judged metric, against today's effective target. */
function measuredRows(projectId: string, result: ResultDocument | undefined, targets: Map<string, EffectiveTarget>): Row[] {
  const project = result?.projects.find((entry) => entry.id === projectId);
  if (result === undefined || project === undefined) return [];
  const rows: Row[] = [];
  for (const page of project.pages) {
    for (const [id, metric] of Object.entries(page.metrics)) {
      const target = targets.get(id);
      if (target === undefined) continue;
      rows.push({ metric: id, subject: page.name, current: metric.value, source: `verify-web-vitals, median of ${page.runs} Lighthouse run${page.runs === 1 ? '' : 's'}, ${result.generatedAt}`, target: target.value });
    }
  }
  for (const endpoint of project.endpoints ?? []) {
    for (const [id, metric] of Object.entries(endpoint.metrics)) {
      const target = targets.get(id);
      // A figure on too few samples was never judged: it is no baseline.
      if (target === undefined || !isJudged(metric)) continue;
      rows.push({ metric: id, subject: endpoint.name, current: metric.value, source: `verify-web-vitals endpoint probe, ${endpoint.completed} requests, ${result.generatedAt}`, target: target.value });
    }
  }
  return rows;
}

/** The rows of figures recorded in the project file from other tools (`npm run checklist -- record`). */
function recordedRows(project: Project, targets: Map<string, EffectiveTarget>): Row[] {
  return Object.entries(project.records).flatMap(([id, record]) => {
    const target = targets.get(id);
    if (target === undefined) return [];
    return [{ metric: id, current: record.value, source: `${record.source}, recorded ${record.at}${record.by ? ` by ${record.by}` : ''}`, target: target.value }];
  });
}

/** The rows of the method's table nothing measured yet, for a person to fill or delete. */
function rowsToFill(covered: ReadonlySet<string>, input: DraftInput, targets: Map<string, EffectiveTarget>): Row[] {
  const source = placeholder('where the figure comes from (the tool, a window with the peak in it)');
  const rows: Row[] = BASELINE_TARGETS.filter((id) => !covered.has(id) && targets.has(id)).map((id) => ({ metric: id, current: placeholder('current value'), source, target: targets.get(id)!.value }));
  for (const { metric, unit, trigger } of BASELINE_FREE_METRICS) {
    const threshold = input.catalog.scalingTriggers.find((entry) => entry.id === trigger)?.scaleUp;
    const target = threshold?.unit === unit ? threshold.value : placeholder(metric === 'throughput' ? 'the expected peak, with a margin' : 'target');
    rows.push({ metric, unit, current: placeholder('current value'), source, target });
  }
  return rows;
}

/** The worst measured value of each metric that misses its target, in the order the rows came. */
function missedTargets(rows: readonly Row[], targets: Map<string, EffectiveTarget>): Array<{ id: string; worst: number }> {
  const worst = new Map<string, number>();
  for (const row of rows) {
    const target = targets.get(row.metric);
    if (target === undefined || typeof row.current !== 'number' || meets(row.current, target.comparison, target.value)) continue;
    const previous = worst.get(row.metric);
    const worse = previous === undefined || (higherIsBetter(target.comparison) ? row.current < previous : row.current > previous);
    if (worse) worst.set(row.metric, row.current);
  }
  return [...worst].map(([id, value]) => ({ id, worst: value }));
}

/** One plan candidate per missed target and pattern that serves it: the gain's metric and before figure known, the rest to fill. */
function planCandidates(missed: ReadonlyArray<{ id: string; worst: number }>, input: DraftInput): Action[] {
  return missed.flatMap(({ id, worst }) =>
    patternsForTarget(id, input.catalog).map((pattern) => ({
      id: `${id}-${pattern.id}`,
      action: placeholder(`the change and where it is made, applying ${pattern.title.en}`),
      layer: pattern.layer,
      pattern: pattern.id,
      effort: placeholder('the effort, such as 30 min, 2 h, 1 d (a working day)'),
      gains: [{ metric: id, percentile: targetPercentile(id) ?? placeholder('the percentile, such as p95'), before: worst, after: placeholder('the figure expected after the change') }],
      priority: placeholder('P0 for a quick win, P1 or P2'),
    })),
  );
}

/** The audit's data, before comments are added. */
function draftData(input: DraftInput, targets: Map<string, EffectiveTarget>): { data: AuditInput; missed: string[] } {
  const measured = [...measuredRows(input.projectId, input.result, targets), ...recordedRows(input.project, targets)];
  const rows = [...measured, ...rowsToFill(new Set(measured.map((row) => row.metric)), input, targets)];
  const missed = missedTargets(rows, targets);
  const finding = (layer: string) => ({
    finding: placeholder(`a bottleneck of the ${layer} layer, or delete this entry`),
    cost: { value: placeholder('its measured cost'), unit: 'ms' as const, percentile: 'p95' as const },
    source: placeholder('the profile, trace or query plan that shows it'),
  });
  const data: AuditInput = {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    by: input.by,
    scope: input.project.description,
    baseline: { status: 'draft', rows },
    profiling: { status: 'draft', ...Object.fromEntries(LAYERS.map((layer) => [layer, [finding(layer)]])) },
    loadTests: {
      status: 'draft',
      runs: input.catalog.loadScenarios.map((scenario) => ({
        scenario: scenario.id,
        date: placeholder('the day it ran, YYYY-MM-DD'),
        p95Ms: placeholder('P95 in ms'),
        errorRatePercent: placeholder('error rate in %'),
        peakRps: placeholder('peak throughput in req/s'),
      })),
    },
    plan: { status: 'draft', actions: planCandidates(missed, input) },
    implementation: { status: 'draft', records: [] },
    capacity: {
      status: 'draft',
      loadRps: placeholder("today's load at peak, in req/s"),
      loadSource: placeholder('where it comes from (APM, the busiest hour of the month)'),
      growthPercentPerMonth: placeholder('expected growth, in % per month'),
      instanceCapacityRps: placeholder('the req/s one instance holds with P95 under its target'),
      capacitySource: placeholder('the load test that shows it'),
      headroomPercent: placeholder('the share of each instance kept free, in % (0 for none)'),
      horizonsMonths: [3, 6, 12],
    },
    monitoring: { status: 'draft', alertRules: [], slos: [], dashboards: [] },
  };
  return { data, missed: missed.map((entry) => entry.id) };
}

/** Puts a comment above a top-level key, or above a key of one of its sections. */
function commentAbove(document: Document, path: readonly string[], comment: string): void {
  let node: unknown = document.contents;
  let key: Scalar | undefined;
  for (const name of path) {
    if (!isMap(node)) return;
    const pair = (node.items as Pair[]).find((item) => isScalar(item.key) && item.key.value === name);
    if (pair === undefined || !isScalar(pair.key)) return;
    key = pair.key;
    node = pair.value;
  }
  if (key === undefined) return;
  key.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
  if (path.length === 1) key.spaceBefore = true;
}

/** The YAML text of a new audit, with comments that say where each figure came from and what to do next. */
export function draftAudit(input: DraftInput): string {
  const targets = effectiveTargets(input.catalog.targets, input.project);
  const { data, missed } = draftData(input, targets);
  const document = new Document(data);
  const measured = input.result?.projects.some((entry) => entry.id === input.projectId);
  document.commentBefore = [
    ` Audit of ${input.project.name} (${input.projectId}), started on ${input.date} by \`npm run audit -- new ${input.projectId}\`.`,
    measured
      ? ` Pre-filled from the verify-web-vitals result of ${input.result!.generatedAt} and the figures recorded in the project file, against its effective targets.`
      : ' No verify-web-vitals result yet: pre-filled from the figures recorded in the project file, against its effective targets.',
    ' Each "TODO: …" is for a person to fill in. Set a section\'s status to complete when it is done, then run',
    ` \`npm run audit -- check ${input.projectId}\`. Gaps, criticality, deltas, instances needed and the plan's order`,
    ' are computed from these figures: never type them here.',
  ].join('\n');
  commentAbove(document, ['baseline'], 'Phase 1. Measured rows first; then the rows of the method\'s table nothing measured yet: fill them or delete them.');
  commentAbove(document, ['profiling'], 'Phase 2. Bottlenecks by layer, each with its measured cost.');
  commentAbove(document, ['loadTests'], 'Phase 3. One run per scenario of src/content/data/load-scenarios.yaml; delete those not run.');
  commentAbove(
    document,
    ['plan'],
    missed.length > 0
      ? `Phase 4. Candidates: each missed target (${missed.join(', ')}) with the patterns that serve it. Keep those that apply,\nlist quick wins (P0) first, then P1, then P2.`
      : 'Phase 4. No measured target is missed yet: add the actions the profiling calls for, quick wins (P0) first.',
  );
  commentAbove(document, ['implementation'], 'Phase 5. One record per action done: `action` is the plan action\'s id; before and after on the same metric and percentile.');
  commentAbove(document, ['capacity'], 'Phase 6. Instances needed at each horizon are computed: ceil(load × (1 + growth)^months ÷ usable capacity).');
  commentAbove(document, ['monitoring'], 'Phase 7. What is in place.');
  const horizons = document.getIn(['capacity', 'horizonsMonths'], true);
  if (isSeq(horizons)) horizons.flow = true;
  commentAbove(document, ['monitoring', 'alertRules'], `Alert rule ids: ${input.catalog.alertRules.map((rule) => rule.id).join(', ')}.`);
  commentAbove(document, ['monitoring', 'slos'], `SLO ids: ${input.catalog.slos.map((slo) => slo.id).join(', ')}.`);
  commentAbove(document, ['monitoring', 'dashboards'], 'Dashboards: red, use, business.');
  return document.toString({ lineWidth: 0 });
}
