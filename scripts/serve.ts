// Serves the built handbook on loopback, as `npm start` does. The save endpoint for checklist
// drafts lives in src/io/save-endpoint.ts and exists only here, never in the static build.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveStaticFile, sendStaticFile } from '../src/io/static-files.ts';
import { handleSave, LOCAL_SERVER_META, SAVE_PATH_PREFIX } from '../src/io/save-endpoint.ts';
import { securityHeaders } from '../src/lib/security-headers.ts';

const USAGE = `Usage: tsx scripts/serve.ts [--port <n>] [--dist <dir>]

Serves the built handbook (default dist/) on http://127.0.0.1:<port> (default 4321), with the
local endpoint that saves checklist changes into src/content/projects/<id>.yaml.`;

/** Parses the flags; a bad flag prints the usage and exits 2. */
function options() {
  try {
    const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dist: { type: 'string', default: 'dist' }, help: { type: 'boolean' } } });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port is "${values.port}": expected a port number from 0 to 65535`);
    return { port, dist: resolve(values.dist) };
  } catch (error) {
    console.error(`serve: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** Tells the pages they are served by this local server, so the checklist editor offers to save, and hands the editor the token a save must carry. */
const markLocal = (token: string) => (html: string) => html.replace('</head>', `<meta name="${LOCAL_SERVER_META}" content="${token}"></head>`);

/** Rebuilds the site into a fresh folder after a save, then swaps it in, so pages never go half-written. */
function rebuilder(dist: string) {
  let running = false;
  let again = false;
  const run = () => {
    running = true;
    const next = `${dist}.next`;
    const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', next], { stdio: 'ignore' });
    child.on('exit', (code) => {
      if (code === 0) {
        rmSync(`${dist}.old`, { recursive: true, force: true });
        renameSync(dist, `${dist}.old`);
        renameSync(next, dist);
        rmSync(`${dist}.old`, { recursive: true, force: true });
      } else console.error('serve: the rebuild after a save failed; run `npm run build` to see why.');
      running = false;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return () => (running ? (again = true) : run());
}

/** Starts the server and resolves with its address once it listens. */
export function serve(port: number, dist: string, root = process.env.PERF_HANDBOOK_ROOT ?? process.cwd()): Promise<{ url: string; close: () => void }> {
  // A save rebuilds the site only when the files written are the ones this site is built from.
  const rebuild = resolve(root) === process.cwd() ? rebuilder(dist) : undefined;
  // A new secret each start: only pages this very server sent can save (base64url needs no escaping in HTML).
  const token = randomBytes(32).toString('base64url');
  const mark = markLocal(token);
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url.startsWith(SAVE_PATH_PREFIX)) {
      void handleSave(request, response, { port: (server.address() as { port: number }).port, root, token, onSaved: rebuild });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', ...securityHeaders() }).end();
      return;
    }
    const file = resolveStaticFile(dist, url);
    if (file) return sendStaticFile(request, response, file, 200, mark);
    const notFound = resolveStaticFile(dist, '/404.html');
    if (notFound) return sendStaticFile(request, response, notFound, 404, mark);
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders() }).end('Not found\n');
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolvePromise({ url: `http://127.0.0.1:${address.port}/`, close: () => server.close() });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { port, dist } = options();
  const { url } = await serve(port, dist);
  console.log(`Perf Handbook is served at ${url.replace('127.0.0.1', 'localhost')} (Ctrl-C to stop)`);
}
