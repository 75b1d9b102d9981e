/** The policy a page's own `<meta http-equiv="content-security-policy">` states, written by the build. */
const META_POLICY = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;
/** Sent for every answer: nothing may frame the handbook, and no answer is sniffed into another type. */
const ALWAYS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};
/** For answers that are not pages (and pages without a policy of their own): nothing runs, nothing loads. */
const LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'";

/**
 * The security headers of one answer of the handbook's servers. A page gets its build-time policy
 * as a header too (a header also covers what a meta tag cannot: framing), so an answer from
 * `npm start` is held to the same rules as the static build, and never to weaker ones.
 */
export function securityHeaders(html?: string): Record<string, string> {
  const policy = html === undefined ? undefined : META_POLICY.exec(html)?.[1];
  const csp = policy === undefined ? LOCKED_DOWN : `${policy.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/;?\s*$/, '')}; frame-ancestors 'none'`;
  return { ...ALWAYS, 'content-security-policy': csp };
}
