import { z } from 'zod';
import { projectResultSchema, resultDocumentSchema, resultTimeSchema } from '../schema/result.ts';
import { MAX_SHARDS } from './shard-spec.ts';

/** What a partial result file says it is, so a merge never reads another JSON file as one. */
export const PARTIAL_KIND = 'verify-web-vitals shard';
/** Version of the partial result file; bump it when a field changes meaning. */
export const PARTIAL_VERSION = 1;

/** A page of the selection: its name and its URL (or its path on the preview). */
const identifiedPageSchema = z.strictObject({ name: z.string(), address: z.string() });

/** An endpoint of the selection, with the load that decides its cost and its figures. */
const identifiedEndpointSchema = z.strictObject({
  name: z.string(),
  method: z.string(),
  address: z.string(),
  rate: z.number().positive(),
  warmupSeconds: z.number().nonnegative(),
  measuredRequests: z.number().int().nonnegative(),
  totalSeconds: z.number().nonnegative(),
  concurrency: z.number().int().positive(),
  timeoutSeconds: z.number().positive(),
});

/** The selection and the options of a run: equal in every shard of one run (see plan-identity.ts). */
export const planIdentitySchema = z.strictObject({
  options: z.strictObject({
    runs: z.number().int().positive(),
    ttfbSamples: z.number().int().positive(),
    timeoutSeconds: z.number().positive(),
    /** `--profile`, or null when each project's own applies. */
    profile: z.enum(['mobile', 'desktop']).nullable(),
    /** `--only`, or null for pages and endpoints both. */
    only: z.enum(['pages', 'endpoints']).nullable(),
    allowHeavyLoad: z.boolean(),
  }),
  projects: z.array(
    z.strictObject({
      id: z.string(),
      profile: z.enum(['mobile', 'desktop']),
      localPreview: z.boolean(),
      pages: z.array(identifiedPageSchema),
      endpoints: z.array(identifiedEndpointSchema),
      targets: z.array(z.strictObject({ id: z.string(), value: z.number(), comparison: z.string() })),
    }),
  ),
});
export type PlanIdentity = z.infer<typeof planIdentitySchema>;

/** One shard's partial result, written by `--shard i/n --out <dir>` and read by `merge`. */
export const partialResultSchema = z.strictObject({
  kind: z.literal(PARTIAL_KIND),
  version: z.literal(PARTIAL_VERSION, { error: `expected version ${PARTIAL_VERSION}; another version was written by another handbook` }),
  shard: z
    .strictObject({ index: z.number().int().min(1), total: z.number().int().min(1).max(MAX_SHARDS) })
    .refine((shard) => shard.index <= shard.total, { message: 'expected an index from 1 to the total', path: ['index'] }),
  /** SHA-256 of the plan's canonical JSON: equal in every shard of one run. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex'),
  plan: planIdentitySchema,
  /** The keys of the pages and endpoints this shard measured (work-items.ts), in the plan's order. */
  items: z.array(z.string()),
  /** When the shard started measuring, and when it was done. */
  generatedAt: resultTimeSchema,
  finishedAt: resultTimeSchema,
  tools: resultDocumentSchema.shape.tools,
  /** True when Chrome or the preview failed during the shard. */
  toolingFailed: z.boolean(),
  /** The measured and judged projects of the share, each with only the share's pages and endpoints. */
  projects: z.array(projectResultSchema),
});
export type PartialResult = z.infer<typeof partialResultSchema>;

/** The file name of shard i of n in its `--out` folder: one name per shard, so two shards never overwrite each other. */
export function partialFileName(index: number, total: number): string {
  return `verify-web-vitals-shard-${index}-of-${total}.json`;
}

/** Recognises a partial result's file name. */
export const PARTIAL_FILE = /^verify-web-vitals-shard-\d+-of-\d+\.json$/;
