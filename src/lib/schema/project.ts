import { z } from 'zod';
import { boundedString } from './bounded-text.ts';
import { httpUrlSchema, idSchema } from './localized.ts';
import { isCalendarDate } from '../shape-rules.ts';

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

/** A request header value: literal text, or `env:NAME` to read it from the environment. */
export const headerValueSchema = z.string().min(1);

/** Header names that carry credentials: the standard ones, and any name that says token, secret, key, auth or session. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|token|secret|key|auth|session/i;

/** True for a header whose value is a credential, which may only come from the environment. */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER.test(name);
}

/** A page's request headers: credential-bearing ones must read their value from the environment (`env:NAME`), so no secret is ever written in a file the site is built from. */
export const pageHeadersSchema = z
  .record(z.string().regex(/^[A-Za-z0-9-]+$/, 'expected a header name'), headerValueSchema)
  .superRefine((headers, context) => {
    for (const [name, value] of Object.entries(headers)) {
      if (isCredentialHeader(name) && !/^env:[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `expected env:NAME: \`${name}\` carries a credential, so its value must be read from an environment variable (for example \`${name}: env:${name.toUpperCase().replace(/-/g, '_')}\`), never written in the file`,
        });
      }
    }
  });

/** A page to measure: an absolute URL, or a path on the handbook's own preview server. */
export const projectPageSchema = z
  .strictObject({
    name: boundedString('MAX_NAME_LENGTH').trim().min(1),
    /** Absolute http(s) URL of the page. */
    url: httpUrlSchema.optional(),
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

/** An API endpoint the team watches; figures for it are recorded with `checklist record`. */
export const projectEndpointSchema = z.strictObject({
  name: boundedString('MAX_NAME_LENGTH').trim().min(1),
  url: httpUrlSchema,
});

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
    endpoints: z.array(projectEndpointSchema).default([]),
    /** Per-target overrides of the default values, keyed by target id. */
    targets: z.record(idSchema, targetOverrideSchema).default({}),
    /** The recorded state of manual items, keyed by checklist item id. */
    items: z.record(idSchema, itemStateSchema).default({}),
    /** Figures recorded from other tools, keyed by target id. */
    records: z.record(idSchema, recordedValueSchema).default({}),
  })
  .refine((project) => project.localPreview || project.pages.every((page) => page.path === undefined), {
    message: 'expected `url` pages: `path` pages need `localPreview: true`',
    path: ['pages'],
  });
export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
