import { roundPercent, tidyNumber } from './tidy-number.ts';

/** How far a value is from its target: the difference, and that difference in percent of the target. */
export interface Gap {
  /** Value minus target, in the metric's unit. */
  absolute: number;
  /** The difference in percent of the target, to one decimal. */
  percent: number;
}

/**
 * The gap of the baseline table: current value minus target, absolute and in percent of the target
 * (baseline page, "Remplir chaque colonne": "valeur actuelle moins cible, en valeur absolue et en
 * pourcentage de la cible"). For a target to stay under, a negative gap is headroom; for one to
 * reach (throughput), a negative gap is a shortfall. A target of zero or less has no percentage.
 */
export function gap(current: number, target: number): Gap {
  if (!(target > 0)) throw new RangeError(`a gap needs a positive target, got ${target}`);
  const absolute = tidyNumber(current - target);
  return { absolute, percent: roundPercent((absolute / target) * 100) };
}
