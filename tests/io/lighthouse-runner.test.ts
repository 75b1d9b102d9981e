import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChrome } from '../../src/io/find-chrome.ts';
import { CHROME_FLAGS } from '../../src/io/find-chrome.ts';
import { CATEGORIES, ChromeStartError, isStrayProtocolError, lighthouseFlags, SKIPPED_AUDITS, startLighthouse, type LighthouseRunner } from '../../src/io/lighthouse-runner.ts';
import { LIGHTHOUSE_AUDITS_READ, lighthouseFigures } from '../../src/lib/lighthouse-figures.ts';
import { startFixtureServer, type FixtureServer } from '../scripts/fixture-server.ts';
import { chromeWrapper, hasEnded, type ChromeWrapper } from '../fixtures/chrome-wrapper.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';
import { makeTestCertificate } from '../fixtures/test-certificate.ts';

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

describe('the profile', () => {
  let runner: LighthouseRunner;
  beforeAll(async () => {
    runner = await startLighthouse(systemChrome());
  });
  afterAll(() => runner?.close());

  test.each<['mobile' | 'desktop', { formFactor: string; mobile: boolean; width: number; rttMs: number; cpuSlowdownMultiplier: number; userAgent: RegExp; fcpMs: [number, number] }]>([
    // Lighthouse's default: a Moto G Power's 412 px screen, a slow 4G network and a 4× slower CPU, simulated.
    ['mobile', { formFactor: 'mobile', mobile: true, width: 412, rttMs: 150, cpuSlowdownMultiplier: 4, userAgent: /Android.*Mobile/, fcpMs: [400, 10_000] }],
    // Its desktop preset: a 1350 px screen, a fast network, no CPU slowdown.
    ['desktop', { formFactor: 'desktop', mobile: false, width: 1350, rttMs: 40, cpuSlowdownMultiplier: 1, userAgent: /Macintosh/, fcpMs: [1, 1_500] }],
  ])('%s: Lighthouse emulates that device, and the page sees its viewport', async (profile, expected) => {
    const before = server.requests.length;
    const outcome = await runner.run(`${server.origin}/viewport`, { profile, timeoutMs: 30_000 });
    if (!outcome.ok) throw new Error(outcome.error);
    const settings = (outcome.lhr as { configSettings: unknown }).configSettings;
    expect(settings).toMatchObject({ formFactor: expected.formFactor, throttlingMethod: 'simulate', screenEmulation: { mobile: expected.mobile, width: expected.width }, throttling: { rttMs: expected.rttMs, cpuSlowdownMultiplier: expected.cpuSlowdownMultiplier } });
    const seen = server.requests.slice(before).filter((request) => request.browser && request.path.startsWith('/seen/'));
    expect(seen.map((request) => request.path)).toContain(`/seen/${expected.width}x${profile === 'mobile' ? 823 : 940}`);
    expect(String(seen[0]!.headers['user-agent'])).toMatch(expected.userAgent);
    const figures = lighthouseFigures(outcome.lhr);
    if (!figures.ok) throw new Error(figures.error);
    expect(figures.figures.fcp).toBeGreaterThanOrEqual(expected.fcpMs[0]);
    expect(figures.figures.fcp).toBeLessThanOrEqual(expected.fcpMs[1]);
  }, 120_000);
});

// Two throwaway CAs and their server certificates: Chrome is told to trust the first one's key only.
const trusted = makeTestCertificate(join(work, 'trusted'));
const other = trusted && makeTestCertificate(join(work, 'other'));

describe.skipIf(skipWithout(trusted !== undefined && other !== undefined, 'openssl (apt-get install openssl)'))('a page over HTTPS', () => {
  let secure: FixtureServer;
  let elsewhere: FixtureServer;
  let runner: LighthouseRunner;
  beforeAll(async () => {
    secure = await startFixtureServer({}, { tls: { key: trusted!.key, cert: trusted!.cert } });
    elsewhere = await startFixtureServer({}, { tls: { key: other!.key, cert: other!.cert } });
    // The one flag that trusts exactly this certificate's key, as a user would for a staging host; every other check stays.
    runner = await startLighthouse(wrappedChrome([`--ignore-certificate-errors-spki-list=${trusted!.spkiHash}`]).path);
  });
  afterAll(async () => {
    runner?.close();
    await secure?.close();
    await elsewhere?.close();
  });

  test('is measured when Chrome trusts its certificate', async () => {
    const outcome = await runner.run(`${secure.origin}/fast`, { profile: 'desktop', timeoutMs: 30_000 });
    if (!outcome.ok) throw new Error(outcome.error);
    expect((outcome.lhr as { finalDisplayedUrl: string }).finalDisplayedUrl).toBe(`${secure.origin}/fast`);
    const figures = lighthouseFigures(outcome.lhr);
    if (!figures.ok) throw new Error(figures.error);
    expect(figures.figures.fcp).toBeGreaterThan(0);
    expect(figures.figures.tti).toBeGreaterThan(0);
    expect(secure.requests.some((request) => request.browser && request.path === '/fast')).toBe(true);
  }, 120_000);

  test('with a certificate Chrome was not told to trust is an error, and Chrome never asks for the page', async () => {
    const outcome = await runner.run(`${elsewhere.origin}/fast`, { profile: 'desktop', timeoutMs: 30_000 });
    if (!outcome.ok) throw new Error(outcome.error);
    // Lighthouse ran and says why it measured nothing: Chrome stopped at its certificate warning.
    expect(lighthouseFigures(outcome.lhr)).toEqual({ ok: false, error: expect.stringMatching(/\(INSECURE_DOCUMENT_REQUEST\).*net::ERR_CERT_AUTHORITY_INVALID$/) });
    expect(elsewhere.requests.some((request) => request.browser)).toBe(false);
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

/** A Lighthouse config resolved as Lighthouse resolves it for a run: its audits (with what each needs), artifacts and categories. */
interface ResolvedConfig {
  audits: Array<{ implementation: { meta: { id: string; requiredArtifacts: string[] } } }>;
  artifacts: Array<{ id: string; gatherer: { instance: object } }>;
  categories: Record<string, { auditRefs: Array<{ id: string; weight: number }> }>;
}

/** Resolves the desktop config with these flags, through Lighthouse's own config code (not a public API: a test's look inside). */
async function resolvedConfig(flags: object): Promise<ResolvedConfig> {
  const { initializeConfig } = (await import('lighthouse/core/config/config.js' as string)) as { initializeConfig: (mode: string, config: unknown, flags: object) => Promise<{ resolvedConfig: ResolvedConfig }> };
  const { desktopConfig } = await import('lighthouse');
  return (await initializeConfig('navigation', desktopConfig, flags)).resolvedConfig;
}

/** The figures a result document records from a run: the category scores and the values of the audits read. */
function recorded(lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> }) {
  return { scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score])), values: LIGHTHOUSE_AUDITS_READ.map((id) => [id, lhr.audits[id]?.numericValue]) };
}

describe('what a run leaves out', () => {
  const request = { profile: 'desktop' as const, timeoutMs: 30_000 };
  const trimmed = lighthouseFlags(9222, request);
  // The same flags without the skipped audits: Lighthouse's full config for those categories.
  const { skipAudits: _skipped, ...full } = trimmed;

  test('the flags Lighthouse is given: the four categories, the skipped audits, no full-page screenshot', () => {
    expect(trimmed).toMatchObject({ onlyCategories: CATEGORIES, skipAudits: [...SKIPPED_AUDITS], disableFullPageScreenshot: true, output: 'json', maxWaitForLoad: 30_000 });
    // Flags a caller adds do not undo the runner's own.
    expect(lighthouseFlags(9222, request, { skipAudits: [], onlyCategories: ['performance'] })).toMatchObject({ skipAudits: [...SKIPPED_AUDITS], onlyCategories: CATEGORIES });
  });

  test('each skipped audit exists, weighs nothing in every category, is not read, and needs no gatherer that watches the load', async () => {
    const whole = await resolvedConfig(full);
    const cut = await resolvedConfig(trimmed);
    const ids = (config: ResolvedConfig) => config.audits.map((audit) => audit.implementation.meta.id);
    expect(ids(whole)).toEqual(expect.arrayContaining([...SKIPPED_AUDITS]));
    expect(ids(cut).sort()).toEqual(ids(whole).filter((id) => !SKIPPED_AUDITS.includes(id)).sort());
    const weighted = Object.values(whole.categories).flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
    expect(weighted.length).toBeGreaterThan(50);
    expect(SKIPPED_AUDITS.filter((id) => weighted.includes(id))).toEqual([]);
    expect(SKIPPED_AUDITS.filter((id) => (LIGHTHOUSE_AUDITS_READ as readonly string[]).includes(id))).toEqual([]);
    // The category weights Lighthouse scores with are unchanged: only weight-0 references are gone.
    for (const [id, category] of Object.entries(whole.categories)) {
      expect(cut.categories[id]!.auditRefs.filter((ref) => ref.weight > 0)).toEqual(category.auditRefs.filter((ref) => ref.weight > 0));
    }
    // The gatherers that go with them work after the load only: the load and its trace are those of a full run.
    const kept = new Set(cut.artifacts.map((artifact) => artifact.id));
    const dropped = whole.artifacts.filter((artifact) => !kept.has(artifact.id));
    expect(dropped.map((artifact) => artifact.id).sort()).toEqual(['BFCacheFailures', 'CSSUsage', 'Stylesheets']);
    for (const artifact of dropped) {
      const gatherer = Object.getPrototypeOf(artifact.gatherer.instance) as object;
      expect(['startInstrumentation', 'startSensitiveInstrumentation'].filter((phase) => Object.hasOwn(gatherer, phase)), artifact.id).toEqual([]);
    }
  }, 60_000);

  test('on one gathered page load, the skipped audits change no score and no figure the command records', async () => {
    // One load of a page whose four scores and six figures all differ, gathered with the full config (Lighthouse's -G), then audited from disk (-A) both ways.
    const saved = mkdtempSync(join(work, 'full-gather-'));
    const { default: lighthouse, desktopConfig } = await import('lighthouse');
    const { launch } = await import('chrome-launcher');
    const chrome = await launch({ chromePath: systemChrome(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    try {
      await lighthouse(`${server.origin}/every-metric`, { ...full, port: chrome.port, gatherMode: saved }, desktopConfig);
    } finally {
      chrome.kill();
    }
    // Lighthouse audits saved artifacts only with the settings they were gathered with: the copy audited with the runner's flags says it skipped those audits.
    const savedTrimmed = mkdtempSync(join(work, 'trimmed-gather-'));
    cpSync(saved, savedTrimmed, { recursive: true });
    const artifacts = JSON.parse(readFileSync(join(savedTrimmed, 'artifacts.json'), 'utf8')) as { settings: { skipAudits: unknown } };
    artifacts.settings.skipAudits = trimmed.skipAudits;
    writeFileSync(join(savedTrimmed, 'artifacts.json'), JSON.stringify(artifacts));
    const audited = async (flags: object, folder: string) => (await lighthouse(undefined, { ...flags, auditMode: folder }, desktopConfig))!.lhr as unknown as Parameters<typeof recorded>[0];
    const whole = recorded(await audited(full, saved));
    const cut = recorded(await audited(trimmed, savedTrimmed));
    expect(Object.keys(cut.scores).sort()).toEqual([...CATEGORIES].sort());
    expect(new Set(Object.values(whole.scores)).size).toBeGreaterThan(2);
    expect(cut).toEqual(whole);
  }, 120_000);

  test('a real run records the scores of a full-config run of the same page', async () => {
    // Accessibility, best practices and SEO are deterministic on a static page; performance varies from load to load, so it is the audit-mode test above that pins it.
    const runner = await startLighthouse(systemChrome());
    const { default: lighthouse, desktopConfig } = await import('lighthouse');
    const { launch } = await import('chrome-launcher');
    const chrome = await launch({ chromePath: systemChrome(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    try {
      const ours = await runner.run(`${server.origin}/every-metric`, request);
      if (!ours.ok) throw new Error(ours.error);
      const theirs = (await lighthouse(`${server.origin}/every-metric`, { ...full, port: chrome.port }, desktopConfig))!.lhr as unknown as Parameters<typeof recorded>[0];
      const { performance: _ours, ...steady } = recorded(ours.lhr as Parameters<typeof recorded>[0]).scores;
      const { performance: _theirs, ...steadyFull } = recorded(theirs).scores;
      expect(steady).toEqual(steadyFull);
      expect(Object.keys(steady).sort()).toEqual(['accessibility', 'best-practices', 'seo']);
    } finally {
      runner.close();
      chrome.kill();
    }
  }, 120_000);

  test('Lighthouse’s CPU benchmark runs on a Chrome’s first run only; the next runs carry the index it measured', async () => {
    const runner = await startLighthouse(systemChrome());
    try {
      const lhrs = [];
      for (let run = 0; run < 2; run++) {
        const outcome = await runner.run(`${server.origin}/fast`, request);
        if (!outcome.ok) throw new Error(outcome.error);
        lhrs.push(outcome.lhr as { environment: { benchmarkIndex: number }; timing: { entries: Array<{ name: string; duration: number }> } });
      }
      const benchmarkMs = lhrs.map((lhr) => lhr.timing.entries.find((entry) => entry.name === 'lh:gather:getBenchmarkIndex')!.duration);
      // The benchmark spins for two 500 ms stretches whenever it runs (computeBenchmarkIndex): under a second, it did not run.
      expect(benchmarkMs[0]).toBeGreaterThanOrEqual(1_000);
      expect(benchmarkMs[1]).toBeLessThan(1_000);
      expect(lhrs[0]!.environment.benchmarkIndex).toBeGreaterThan(0);
      expect(lhrs[1]!.environment.benchmarkIndex).toBe(lhrs[0]!.environment.benchmarkIndex);
    } finally {
      runner.close();
    }
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
