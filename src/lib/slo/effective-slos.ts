import { MONTH_DAYS } from '../error-budget.ts';
import type { Comparison } from '../schema/comparison.ts';
import type { Slo } from '../schema/slo.ts';
import { errorBudgetRatio, objectiveRatio } from './budget-figures.ts';
import type { Decimal } from './decimal.ts';
import { SLO_DEFAULT_HISTOGRAMS, type Histogram } from './monitoring-schema.ts';
import { projectSlosOrDefaults, type ProjectSlos } from './project-slo-schema.ts';

/** Days in each window an SLO may be counted over (slos.yaml `window`): a month is MONTH_DAYS, as the budget tables count it. */
const WINDOW_DAYS: Record<Slo['window'], number> = { month: MONTH_DAYS };

/** The histogram an SLO reads, and where that choice is made, to name the field in a finding. */
export interface SloHistogram extends Histogram {
  /** The field of the project file that sets it: `slos.monitoring.histograms.<id>` or `slos.monitoring.latency`. */
  field: string;
}

/** An SLO as it applies to one project: the recommended values, or the project's overrides. */
export interface EffectiveSlo {
  id: string;
  slo: Slo;
  comparison: Comparison;
  /** The threshold in the SLO's unit (ms). */
  value: number;
  unit: Slo['unit'];
  /** The budget in percent of the window, as written. */
  errorBudgetPercent: number;
  /** The budget as an exact ratio: 0.1 % is 0.001. */
  errorBudget: Decimal;
  /** The objective as an exact ratio: 0.999. */
  objective: Decimal;
  windowDays: number;
  /** The recommended values, kept to show beside an override. */
  defaultValue: number;
  defaultErrorBudgetPercent: number;
  /** The reason the project gives when it overrides the recommended values. */
  overrideReason?: string;
  histogram: SloHistogram;
}

/** The histogram an SLO reads: the project's own for it, the default for that SLO, or the request latency histogram. */
function histogramFor(id: string, config: ProjectSlos): SloHistogram {
  const own = config.monitoring.histograms[id] ?? SLO_DEFAULT_HISTOGRAMS[id];
  if (own !== undefined) return { ...own, field: `slos.monitoring.histograms.${id}` };
  return { ...config.monitoring.latency, field: 'slos.monitoring.latency' };
}

/**
 * Resolves the SLOs a project uses: the ids of `use` in their order (every recommended SLO when
 * there is no `use`), each with the project's override applied and the histogram it reads. Ids
 * that name no SLO are left out here; slo-lint.ts reports them.
 */
export function effectiveSlos(slos: readonly Slo[], block: ProjectSlos | undefined): EffectiveSlo[] {
  const config = projectSlosOrDefaults(block);
  const byId = new Map(slos.map((slo) => [slo.id, slo]));
  const ids = config.use ?? slos.map((slo) => slo.id);
  const result: EffectiveSlo[] = [];
  for (const id of new Set(ids)) {
    const slo = byId.get(id);
    if (slo === undefined) continue;
    const override = config.overrides[id];
    const errorBudgetPercent = override?.errorBudgetPercent ?? slo.errorBudgetPercent;
    result.push({
      id,
      slo,
      comparison: slo.comparison,
      value: override?.value ?? slo.value,
      unit: slo.unit,
      errorBudgetPercent,
      errorBudget: errorBudgetRatio(errorBudgetPercent),
      objective: objectiveRatio(errorBudgetPercent),
      windowDays: WINDOW_DAYS[slo.window],
      defaultValue: slo.value,
      defaultErrorBudgetPercent: slo.errorBudgetPercent,
      ...(override ? { overrideReason: override.reason } : {}),
      histogram: histogramFor(id, config),
    });
  }
  return result;
}
