import { z } from 'zod';

/** One audit of a Lighthouse result, as far as it is read here. */
const auditSchema = z.object({
  numericValue: z.number().optional(),
  errorMessage: z.string().optional(),
});

/**
 * The part of a Lighthouse result (LHR) that verify-web-vitals reads. Parsing strips every other
 * field, so the parsed value is also the trimmed form saved as a test fixture (no request headers,
 * no screenshots).
 */
export const lighthouseResultSchema = z.object({
  lighthouseVersion: z.string(),
  requestedUrl: z.string().optional(),
  finalDisplayedUrl: z.string().optional(),
  /** Set when Lighthouse could not measure the page at all (NO_FCP, ERRORED_DOCUMENT_REQUEST...). */
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  /** Lighthouse's warnings about the run (a redirect, a slow host); none when it gave none. */
  runWarnings: z.array(z.string()).default([]),
  environment: z.object({ hostUserAgent: z.string() }).optional(),
  configSettings: z.object({ formFactor: z.enum(['mobile', 'desktop']) }),
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.object({
    'first-contentful-paint': auditSchema.optional(),
    interactive: auditSchema.optional(),
    'largest-contentful-paint': auditSchema.optional(),
    'cumulative-layout-shift': auditSchema.optional(),
    'total-blocking-time': auditSchema.optional(),
    'speed-index': auditSchema.optional(),
  }),
});
export type LighthouseResult = z.infer<typeof lighthouseResultSchema>;
export type LighthouseResultInput = z.input<typeof lighthouseResultSchema>;
