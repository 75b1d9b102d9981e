import { z } from 'zod';
import { comparisonSchema } from './comparison.ts';
import { idSchema, localizedSchema } from './localized.ts';

/** One side of a scaling trigger: the threshold and how long it must hold. */
export const scalingThresholdSchema = z.strictObject({
  comparison: comparisonSchema,
  value: z.number().nonnegative(),
  unit: z.enum(['percent', 'pending-requests']),
  /** How long the condition must hold; absent means at once. */
  forMinutes: z.number().int().positive().optional(),
});

/** A scaling trigger of the audit method's capacity planning. */
export const scalingTriggerSchema = z.strictObject({
  id: idSchema,
  metric: localizedSchema,
  scaleUp: scalingThresholdSchema,
  scaleDown: scalingThresholdSchema,
  cooldownMinutes: z.number().int().positive(),
});
export type ScalingTrigger = z.infer<typeof scalingTriggerSchema>;
export type ScalingThreshold = z.infer<typeof scalingThresholdSchema>;
export const scalingTriggersFileSchema = z.array(scalingTriggerSchema).min(1);
