import { z } from 'zod';

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
