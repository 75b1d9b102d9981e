import { z } from 'zod';
import { LENGTH_LIMITS } from '../content-limits.ts';
import { boundedString } from '../schema/bounded-text.ts';
import { publishableUrlSchema } from '../schema/publishable-url.ts';
import { pageHeadersSchema } from '../schema/request-headers.ts';
import { endpointLoadSchema } from './endpoint-load-schema.ts';
import { DEFAULT_EXPECTED_STATUS, expectedStatusSchema } from './expected-status.ts';

/** The methods a probe sends; CONNECT and TRACE are not API calls. */
export const ENDPOINT_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type EndpointMethod = (typeof ENDPOINT_METHODS)[number];

/** Methods whose requests carry no body (RFC 9110 §9.3.1–2 gives a body on them no meaning). */
const BODILESS: ReadonlySet<EndpointMethod> = new Set(['GET', 'HEAD']);

/** A request body: text sent as written, or JSON sent serialised with `Content-Type: application/json`. */
export const endpointBodySchema = z.union([
  z.strictObject({ text: boundedString('MAX_LONG_TEXT_LENGTH') }),
  z.strictObject({
    json: z.json().refine((value) => JSON.stringify(value).length <= LENGTH_LIMITS.MAX_LONG_TEXT_LENGTH, {
      message: `expected a JSON body of at most ${LENGTH_LIMITS.MAX_LONG_TEXT_LENGTH.toLocaleString('en-US')} characters once serialised (MAX_LONG_TEXT_LENGTH)`,
    }),
  }),
]);
export type EndpointBody = z.infer<typeof endpointBodySchema>;

/** An API endpoint to measure: the request to send, what a good answer is, and how hard to load it. */
export const endpointSchema = z
  .strictObject({
    name: boundedString('MAX_NAME_LENGTH').trim().min(1),
    /** Absolute http(s) URL of the endpoint, with no credential in it. */
    url: publishableUrlSchema.optional(),
    /** Path on the local preview server, for projects with `localPreview: true`. */
    path: boundedString('MAX_URL_LENGTH').regex(/^\/[^\s]*$/, 'expected a path starting with "/"').optional(),
    /** HTTP method (default GET: reading is what a probe may safely repeat). */
    method: z.enum(ENDPOINT_METHODS, { error: (issue) => `expected one of ${ENDPOINT_METHODS.join(', ')}, found ${JSON.stringify(issue.input)}` }).default('GET'),
    /** Request headers sent with every request; use `env:NAME` for secrets (default none). */
    headers: pageHeadersSchema.default({}),
    body: endpointBodySchema.optional(),
    /** Statuses that count as a success (default any 2xx). */
    expectedStatus: expectedStatusSchema.prefault([...DEFAULT_EXPECTED_STATUS]),
    /** The load: rate, duration or request count, warm-up, concurrency, timeout (default a gentle 10 req/s for 30 s). */
    load: endpointLoadSchema.prefault({}),
  })
  .refine((endpoint) => (endpoint.url === undefined) !== (endpoint.path === undefined), {
    message: 'expected exactly one of `url` or `path`',
    path: ['url'],
  })
  .refine((endpoint) => endpoint.body === undefined || !BODILESS.has(endpoint.method), {
    message: 'expected no `body` with GET or HEAD: set `method` to POST, PUT or PATCH to send one',
    path: ['body'],
  });
export type Endpoint = z.infer<typeof endpointSchema>;
export type EndpointInput = z.input<typeof endpointSchema>;
