import { z } from 'zod';

/** How a measured value is compared with its threshold: `lt` means "must stay below". */
export const comparisonSchema = z.enum(['lt', 'lte', 'gt', 'gte']);
export type Comparison = z.infer<typeof comparisonSchema>;

/** The sign shown to readers for each comparison. */
export const COMPARISON_SIGN: Record<Comparison, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

/** True when `value` satisfies `comparison` against `threshold`. */
export function meets(value: number, comparison: Comparison, threshold: number): boolean {
  switch (comparison) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
  }
}
