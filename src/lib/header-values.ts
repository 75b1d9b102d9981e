/** The prefix of a header value read from the environment: `env:NAME`. */
const ENV_PREFIX = 'env:';

/** Request headers ready to send, and the values to keep out of every log, result and error. */
export interface ResolvedHeaders {
  headers: Record<string, string>;
  secrets: string[];
}

export type HeadersOutcome = ({ ok: true } & ResolvedHeaders) | { ok: false; problems: string[] };

/**
 * Resolves a page's request headers: `env:NAME` values are read from `env`. A missing variable or a
 * value with a line break is a problem naming the file, field and variable, never the value. The
 * values read from the environment are the secrets (credential headers can only be written that
 * way); a literal value such as `Accept-Language: fr` is plain text, and hiding it would only
 * mangle whatever else happens to contain it.
 */
export function resolveHeaders(headers: Readonly<Record<string, string>>, env: Readonly<Record<string, string | undefined>>, where: { file: string; field: string }): HeadersOutcome {
  const resolved: Record<string, string> = {};
  const secrets = new Set<string>();
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(headers)) {
    const field = `\`${where.field}.${name}\``;
    let value = raw;
    if (raw.startsWith(ENV_PREFIX)) {
      const variable = raw.slice(ENV_PREFIX.length);
      const fromEnv = env[variable];
      if (fromEnv === undefined || fromEnv === '') {
        problems.push(`${where.file}: field ${field} reads the environment variable ${variable}, which is not set: set it before running the command (in CI, from a secret), or remove the header`);
        continue;
      }
      value = fromEnv;
      secrets.add(value);
    }
    if (/[\r\n\0]/.test(value)) {
      problems.push(`${where.file}: field ${field} has a value with a line break or NUL, which no HTTP header may hold: fix ${raw.startsWith(ENV_PREFIX) ? `the variable ${raw.slice(ENV_PREFIX.length)}` : 'the value'}`);
      continue;
    }
    resolved[name] = value;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, headers: resolved, secrets: [...secrets] };
}
