import { meets, type Comparison } from '../schema/comparison.ts';
import { higherIsBetter } from './audit-metrics.ts';

/** The four grades of the baseline table's last column, worst first. */
export const CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

/** What a row is judged on: its value, its target, which way is better, and whether it counts failed requests. */
export interface CriticalityInput {
  current: number;
  target: number;
  comparison: Comparison;
  /** True for an error rate: over its target, users see errors. */
  errors: boolean;
}

/** Past the target by more than this share of it, a miss is critical (baseline page: "dépassée de plus de moitié"). */
export const CRITICAL_EXCESS = 0.5;
/** Within this share of the target, a met target is only medium (baseline page: "marge inférieure à un cinquième de la cible"). */
export const MEDIUM_HEADROOM = 0.2;

/**
 * The criticality of a baseline row. The seed leaves the column empty (004, phase 1, "Criticite");
 * the rule is the handbook's own, stated on the baseline page (src/content/docs/audit/baseline.mdx,
 * "Criticité"): critical when the target is exceeded by more than half or users see errors; high
 * when the target is exceeded; medium when the headroom is less than a fifth of the target; low
 * otherwise. "Users see errors" is read as an error rate over its target: under it, the errors are
 * the budget the SLO accepts. For a target to reach (throughput), a shortfall is the excess.
 */
export function criticality({ current, target, comparison, errors }: CriticalityInput): Criticality {
  if (!(target > 0)) throw new RangeError(`a criticality needs a positive target, got ${target}`);
  // How far on the wrong side of the target, in shares of it: positive past it, negative within it.
  const excess = (higherIsBetter(comparison) ? target - current : current - target) / target;
  if (!meets(current, comparison, target)) return excess > CRITICAL_EXCESS || errors ? 'critical' : 'high';
  return -excess < MEDIUM_HEADROOM ? 'medium' : 'low';
}
