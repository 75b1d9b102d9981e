import { z } from 'zod';
import { boundedString } from '../schema/bounded-text.ts';
import { idSchema } from '../schema/localized.ts';
import { monitoringSchema } from './monitoring-schema.ts';

// A project's `slos` block: which of the recommended SLOs (src/content/data/slos.yaml) it keeps,
// its own values with the reason for each (as `targets` overrides work), and how its monitoring
// names its series (monitoring-schema.ts). Ids are checked against the SLO file by slo-lint.ts.

/** A project's own value for an SLO, with the reason it differs from the recommended one. */
export const sloOverrideSchema = z
  .strictObject({
    /** The SLO's threshold for this project, in the SLO's unit (ms). */
    value: z.number().positive('expected a positive number').optional(),
    /** Share of the window allowed outside the objective, in percent: 0.1 is a 99.9 % objective. */
    errorBudgetPercent: z.number().positive('expected a budget above 0 %').max(100, 'expected a budget of at most 100 %').optional(),
    reason: boundedString('MAX_TEXT_LENGTH').trim().min(1, 'expected the reason for the override'),
  })
  .refine((override) => override.value !== undefined || override.errorBudgetPercent !== undefined, {
    message: 'expected `value` or `errorBudgetPercent`: an override that changes nothing needs no reason',
    path: ['value'],
  });
export type SloOverride = z.infer<typeof sloOverrideSchema>;

/** A project's `slos` block. */
export const projectSlosSchema = z.strictObject({
  /** The SLO ids of src/content/data/slos.yaml the project keeps, in order; every recommended SLO when not set. */
  use: z.array(idSchema).min(1, 'expected at least one SLO id; leave `use` out to keep every recommended SLO').optional(),
  /** Per-SLO overrides of the recommended values, keyed by SLO id. */
  overrides: z.record(idSchema, sloOverrideSchema).default({}),
  /** How the project's monitoring names its series (defaults: the names most exporters use). */
  monitoring: monitoringSchema.prefault({}),
});
export type ProjectSlos = z.infer<typeof projectSlosSchema>;
export type ProjectSlosInput = z.input<typeof projectSlosSchema>;

/** The `slos` block with every default filled in; a project without one gets the defaults. */
export function projectSlosOrDefaults(slos: ProjectSlos | undefined): ProjectSlos {
  return slos ?? projectSlosSchema.parse({});
}
