import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChrome } from '../../src/io/find-chrome.ts';
import { ChromeStartError, isStrayProtocolError, startLighthouse, type LighthouseRunner } from '../../src/io/lighthouse-runner.ts';
import { lighthouseFigures } from '../../src/lib/lighthouse-figures.ts';
import { startFixtureServer, type FixtureServer } from '../scripts/fixture-server.ts';

// The real Lighthouse on the system Chromium (the command test covers crashes and interruptions).
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe('startLighthouse', () => {
  test('runs Lighthouse on one Chrome and reports both versions', async () => {
    const chrome = findChrome();
    if (chrome === undefined) throw new Error('no Chromium: set CHROME_PATH');
    const runner = await startLighthouse(chrome);
    try {
      expect(runner.lighthouseVersion).toMatch(/^13\./);
      expect(runner.chromeVersion()).toMatch(/^\d+\.\d+\.\d+/);
      const outcome = await runner.run(`${server.origin}/fast`, { profile: 'desktop', timeoutMs: 30_000 });
      if (!outcome.ok) throw new Error(outcome.error);
      const figures = lighthouseFigures(outcome.lhr);
      expect(figures.ok && Object.keys(figures.figures.scores).sort()).toEqual(['accessibility', 'best-practices', 'performance', 'seo']);
    } finally {
      runner.close();
    }
  }, 120_000);

  test('a browser that will not start is a ChromeStartError naming it', async () => {
    const failure = await startLighthouse('/bin/false').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChromeStartError);
    expect((failure as Error).message).toMatch(/^Chrome could not be started from \/bin\/false/);
  }, 120_000);
});

describe('the page’s headers in Chrome', () => {
  // Another fixture server on another port: another origin, as a CDN, a tracker or another host would be.
  let elsewhere: FixtureServer;
  let runner: LighthouseRunner;
  beforeAll(async () => {
    elsewhere = await startFixtureServer();
    const chrome = findChrome();
    if (chrome === undefined) throw new Error('no Chromium: set CHROME_PATH');
    runner = await startLighthouse(chrome);
  });
  afterAll(async () => {
    runner?.close();
    await elsewhere?.close();
  });
  const headers = { Authorization: 'Bearer chrome-origin-secret' };
  const carries = (request: { headers: Record<string, unknown> }) => JSON.stringify(request.headers).includes('chrome-origin-secret');

  test('go with every request to the page’s origin and with none to a third party', async () => {
    const before = server.requests.length;
    const outcome = await runner.run(`${server.origin}/with-third-party?from=${encodeURIComponent(elsewhere.origin)}`, { profile: 'desktop', timeoutMs: 30_000, headers });
    if (!outcome.ok) throw new Error(outcome.error);
    const own = server.requests.slice(before).filter((request) => request.browser);
    expect(own.map((request) => request.path)).toEqual(expect.arrayContaining(['/with-third-party', '/pixel.svg']));
    expect(own.filter((request) => request.path === '/with-third-party' || request.path === '/pixel.svg').every(carries)).toBe(true);
    const third = elsewhere.requests.filter((request) => request.browser);
    expect(third.map((request) => request.path)).toContain('/pixel.svg');
    expect(third.some(carries)).toBe(false);
  }, 120_000);

  test('do not follow a redirect to another origin', async () => {
    const start = elsewhere.requests.length;
    const outcome = await runner.run(`${server.origin}/away?to=${encodeURIComponent(`${elsewhere.origin}/fast`)}`, { profile: 'desktop', timeoutMs: 30_000, headers });
    if (!outcome.ok) throw new Error(outcome.error);
    const reached = elsewhere.requests.slice(start).filter((request) => request.browser && request.path === '/fast');
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.some(carries)).toBe(false);
  }, 120_000);
});

describe('isStrayProtocolError', () => {
  const withMethod = Object.assign(new Error('Protocol error (Page.navigate): Target closed'), { protocolMethod: 'Page.navigate' });
  test.each<[string, unknown, boolean]>([
    ['a protocol error with its method', withMethod, true],
    ['a closed connection', new Error('Connection closed.'), true],
    ['a Lighthouse error', Object.assign(new Error('PROTOCOL_TIMEOUT'), { name: 'LighthouseError' }), true],
    ['any other error: a bug, not noise', new TypeError('x is undefined'), false],
    ['not an error at all', 'Target closed', false],
  ])('%s → %s', (_, reason, expected) => {
    expect(isStrayProtocolError(reason)).toBe(expected);
  });
});
