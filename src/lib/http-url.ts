/** True when the text parses as an absolute http: or https: URL (no zod here: the browser loads this). */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Query parameter names that carry a credential: the usual ones, and any name that says token, key, secret, password, signature or session. */
const CREDENTIAL_PARAMETER = /token|key|secret|passw|pwd|sig|session|auth|credential/i;

/**
 * What in a URL is a credential, in a few words, or undefined when it holds none: a user name or
 * password before the host, or a query parameter named like a secret (`?api_key=`, `?token=`).
 * A project file is published with the site, so a secret written in a URL would be too; it
 * belongs in a header read from the environment. No zod here either: the browser loads this.
 */
export function credentialInUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return 'a user name or password before the host';
  for (const name of url.searchParams.keys()) if (CREDENTIAL_PARAMETER.test(name)) return `the query parameter "${name}", named like a credential`;
  return undefined;
}

/** The URL with its user name, password and every query value replaced, for a message that must name it without repeating a secret. */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.username !== '') url.username = 'redacted';
    if (url.password !== '') url.password = 'redacted';
    for (const name of [...new Set(url.searchParams.keys())]) url.searchParams.set(name, 'redacted');
    return url.href;
  } catch {
    return '[a URL that does not parse]';
  }
}
