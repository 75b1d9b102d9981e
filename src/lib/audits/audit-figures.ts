// Every figure an audit's report shows that the method computes rather than records: the gap and
// criticality of each baseline row, the delta of each expected gain and of each before/after
// record, the plan in its ranked order, and the instances needed at each horizon. A figure whose
// inputs are still placeholders, or whose metric is unknown, is left out (undefined), never zero.
import type { Target } from '../schema/target.ts';
import { resolveMetric } from './audit-metrics.ts';
import { filled, type Audit, type BaselineRow, type Gain, type ImplementationRecord, type PlanAction } from './audit-schema.ts';
import { criticality, type Criticality } from './criticality.ts';
import { delta, type Delta } from './delta.ts';
import { gap, type Gap } from './gap.ts';
import { capacityProjection, type CapacityLine } from './instances-needed.ts';
import { planOrder } from './plan-order.ts';

/** A baseline row with its computed gap and criticality. */
export interface BaselineFigures {
  row: BaselineRow;
  gap?: Gap;
  criticality?: Criticality;
}

/** A plan action with the delta of each of its gains, in the plan's ranked order. */
export interface PlanFigures {
  action: PlanAction;
  /** 1 for the first action to do. */
  rank: number;
  gains: Array<{ gain: Gain; delta?: Delta }>;
}

/** What the method computes from an audit. */
export interface AuditFigures {
  baseline: BaselineFigures[];
  plan: PlanFigures[];
  implementation: Array<{ record: ImplementationRecord; delta?: Delta }>;
  /** Today and each horizon; undefined while a capacity figure is a placeholder. */
  capacity?: CapacityLine[];
}

/** The delta from before to after, when both are filled and before is above zero. */
function deltaOf(before: number | undefined, after: number | undefined): Delta | undefined {
  return before !== undefined && after !== undefined && before > 0 ? delta(before, after) : undefined;
}

/** A row's gap and criticality, when its figures are filled and its metric is known. */
function baselineFigures(row: BaselineRow, targets: ReadonlyMap<string, Target>): BaselineFigures {
  const current = filled(row.current);
  const target = filled(row.target);
  const metric = resolveMetric(row.metric, row.unit, targets);
  if (current === undefined || target === undefined || metric === undefined) return { row };
  return { row, gap: gap(current, target), criticality: criticality({ current, target, comparison: metric.comparison, errors: metric.errors }) };
}

/** Computes every derived figure of an audit. */
export function auditFigures(audit: Audit, targets: ReadonlyMap<string, Target>): AuditFigures {
  const { capacity } = audit;
  const load = filled(capacity.loadRps);
  const growth = filled(capacity.growthPercentPerMonth);
  const perInstance = filled(capacity.instanceCapacityRps);
  const headroom = filled(capacity.headroomPercent);
  return {
    baseline: audit.baseline.rows.map((row) => baselineFigures(row, targets)),
    plan: planOrder(audit.plan.actions).map((action, index) => ({
      action,
      rank: index + 1,
      gains: action.gains.map((gain) => ({ gain, delta: deltaOf(filled(gain.before), filled(gain.after)) })),
    })),
    implementation: audit.implementation.records.map((record) => ({ record, delta: deltaOf(filled(record.before.value), filled(record.after.value)) })),
    ...(load !== undefined && growth !== undefined && perInstance !== undefined && headroom !== undefined
      ? { capacity: capacityProjection({ loadRps: load, growthPercentPerMonth: growth, instanceCapacityRps: perInstance, headroomPercent: headroom, horizonsMonths: capacity.horizonsMonths }) }
      : {}),
  };
}
