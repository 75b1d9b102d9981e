import { z } from 'zod';
import { comparisonSchema } from './comparison.ts';
import { idSchema, localizedSchema } from './localized.ts';

/** Where a default value comes from. */
export const targetSourceSchema = z.enum(['role-guide', 'audit-method', 'core-web-vitals']);
export type TargetSource = z.infer<typeof targetSourceSchema>;

/** The families of targets, as the role guide groups them. */
export const targetGroupSchema = z.enum(['api', 'database', 'web', 'web-vitals']);
export type TargetGroup = z.infer<typeof targetGroupSchema>;

/** One performance target with its default value; projects may override the value. */
export const targetSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  group: targetGroupSchema,
  /** Unit of `value`; times are always milliseconds so judging never converts, rates are percent. */
  unit: z.enum(['ms', 'percent', 'unitless']),
  comparison: comparisonSchema,
  value: z.number().positive('expected a positive number'),
  source: targetSourceSchema,
  /** How the value is obtained: by verify-web-vitals, or recorded from another tool. */
  measuredBy: z.enum(['verify-web-vitals', 'record']).default('record'),
});
export type Target = z.infer<typeof targetSchema>;
export type TargetInput = z.input<typeof targetSchema>;

/** The targets file: a list of targets. */
export const targetsFileSchema = z.array(targetSchema).min(1);
