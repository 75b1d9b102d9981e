import { z } from 'zod';
import { SECTIONS } from '../audits/audit-schema.ts';
import { idSchema, localizedSchema } from './localized.ts';

/**
 * One checklist item: a person ticks it, or a measurement against a target decides it. A person's
 * item may instead be read from the project's latest audit (src/lib/audits/audit-statuses.ts):
 * with `phase`, the person decides it there, by marking that section complete; with `scenario`,
 * the audit's run of that load scenario decides it, and the person's tick only while there is none.
 */
export const checklistItemSchema = z
  .strictObject({
    id: idSchema,
    label: localizedSchema,
    /** Who decides the status: a person (ticking it, or through the audit with `phase`), or a measurement judged against `target`. */
    decidedBy: z.enum(['person', 'measurement']),
    /** The target a measurement is judged against (required when a measurement decides). */
    target: idSchema.optional(),
    /** The section of the project's latest audit whose status decides the item: done when it is complete, to do while it is a draft or there is no audit. It is never ticked by hand. */
    phase: z.enum(SECTIONS, { error: `expected an audit section: one of ${SECTIONS.join(', ')}` }).optional(),
    /** The load scenario (load-scenarios.yaml) whose run in the project's latest audit decides the item: pass within its thresholds, fail past them; with no run, the person's tick. */
    scenario: idSchema.optional(),
    /** Patterns that explain how to satisfy the item. */
    patterns: z.array(idSchema).default([]),
    /** Targets the item serves (besides the one that decides it). */
    targets: z.array(idSchema).default([]),
    /** Days after which a ticked item asks to be confirmed again, and an audit's complete section or run is due again; absent means never. */
    reviewDays: z.number().int().positive().optional(),
  })
  .refine((item) => item.decidedBy === 'person' || item.target !== undefined, {
    message: 'expected a `target` id when `decidedBy` is "measurement"',
    path: ['target'],
  })
  .refine((item) => item.decidedBy === 'person' || (item.phase === undefined && item.scenario === undefined), {
    message: 'expected no `phase` or `scenario` when `decidedBy` is "measurement": the audit decides only items a person would otherwise tick',
    path: ['decidedBy'],
  })
  .refine((item) => item.phase === undefined || item.scenario === undefined, {
    message: 'expected `phase` or `scenario`, not both: an item is read from one place of the audit',
    path: ['scenario'],
  });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** A checklist: an ordered list of items under one title. */
export const checklistSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  description: localizedSchema,
  /** Position among the checklists on a project page. */
  order: z.number().int().nonnegative(),
  items: z.array(checklistItemSchema).min(1, 'expected at least one item'),
});
export type Checklist = z.infer<typeof checklistSchema>;
