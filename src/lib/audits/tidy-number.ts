/** Digits a computed figure keeps: twelve significant ones hide binary noise (0.3 − 0.1 is 0.19999999999999998) and no real measurement. */
const SIGNIFICANT_DIGITS = 12;

/** A computed figure with its floating-point noise removed, so 0.3 − 0.1 reads 0.2 and 250 ÷ 75 × 3 reads 10. */
export function tidyNumber(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

/** A percentage rounded to one decimal, as the method writes it ("-43 %", "+20.5 %"). */
export function roundPercent(value: number): number {
  const tidy = tidyNumber(value);
  // Halves round away from zero on both sides (Math.round alone takes -2.45 to -2.4 but 2.45 to 2.5).
  const rounded = (Math.sign(tidy) * Math.round(Math.abs(tidy) * 10)) / 10;
  return rounded === 0 ? 0 : rounded; // no "-0 %"
}
