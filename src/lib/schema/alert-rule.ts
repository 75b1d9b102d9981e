import { z } from 'zod';
import { comparisonSchema } from './comparison.ts';
import { idSchema, localizedSchema } from './localized.ts';

/** An alerting rule of the audit method's phase 7. */
export const alertRuleSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  metric: localizedSchema,
  comparison: comparisonSchema,
  threshold: z.number().positive(),
  unit: z.enum(['ms', 'percent', 'percent-per-hour', 'percent-of-pool']),
  /** How long the condition must hold before the alert fires; absent means at once. */
  forMinutes: z.number().int().positive().optional(),
  severity: z.enum(['warning', 'critical']),
  action: localizedSchema,
});
export type AlertRule = z.infer<typeof alertRuleSchema>;
export const alertRulesFileSchema = z.array(alertRuleSchema).min(1);
