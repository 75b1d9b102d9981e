import { z } from 'zod';
import { boundedString } from './bounded-text.ts';
import { idSchema, localizedListSchema, localizedSchema } from './localized.ts';

/** A code sample with its language and a caption in both languages. */
export const codeSampleSchema = z.strictObject({
  lang: boundedString('MAX_NAME_LENGTH').min(1),
  caption: localizedSchema,
  code: boundedString('MAX_LONG_TEXT_LENGTH').min(1),
});

/** An optimization pattern: one page of the handbook, built from this entry. */
export const patternSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  summary: localizedSchema,
  layer: z.enum(['application', 'database', 'network', 'infrastructure']),
  /** True for the five universal patterns of the role guide. */
  universal: z.boolean().default(false),
  /** Position in listings; universal patterns come first. */
  order: z.number().int().nonnegative(),
  problem: localizedSchema,
  detection: z.strictObject({
    symptoms: localizedListSchema,
    tools: z.array(boundedString('MAX_NAME_LENGTH').min(1)).min(1),
    probe: codeSampleSchema,
  }),
  solution: localizedSchema,
  impact: z.strictObject({
    summary: localizedSchema,
    /** The headline figure, such as "O(N) → O(1) queries" or "-80 ms P95". */
    figure: boundedString('MAX_NAME_LENGTH').min(1),
  }),
  before: codeSampleSchema,
  after: codeSampleSchema,
  /** Target ids this pattern helps meet. */
  targets: z.array(idSchema).default([]),
  /** Checklist item ids this pattern serves. */
  checklistItems: z.array(idSchema).default([]),
});
export type Pattern = z.infer<typeof patternSchema>;
export type CodeSample = z.infer<typeof codeSampleSchema>;
