import { z } from 'zod';
import { boundedString } from './bounded-text.ts';
import { httpUrlSchema, idSchema } from './localized.ts';
import { isCalendarDate } from '../shape-rules.ts';
import { endpointSchema } from '../endpoints/endpoint-schema.ts';
import { pageHeadersSchema } from './request-headers.ts';
import { publishableUrlSchema } from './publishable-url.ts';
import { projectSlosSchema } from '../slo/project-slo-schema.ts';

/** A calendar date written YYYY-MM-DD (YAML may hand it over as a Date). */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD').refine(isCalendarDate, 'expected a real calendar date written YYYY-MM-DD'),
);

/** A date-time (ISO 8601) or a date; YAML may hand it over as a Date. */
export const isoDateTimeSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'expected an ISO 8601 date or date-time'),
);

/** A page to measure: an absolute URL, or a path on the handbook's own preview server. */
export const projectPageSchema = z
  .strictObject({
    name: boundedString('MAX_NAME_LENGTH').trim().min(1),
    /** Absolute http(s) URL of the page, with no credential in it. */
    url: publishableUrlSchema.optional(),
    /** Path on the local preview server, for projects with `localPreview: true`. */
    path: boundedString('MAX_URL_LENGTH').regex(/^\/[^\s]*$/, 'expected a path starting with "/"').optional(),
    /** Request headers sent with every request to the page; use `env:NAME` for secrets. */
    headers: pageHeadersSchema.default({}),
  })
  .refine((page) => (page.url === undefined) !== (page.path === undefined), {
    message: 'expected exactly one of `url` or `path`',
    path: ['url'],
  });
export type ProjectPage = z.infer<typeof projectPageSchema>;

/** A project's own value for a target, with the reason it differs from the default. */
export const targetOverrideSchema = z.strictObject({
  value: z.number().positive('expected a positive number'),
  reason: boundedString('MAX_TEXT_LENGTH').trim().min(1, 'expected the reason for the override'),
});
export type TargetOverride = z.infer<typeof targetOverrideSchema>;

/** The recorded state of a manual checklist item. */
export const itemStateSchema = z
  .strictObject({
    state: z.enum(['done', 'todo', 'not-applicable']),
    /** Who recorded the state. */
    by: boundedString('MAX_NAME_LENGTH').trim().min(1).optional(),
    /** When the state was recorded. */
    at: isoDateTimeSchema.optional(),
    note: boundedString('MAX_TEXT_LENGTH').optional(),
    evidence: httpUrlSchema.optional(),
    /** Why the item does not apply (required with `not-applicable`). */
    reason: boundedString('MAX_TEXT_LENGTH').trim().min(1).optional(),
    /** Last day the waiver holds; after it the item is to do again. */
    until: isoDateSchema.optional(),
  })
  .refine((item) => item.state !== 'not-applicable' || item.reason !== undefined, {
    message: 'expected a `reason` when `state` is "not-applicable"',
    path: ['reason'],
  });
export type ItemState = z.infer<typeof itemStateSchema>;

/** A figure measured elsewhere (an APM, a database) and recorded against a target. */
export const recordedValueSchema = z.strictObject({
  value: z.number().nonnegative(),
  source: boundedString('MAX_TEXT_LENGTH').trim().min(1, 'expected where the figure comes from'),
  at: isoDateTimeSchema,
  by: boundedString('MAX_NAME_LENGTH').trim().min(1).optional(),
});
export type RecordedValue = z.infer<typeof recordedValueSchema>;

/** One project: what to measure, its own targets, and the state of its manual items. */
export const projectSchema = z
  .strictObject({
    name: boundedString('MAX_NAME_LENGTH').trim().min(1),
    description: boundedString('MAX_TEXT_LENGTH').trim().min(1),
    owner: z.strictObject({
      name: boundedString('MAX_NAME_LENGTH').trim().min(1),
      contact: boundedString('MAX_NAME_LENGTH').trim().min(1).optional(),
    }),
    /** True when the pages are served by the handbook's own preview server (`path` pages). */
    localPreview: z.boolean().default(false),
    /** Lighthouse profile used unless the command line says otherwise. */
    profile: z.enum(['mobile', 'desktop']).optional(),
    /** Days a measurement stays fresh; older results show as stale. */
    freshnessDays: z.number().int().positive().default(7),
    pages: z.array(projectPageSchema).default([]),
    /** API endpoints measured under an open model by verify-web-vitals (see endpoints/endpoint-schema.ts). */
    endpoints: z.array(endpointSchema).default([]),
    /** Per-target overrides of the default values, keyed by target id. */
    targets: z.record(idSchema, targetOverrideSchema).default({}),
    /** The recorded state of manual items, keyed by checklist item id. */
    items: z.record(idSchema, itemStateSchema).default({}),
    /** Figures recorded from other tools, keyed by target id. */
    records: z.record(idSchema, recordedValueSchema).default({}),
    /** The project's SLOs, their overrides and how its monitoring names its series (slo/project-slo-schema.ts); the recommended SLOs with the usual names when absent. */
    slos: projectSlosSchema.optional(),
  })
  .refine((project) => project.localPreview || project.pages.every((page) => page.path === undefined), {
    message: 'expected `url` pages: `path` pages need `localPreview: true`',
    path: ['pages'],
  })
  .refine((project) => project.localPreview || project.endpoints.every((endpoint) => endpoint.path === undefined), {
    message: 'expected `url` endpoints: `path` endpoints need `localPreview: true`',
    path: ['endpoints'],
  });
export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
