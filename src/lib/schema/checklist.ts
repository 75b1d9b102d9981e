import { z } from 'zod';
import { idSchema, localizedSchema } from './localized.ts';

/** One checklist item: a person ticks it, or a measurement against a target decides it. */
export const checklistItemSchema = z
  .strictObject({
    id: idSchema,
    label: localizedSchema,
    /** Who decides the status: a person ticks it, or a measurement is judged. */
    decidedBy: z.enum(['person', 'measurement']),
    /** The target a measurement is judged against (required when a measurement decides). */
    target: idSchema.optional(),
    /** Patterns that explain how to satisfy the item. */
    patterns: z.array(idSchema).default([]),
    /** Targets the item serves (besides the one that decides it). */
    targets: z.array(idSchema).default([]),
    /** Days after which a ticked item asks to be confirmed again; absent means never. */
    reviewDays: z.number().int().positive().optional(),
  })
  .refine((item) => item.decidedBy === 'person' || item.target !== undefined, {
    message: 'expected a `target` id when `decidedBy` is "measurement"',
    path: ['target'],
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
