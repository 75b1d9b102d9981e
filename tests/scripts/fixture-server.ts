import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import { createServer as createNetServer } from 'node:net';

/** A small, valid, accessible page: what a fast site serves. */
export function fixturePage(title: string, body = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description" content="${title}, a fixture page of the verify-web-vitals tests."><link rel="icon" href="data:,"></head><body><main><h1>${title}</h1><p>Served by the test's own server on 127.0.0.1.</p>${body}</main></body></html>`;
}

/**
 * A page on which every figure Lighthouse reports differs from the others, so a figure read from
 * the wrong audit shows: text painted first (FCP), a large image that arrives after it (LCP), a
 * 400 ms main-thread task (TBT above 0, TTI after LCP) that ends by inserting a banner above the
 * text (CLS above 0). On purpose its image has no alt and it has no meta description and logs a
 * console error, so the four category scores differ too.
 */
export function everyMetricPage(): string {
  const task = "setTimeout(() => { const end = performance.now() + 400; while (performance.now() < end); document.getElementById('late-banner').style.cssText = 'height: 240px; background: #b3261e'; console.error('a console error, for the best-practices score'); }, 50);";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Every metric differs</title><link rel="icon" href="data:,"></head><body><main><h1>Every metric differs</h1><div id="late-banner"></div><p>Painted first; a banner pushes it down later.</p><img src="/every-metric.svg" width="1200" height="600"><script>${task}</script></main></body></html>`;
}

/** The large image of that page: about 300 KB, so that it paints well after the text even on desktop. */
const LARGE_IMAGE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600"><rect width="1200" height="600" fill="#1d3b6a"/><!-- ${'x'.repeat(300_000)} --><text x="40" y="300" font-size="64" fill="#fff">A late, large image</text></svg>`;

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

/** How the fixture server listens: plain HTTP, or HTTPS with these options (a key and certificate at least). */
export interface FixtureServerOptions {
  tls?: HttpsOptions;
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
 * a page the test may crash Chrome on, one whose image takes long to load, and one that reports its
 * viewport. With `options.tls` it serves them over HTTPS.
 */
export async function startFixtureServer(hooks: FixtureHooks = {}, options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const hanging = new Set<ServerResponse>();
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const browser = fromBrowser(request);
    requests.push({ path, browser, headers: request.headers });
    // What the page's script saw (see /viewport): recorded above, answered with nothing.
    if (path.startsWith('/seen/')) return void response.writeHead(204).end();
    switch (path) {
      case '/fast':
        return html(response, 200, fixturePage('Fast page'));
      case '/viewport':
        // Reports the viewport the browser gave the page, as a request to /seen/<width>x<height>.
        return html(response, 200, fixturePage('Viewport', '<script>fetch(`/seen/${innerWidth}x${innerHeight}`);</script>'));
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
      case '/every-metric':
        return html(response, 200, everyMetricPage());
      case '/every-metric.svg':
        return void response.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-cache' }).end(LARGE_IMAGE_SVG);
      case '/slow-image':
        return void setTimeout(() => response.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 30_000).unref();
      default:
        return html(response, 404, fixturePage('Not found'));
    }
  };
  const server = options.tls ? createHttpsServer(options.tls, handle) : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const refused = await closedPort();
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
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
