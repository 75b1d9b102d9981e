// A plain static host on loopback for the Lighthouse bench: the same for the handbook and for the
// minimal Starlight site, so neither is measured through a transport the other does not get. It
// does what a static host or CDN does: gzip for text, a year of caching for hashed assets under
// `/_astro/`, pages revalidated on each visit (no validators, so a page comes back whole). It
// adds no headers of its own (the handbook's server locks down any page without a policy, which
// would block the minimal page's stylesheet and scripts).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveStaticFile } from '../../src/io/static-files.ts';

/** Content types of what an Astro build writes; anything else goes out as bytes. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
/** Types worth compressing. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** A running host: its origin and a way to stop it. */
export interface StaticHost {
  url: string;
  close: () => void;
}

/** Serves the build in `dist` on 127.0.0.1 (a port the system picks); an unknown path gets the site's 404 page with status 404. */
export function serveStatic(dist: string): Promise<StaticHost> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const found = resolveStaticFile(dist, request.url ?? '/');
    const path = found ?? resolveStaticFile(dist, '/404.html');
    if (!path) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const raw = readFileSync(path);
    const body = gzip ? gzipSync(raw) : raw;
    response.writeHead(found ? 200 : 404, {
      'content-type': type,
      'content-length': String(body.length),
      'cache-control': path.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}
