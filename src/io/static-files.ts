import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { securityHeaders } from '../lib/security-headers.ts';

/** Content types of the files an Astro build produces. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.yaml': 'application/yaml; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
/** Types worth compressing on the fly. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|yaml|x-ndjson)|image\/svg)/;
/** Types a browser may open as a document (and so run or frame): they get a policy. Scripts, styles, Pagefind's worker and its data do not, since a policy on them would bind the worker. */
const DOCUMENT_LIKE = /^(text\/(html|plain|csv)|image\/svg|application\/(json|xml|yaml|x-ndjson))/;

/** Maps a URL path to a file inside `root`, or undefined when it escapes the root (by `..`, an escape or a symlink) or does not exist. */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const inside = (base: string, path: string) => path === base || path.startsWith(base.endsWith(sep) ? base : base + sep);
  const candidate = normalize(join(root, decoded));
  if (!inside(root, candidate)) return undefined;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return undefined;
  }
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      // A symlink inside the build may point anywhere: what counts is where the file really is.
      if (statSync(path).isFile() && inside(realRoot, realpathSync(path))) return path;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Sends a file of the build, compressed when the client accepts gzip, with its security headers; hashed assets are cached for a year. `editHtml` may rewrite HTML pages on the way out. */
export function sendStaticFile(request: IncomingMessage, response: ServerResponse, path: string, status = 200, editHtml?: (html: string) => string): void {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const isHtml = type.startsWith('text/html');
  const html = isHtml ? readFileSync(path, 'utf8') : undefined;
  const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff', ...(DOCUMENT_LIKE.test(type) ? securityHeaders(html) : {}) };
  headers['cache-control'] = path.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) {
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  if (html !== undefined) {
    const page = Buffer.from(editHtml ? editHtml(html) : html);
    const body = gzip ? gzipSync(page) : page;
    response.writeHead(status, { ...headers, 'content-length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => response.destroy());
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}
