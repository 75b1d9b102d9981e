import { z } from 'zod';
import { idSchema, localizedSchema } from './localized.ts';

/** A load-test scenario of the audit method's phase 3. */
export const loadScenarioSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  pattern: localizedSchema,
  /** Virtual users: the range the scenario moves through, or a single steady value. */
  users: z.strictObject({
    from: z.number().int().nonnegative(),
    to: z.number().int().positive(),
    /** A burst goes from `from` to `to` and back down. */
    shape: z.enum(['constant', 'ramp', 'burst']),
  }),
  durationMinutes: z.number().positive(),
  /** True when the duration is a minimum ("2 h or more"). */
  durationIsMinimum: z.boolean().default(false),
  purpose: localizedSchema,
});
export type LoadScenario = z.infer<typeof loadScenarioSchema>;
export const loadScenariosFileSchema = z.array(loadScenarioSchema).min(1);
