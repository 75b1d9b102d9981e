import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChrome } from '../../src/io/find-chrome.ts';
import { ChromeStartError, isStrayProtocolError, startLighthouse, type LighthouseRunner } from '../../src/io/lighthouse-runner.ts';
import { lighthouseFigures } from '../../src/lib/lighthouse-figures.ts';
import { startFixtureServer, type FixtureServer } from '../scripts/fixture-server.ts';
import { chromeWrapper, hasEnded, type ChromeWrapper } from '../fixtures/chrome-wrapper.ts';

// The real Lighthouse on the system Chromium, against the fixture pages on 127.0.0.1.
let server: FixtureServer;
const work = mkdtempSync(join(tmpdir(), 'lighthouse-runner-'));
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** The system Chromium; these tests need one. */
function systemChrome(): string {
  const chrome = findChrome();
  if (chrome === undefined) throw new Error('no Chromium: set CHROME_PATH');
  return chrome;
}

/** A Chrome wrapper in a fresh folder: it notes each Chrome the runner starts (see chrome-wrapper.ts). */
const wrappedChrome = (flags: string[] = []): ChromeWrapper => chromeWrapper(mkdtempSync(join(work, 'chrome-')), systemChrome(), flags);

/**
 * Runs `work` with the command's policy for unhandled rejections (scripts/verify-web-vitals.ts): the
 * stray protocol errors Lighthouse leaves unheard when Chrome dies mid-run are ignored; any other
 * goes on to the test runner's own handlers, so a real bug still fails the file.
 */
async function ignoringStrayProtocolErrors<T>(work: () => Promise<T>): Promise<T> {
  const theirs = process.listeners('unhandledRejection');
  const ours = (reason: unknown, promise: Promise<unknown>) => {
    if (!isStrayProtocolError(reason)) for (const listener of theirs) listener(reason, promise);
  };
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', ours);
  try {
    return await work();
  } finally {
    process.off('unhandledRejection', ours);
    for (const listener of theirs) process.on('unhandledRejection', listener);
  }
}

/** Waits until `done()` holds, for `limitMs` at most; returns whether it did. */
async function eventually(done: () => boolean, limitMs = 5_000): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  return done();
}

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

  test('a browser that will not start leaves nothing polling for it', async () => {
    // chrome-launcher polls the debugging port it gave the browser; before, it went on for 25 s and then failed unheard.
    const failing = chromeWrapper(mkdtempSync(join(work, 'false-')), '/bin/false');
    await expect(startLighthouse(failing.path)).rejects.toBeInstanceOf(ChromeStartError);
    const port = Number(/--remote-debugging-port=(\d+)/.exec(failing.flags()[0] ?? '')?.[1]);
    expect(port).toBeGreaterThan(0);
    // Listen where the poll would knock, for five of its 100 ms intervals.
    let knocks = 0;
    const listener = createNetServer((socket) => {
      knocks++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(port, '127.0.0.1', resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await new Promise((resolve) => listener.close(resolve));
    expect(knocks).toBe(0);
  }, 60_000);
});

describe('a run that goes wrong', () => {
  test('one past its time limit (the load limit plus the audit allowance) is abandoned, and Chrome is restarted for the next page', async () => {
    const chrome = wrappedChrome();
    // No allowance: the limit is the load limit, which Lighthouse's own load wait (begun later, after navigating) cannot beat.
    const runner = await startLighthouse(chrome.path, { auditAllowanceMs: 0 });
    try {
      const started = performance.now();
      const outcome = await runner.run(`${server.origin}/slow-load`, { profile: 'desktop', timeoutMs: 3_000 }); // its image takes 30 s
      const elapsed = performance.now() - started;
      expect(outcome).toEqual({ ok: false, error: 'Lighthouse did not finish within 3 s; Chrome was restarted for the next page' });
      expect(elapsed).toBeGreaterThanOrEqual(2_900);
      expect(elapsed).toBeLessThan(20_000);
      const [first] = chrome.starts();
      expect(await eventually(() => hasEnded(first!)), 'the abandoned Chrome was ended').toBe(true);
      const next = await runner.run(`${server.origin}/fast`, { profile: 'desktop', timeoutMs: 30_000 });
      expect(next.ok).toBe(true);
      expect(chrome.starts()).toHaveLength(2);
    } finally {
      runner.close();
    }
  }, 120_000);

  test('a Chrome that crashes on both tries is "Chrome crashed twice", and the next page gets a fresh Chrome', async () => {
    const chrome = wrappedChrome();
    const runner = await startLighthouse(chrome.path);
    const killed: number[] = [];
    // Each Chrome that asks for the page is killed at once, as a crash would end it.
    server.hooks.onBrowserCrashPage = () => {
      const pid = chrome.starts().at(-1)!;
      if (killed.includes(pid)) return;
      killed.push(pid);
      process.kill(pid, 'SIGKILL');
    };
    await ignoringStrayProtocolErrors(async () => {
      try {
        const retries: string[] = [];
        const outcome = await runner.run(`${server.origin}/crash`, { profile: 'desktop', timeoutMs: 15_000 }, (reason) => retries.push(reason));
        expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/^Chrome crashed twice while measuring the page: Chrome crashed while measuring the page/) });
        expect(retries).toEqual([expect.stringMatching(/^Chrome crashed while measuring the page/)]);
        expect(killed).toEqual(chrome.starts());
        expect(killed).toHaveLength(2);
        server.hooks.onBrowserCrashPage = undefined;
        const next = await runner.run(`${server.origin}/fast`, { profile: 'desktop', timeoutMs: 30_000 });
        expect(next.ok).toBe(true);
        expect(chrome.starts()).toHaveLength(3);
      } finally {
        server.hooks.onBrowserCrashPage = undefined;
        runner.close();
      }
    });
  }, 180_000);

  test('a run Lighthouse returns no result for says so', async () => {
    // Lighthouse's gather-only mode (-G) really runs: it saves what it gathered, then returns no result.
    const saved = mkdtempSync(join(work, 'gathered-'));
    const runner = await startLighthouse(systemChrome(), { extraFlags: { gatherMode: saved } });
    try {
      const outcome = await runner.run(`${server.origin}/fast`, { profile: 'desktop', timeoutMs: 30_000 });
      expect(outcome).toEqual({ ok: false, error: 'Lighthouse returned no result' });
      expect(readdirSync(saved)).toContain('artifacts.json');
    } finally {
      runner.close();
    }
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
