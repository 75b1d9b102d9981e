import { meets, type Comparison } from './schema/comparison.ts';

/** A threshold a value is judged against: the comparison and the value. */
export interface Threshold {
  comparison: Comparison;
  value: number;
}

/** The one rule that says whether a figure meets its target: pass when it satisfies the comparison, else fail. */
export function verdict(value: number, threshold: Threshold): 'pass' | 'fail' {
  return meets(value, threshold.comparison, threshold.value) ? 'pass' : 'fail';
}
