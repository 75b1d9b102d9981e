import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';

/** A small, valid, accessible page: what a fast site serves. */
export function fixturePage(title: string, body = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description" content="${title}, a fixture page of the verify-web-vitals tests."><link rel="icon" href="data:,"></head><body><main><h1>${title}</h1><p>Served by the test's own server on 127.0.0.1.</p>${body}</main></body></html>`;
}

/** First-byte delay of the slow page, in ms: above the 200 ms TTFB target, far below any timeout. */
export const SLOW_FIRST_BYTE_MS = 350;
/** The header the private page needs, and the value the tests export for it. */
export const PRIVATE_HEADER = 'X-Fixture-Token';

/** Hooks a test can set to act when a page is requested (a browser request, not the probe's). */
export interface FixtureHooks {
  /** Called on each browser request of `/crash`; the test may kill Chrome here. */
  onBrowserCrashPage?: () => void;
  /** Called on each browser request of `/slow-load`. */
  onBrowserSlowLoad?: () => void;
  /** The secret the private page expects. */
  token?: string;
}

/** A running fixture server. */
export interface FixtureServer {
  origin: string;
  /** A URL on a loopback port where nothing listens. */
  refusedUrl: string;
  hooks: FixtureHooks;
  /** Every request seen: path and whether a browser made it. */
  requests: Array<{ path: string; browser: boolean; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

/** True for requests made by Chrome (Lighthouse), false for the TTFB probe. */
const fromBrowser = (request: IncomingMessage) => /Chrome/.test(String(request.headers['user-agent'] ?? ''));

/** Sends an HTML page. */
const html = (response: ServerResponse, status: number, text: string) => response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(text);

/** A loopback port that is free now, so a connection to it is refused. */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the pages the command tests and the bench measure, on 127.0.0.1: a fast page, one whose
 * first byte takes 350 ms, a 500, a hang, a redirect loop, a JSON answer, a page with nothing to
 * paint, a page behind a header,
 * a page the test may crash Chrome on, and one whose image takes long to load.
 */
export async function startFixtureServer(hooks: FixtureHooks = {}): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const browser = fromBrowser(request);
    requests.push({ path, browser, headers: request.headers });
    switch (path) {
      case '/fast':
        return html(response, 200, fixturePage('Fast page'));
      case '/slow':
        return void setTimeout(() => html(response, 200, fixturePage('Slow first byte')), SLOW_FIRST_BYTE_MS);
      case '/error':
        return html(response, 500, fixturePage('Server error'));
      case '/hang':
        hanging.add(response);
        return;
      case '/loop':
        return void response.writeHead(302, { location: '/loop-again' }).end();
      case '/loop-again':
        return void response.writeHead(302, { location: '/loop' }).end();
      case '/redirected':
        return void response.writeHead(301, { location: '/fast' }).end();
      case '/moved-error':
        return void response.writeHead(301, { location: '/error' }).end();
      case '/blank':
        // Nothing to paint: Lighthouse ends with NO_FCP once its FCP wait (--timeout) is over.
        return html(response, 200, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>');
      case '/with-third-party': {
        // An own image and one from the origin given in ?from= (another fixture server): who gets the page's headers?
        const from = new URL(request.url ?? '/', 'http://x').searchParams.get('from') ?? '';
        return html(response, 200, fixturePage('Page with a third party', `<img src="/pixel.svg" alt="Own" width="4" height="4"><img src="${from}/pixel.svg" alt="Third party" width="4" height="4">`));
      }
      case '/away':
        // A redirect to the URL given in ?to=, such as another host.
        return void response.writeHead(302, { location: new URL(request.url ?? '/', 'http://x').searchParams.get('to') ?? '/fast' }).end();
      case '/bad-location':
        return void response.writeHead(302, { location: 'http://[' }).end();
      case '/pixel.svg':
        return void response.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
      case '/json':
        return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"page":false}');
      case '/private':
        if (hooks.token === undefined || request.headers[PRIVATE_HEADER.toLowerCase()] !== hooks.token) return html(response, 401, fixturePage('Login required'));
        return html(response, 200, fixturePage('Private page'));
      case '/crash':
        if (browser) hooks.onBrowserCrashPage?.();
        return html(response, 200, fixturePage('Crash page'));
      case '/slow-load':
        if (browser) hooks.onBrowserSlowLoad?.();
        return html(response, 200, fixturePage('Slow load', '<img src="/slow-image" alt="An image that takes long" width="10" height="10">'));
      case '/slow-image':
        return void setTimeout(() => response.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 30_000).unref();
      default:
        return html(response, 404, fixturePage('Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const refused = await closedPort();
  return {
    origin: `http://127.0.0.1:${port}`,
    refusedUrl: `http://127.0.0.1:${refused}/`,
    hooks,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
