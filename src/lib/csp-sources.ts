import { createHash } from 'node:crypto';

/** The page's policy, as the build writes it: `<meta http-equiv="content-security-policy" content="…">`. */
const META_POLICY = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/** The source (`'sha256-…'`, quotes included, as a policy lists it) that allows an inline element with exactly this body. */
export function sha256Source(body: string): string {
  return `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
}

/**
 * The page with `sources` added to one directive of its policy (`style-src`, `script-src`…),
 * right after the directive's name, each only once. Throws when the page has no policy or the
 * policy no such directive: a page edited after the build must never lose its policy, nor
 * silently run with one that refuses what was added.
 */
export function addPolicySources(html: string, directive: string, sources: readonly string[], page = 'the page'): string {
  const meta = META_POLICY.exec(html);
  if (!meta) throw new Error(`${page} has no content-security-policy meta tag to add ${directive} sources to`);
  const directives = meta[2]!.split(';');
  const index = directives.findIndex((entry) => entry.trim().split(/\s+/)[0] === directive);
  if (index === -1) throw new Error(`${page}: its content-security-policy has no ${directive} directive (found: ${meta[2]})`);
  const [name, ...present] = directives[index]!.trim().split(/\s+/);
  const added = [...new Set(sources)].filter((source) => !present.includes(source));
  directives[index] = `${directives[index]!.match(/^\s*/)![0]}${[name, ...present, ...added].join(' ')}`;
  return html.slice(0, meta.index) + meta[1] + directives.join(';') + meta[3] + html.slice(meta.index + meta[0].length);
}
