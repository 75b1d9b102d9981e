/** True when the text parses as an absolute http: or https: URL (no zod here: the browser loads this). */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Words that make a query parameter a credential: `token`, `api_key`, `apiKey`, `X-Amz-Signature`, `session_id`, `password`... */
const CREDENTIAL_WORDS = new Set(['token', 'key', 'apikey', 'secret', 'password', 'passwd', 'pwd', 'pass', 'sig', 'signature', 'session', 'sessionid', 'sid', 'auth', 'authorization', 'credential', 'credentials', 'jwt', 'bearer', 'otp']);

/** True for a parameter name made of a credential word (split on punctuation and camelCase): `api_key` is one, `keyword` and `author` are not. */
function isCredentialName(name: string): boolean {
  const words = name.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).map((word) => word.toLowerCase());
  return words.some((word) => CREDENTIAL_WORDS.has(word)) || CREDENTIAL_WORDS.has(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** The parameters of a URL's query and of a fragment written like one (`#access_token=…`, as OAuth's implicit flow returns it). */
function parameterNames(url: URL): string[] {
  const fragment = url.hash.length > 1 && url.hash.includes('=') ? [...new URLSearchParams(url.hash.slice(1)).keys()] : [];
  return [...url.searchParams.keys(), ...fragment];
}

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
  for (const name of parameterNames(url)) if (isCredentialName(name)) return `the ${url.searchParams.has(name) ? 'query' : 'fragment'} parameter "${name}", named like a credential`;
  return undefined;
}

/** The URL with its user name, password, every query value and a parameter-like fragment replaced, for a message that must name it without repeating a secret. */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.username !== '') url.username = 'redacted';
    if (url.password !== '') url.password = 'redacted';
    for (const name of [...new Set(url.searchParams.keys())]) url.searchParams.set(name, 'redacted');
    if (url.hash.includes('=')) url.hash = 'redacted';
    return url.href;
  } catch {
    return '[a URL that does not parse]';
  }
}

/** A text with every URL in it that holds a credential redacted (redactUrl), the rest as it was. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi, (found) => (credentialInUrl(found) !== undefined ? redactUrl(found) : found));
}
