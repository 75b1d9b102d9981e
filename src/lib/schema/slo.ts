import { z } from 'zod';
import { comparisonSchema } from './comparison.ts';
import { idSchema, localizedSchema } from './localized.ts';

/** A recommended service level objective with its monthly error budget. */
export const sloSchema = z.strictObject({
  id: idSchema,
  service: localizedSchema,
  sli: localizedSchema,
  comparison: comparisonSchema,
  value: z.number().positive(),
  unit: z.enum(['ms']),
  /** Share of the window allowed outside the objective, in percent. */
  errorBudgetPercent: z.number().positive().max(100),
  window: z.enum(['month']),
});
export type Slo = z.infer<typeof sloSchema>;
export const slosFileSchema = z.array(sloSchema).min(1);
