import { roundPercent, tidyNumber } from './tidy-number.ts';

/** How a figure moved from before to after: the difference, and that difference in percent of before. */
export interface Delta {
  /** After minus before, in the metric's unit. */
  absolute: number;
  /** The difference in percent of the before figure, to one decimal: "-150 ms P95, i.e. -43 %". */
  percent: number;
}

/**
 * The before/after delta the method asks for (seed 004, format rules: "-150ms P95 soit -43%"; phase
 * 5: "Latence attendue : Xms (-Y%)"): after minus before, absolute and in percent of before. A
 * before figure of zero has no percentage.
 */
export function delta(before: number, after: number): Delta {
  if (!(before > 0)) throw new RangeError(`a delta in percent needs a before figure above zero, got ${before}`);
  const absolute = tidyNumber(after - before);
  return { absolute, percent: roundPercent((absolute / before) * 100) };
}
