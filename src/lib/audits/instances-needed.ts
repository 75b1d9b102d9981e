import { tidyNumber } from './tidy-number.ts';

/** The figures a capacity projection starts from. */
export interface CapacityInput {
  /** Today's load at peak, in requests per second. */
  loadRps: number;
  /** Growth of the load, in percent per month, compounded. */
  growthPercentPerMonth: number;
  /** What one instance holds with P95 under its target, in requests per second. */
  instanceCapacityRps: number;
  /** The share of each instance kept free, in percent (0 for none). */
  headroomPercent: number;
  /** The horizons to project, in months. */
  horizonsMonths: readonly number[];
}

/** One line of the projection table: the horizon, the load then, and the instances it takes. */
export interface CapacityLine {
  /** Months from today; 0 is today. */
  months: number;
  loadRps: number;
  instances: number;
}

/**
 * The load projection of the method's phase 6 (seed 004, "Projections de charge": today, +3, +6,
 * +12 months): the load at t months is load × (1 + growth)^t, and the instances needed are
 * ⌈load(t) ÷ usable capacity per instance⌉, as the capacity page computes them ("250 ÷ 75 ≈ 3.3,
 * so 4"). The seed names no headroom figure and the page only says "and more to keep headroom",
 * so the audit states its own: a headroom of h % leaves (1 − h) of each instance usable. Today
 * comes first, then each horizon in the order given.
 */
export function capacityProjection(input: CapacityInput): CapacityLine[] {
  const { loadRps, growthPercentPerMonth, instanceCapacityRps, headroomPercent, horizonsMonths } = input;
  if (!(loadRps > 0)) throw new RangeError(`a projection needs a load above zero, got ${loadRps}`);
  if (!(instanceCapacityRps > 0)) throw new RangeError(`a projection needs a capacity per instance above zero, got ${instanceCapacityRps}`);
  if (!(headroomPercent >= 0 && headroomPercent < 100)) throw new RangeError(`a headroom is a percentage from 0 up to 100, got ${headroomPercent}`);
  if (!(growthPercentPerMonth > -100)) throw new RangeError(`a growth is a percentage above -100, got ${growthPercentPerMonth}`);
  const usable = instanceCapacityRps * (1 - headroomPercent / 100);
  return [0, ...horizonsMonths].map((months) => {
    const load = tidyNumber(loadRps * (1 + growthPercentPerMonth / 100) ** months);
    // tidyNumber first, so 150 ÷ 75 is 2 instances, not 3 from a stray 2.0000000000000004.
    return { months, loadRps: load, instances: Math.ceil(tidyNumber(load / usable)) };
  });
}
