import { credentialInUrl } from '../http-url.ts';
import { httpUrlSchema } from './localized.ts';

/** An absolute http(s) URL a project file may hold: it is published with the site, so it carries no credential (those go in headers, `env:NAME`). */
export const publishableUrlSchema = httpUrlSchema.superRefine((text, context) => {
  const credential = credentialInUrl(text);
  if (credential !== undefined) {
    context.addIssue({ code: 'custom', message: `expected a URL without credentials: it holds ${credential}, and project files are published with the site; send the secret in a header read from the environment instead (\`headers: { Authorization: env:API_TOKEN }\`)` });
  }
});
