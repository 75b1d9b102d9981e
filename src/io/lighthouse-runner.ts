import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Config, Flags } from 'lighthouse';
import { runPhases, timingEntries } from '../lib/run-phases.ts';
import { CHROME_FLAGS } from './find-chrome.ts';
import { recordTiming } from './run-timings.ts';

/** Lighthouse's four categories the handbook aims at 100 in; the others (such as agentic browsing) are not run. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * How long Lighthouse waits for a page to settle. Its defaults (1 s after FCP, 1 s after load, 1 s of
 * network quiet, 1 s of CPU quiet) add about three seconds to a run of a page that has finished; a
 * quarter to half of that still catches the late requests of a real page, and metrics are simulated
 * from what was recorded, so they do not shift.
 */
const SETTLE: Flags = { pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 500, cpuQuietThresholdMs: 500 };
/**
 * Audits Lighthouse is told to skip: each weighs nothing in the score of any of the four categories
 * (scores are weighted means, so a weight-0 audit cannot move one), none is read by
 * lighthouseFigures, and none needs a gatherer that watches the page load, so the load, the trace
 * and every scored audit are those of a full run. With them go the gatherers only they need, which
 * run after the load: the back/forward cache test (it navigates away and back, a third of a second),
 * the CSS usage and style sheet collection. Lighthouse CI keeps them, for its report; this command
 * keeps only figures. tests/io/lighthouse-runner.test.ts checks each claim against the installed
 * Lighthouse's own config, and that the scores and figures equal a full config's on the same page.
 */
export const SKIPPED_AUDITS: readonly string[] = [
  // performance diagnostics: tables and details for a report, weight 0
  'screenshot-thumbnails', 'final-screenshot', 'max-potential-fid', 'server-response-time', 'user-timings', 'redirects', 'mainthread-work-breakdown',
  'bootup-time', 'diagnostics', 'network-requests', 'network-rtt', 'network-server-latency', 'main-thread-tasks', 'metrics', 'resource-summary',
  'long-tasks', 'unsized-images', 'total-byte-weight', 'unminified-css', 'unminified-javascript', 'unused-css-rules', 'bf-cache',
  'cache-insight', 'duplicated-javascript-insight', 'legacy-javascript-insight', 'modern-http-insight',
  // best practices Lighthouse shows but does not score
  'valid-source-maps', 'csp-xss', 'has-hsts', 'origin-isolation', 'clickjacking-mitigation', 'trusted-types-xss', 'js-libraries',
  // accessibility checks Lighthouse does not score (weight 0) and the manual ones it only lists
  'aria-allowed-role', 'empty-heading', 'identical-links-same-purpose', 'image-redundant-alt', 'label-content-name-mismatch', 'table-duplicate-name',
  'table-fake-caption', 'td-has-header', 'custom-controls-labels', 'custom-controls-roles', 'focus-traps', 'focusable-controls',
  'interactive-element-affordance', 'logical-tab-order', 'managed-focus', 'offscreen-content-hidden', 'use-landmarks', 'visual-order-follows-dom',
  // SEO: the manual structured-data check
  'structured-data',
  // the report's Baseline table
  'baseline',
];

/** Time Lighthouse is given beyond the page's load limit to audit what it gathered, before the run is abandoned. */
export const AUDIT_ALLOWANCE_MS = 60_000;

/** How often to look for Chrome's debugging port while it starts: every 100 ms (chrome-launcher's 500 ms default wastes up to half a second per start), for 25 s at most, as by default. */
const CONNECTION_POLL = { connectionPollInterval: 100, maxConnectionRetries: 250 };

/** Chrome could not be started at all: nothing can be measured with it. */
export class ChromeStartError extends Error {
  override name = 'ChromeStartError';
}

/** The outcome of one Lighthouse run: its result (LHR), or a sentence saying why there is none. */
export type RunOutcome = { ok: true; lhr: unknown } | { ok: false; error: string };

/** What a run needs beyond the URL. */
export interface RunRequest {
  profile: 'mobile' | 'desktop';
  headers?: Readonly<Record<string, string>>;
  /** The page must load within this; see --timeout. */
  timeoutMs: number;
}

/** How a runner is set up; the defaults are what the commands use. */
export interface RunnerOptions {
  /** Time beyond a run's load limit before the run is abandoned and Chrome restarted; defaults to AUDIT_ALLOWANCE_MS. */
  auditAllowanceMs?: number;
  /** Lighthouse flags added to every run; the runner's own flags win over them. Lighthouse's gatherMode (-G), say, saves what a run gathered and returns no result. */
  extraFlags?: Flags;
}

/** One Chrome for every run of a command, restarted when it crashes. */
export interface LighthouseRunner {
  lighthouseVersion: string;
  /** The Chrome version, as Chrome reports it; updated when Chrome is restarted. */
  chromeVersion(): string;
  /** Runs Lighthouse once; a Chrome crash is retried once with a fresh Chrome. Throws ChromeStartError when no Chrome can be started. */
  run(url: string, request: RunRequest, onRetry?: (reason: string) => void): Promise<RunOutcome>;
  /** Ends Chrome now (synchronous, safe to call from a signal handler) and removes its profile folder. */
  close(): void;
}

/**
 * The flags of one run: the runner's own (the categories, the skipped audits, no full-page
 * screenshot, the load limit, the settle times) over `extraFlags`; the profile is the config.
 */
export function lighthouseFlags(port: number, request: RunRequest, extraFlags: Flags = {}): Flags {
  return {
    ...extraFlags,
    port,
    output: 'json',
    logLevel: 'silent',
    onlyCategories: CATEGORIES,
    skipAudits: [...SKIPPED_AUDITS],
    disableFullPageScreenshot: true,
    maxWaitForFcp: request.timeoutMs,
    maxWaitForLoad: request.timeoutMs,
    ...SETTLE,
  };
}

/**
 * True for a rejection Lighthouse leaves unheard when Chrome goes away mid-run (a Chrome DevTools
 * Protocol call it did not await). The run itself already failed and says why; the stray copy is
 * noise, not a reason to stop measuring the other pages.
 */
export function isStrayProtocolError(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  if ('protocolMethod' in reason || reason.name === 'LighthouseError') return true;
  return /^Protocol error|Target closed|Session closed|WebSocket is not open|Connection closed/.test(reason.message);
}

/** The installed Lighthouse's version. */
function installedLighthouseVersion(): string {
  return (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
}

/** Reads the words of a Lighthouse error: its friendly message when it has one, else the message. */
function errorText(error: unknown): string {
  const friendly = (error as { friendlyMessage?: unknown }).friendlyMessage;
  const code = (error as { code?: unknown }).code;
  let text = error instanceof Error ? error.message : String(error);
  if (typeof friendly === 'string') text = friendly;
  else if (friendly && typeof friendly === 'object' && typeof (friendly as { formattedDefault?: unknown }).formattedDefault === 'string') text = (friendly as { formattedDefault: string }).formattedDefault;
  return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
}

/** A started Chrome: its debugging port, its process, and how to end it. */
interface RunningChrome {
  port: number;
  process: ChildProcess;
  kill(): void;
}

/** The last line Chrome wrote on stderr while starting (chrome-launcher keeps it in the profile folder). */
function chromeErrorLine(userDataDir: string | undefined): string {
  try {
    const lines = readFileSync(join(userDataDir ?? '', 'chrome-err.log'), 'utf8').split('\n').filter((line) => line.trim() !== '');
    return lines.length > 0 ? `: ${lines[lines.length - 1]!.trim()}` : '';
  } catch {
    return '';
  }
}

/**
 * Ends a launch that failed. chrome-launcher would go on polling the dead Chrome's port for 25 s and
 * then, its profile folder removed by kill(), fail unheard reading the log in it: its next poll gives
 * up instead, and the folder is removed once it has (or after 2 s, should it not).
 */
async function abandonLaunch(launcher: import('chrome-launcher').Launcher, launching: Promise<void>): Promise<void> {
  (launcher as unknown as { maxConnectionRetries: number }).maxConnectionRetries = 0;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([launching.catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
  clearTimeout(timer);
  try {
    launcher.kill();
  } catch {
    // nothing left to end
  }
}

/** Launches Chrome, failing as soon as its process ends instead of polling its port for 25 s. */
async function launchChrome(chromePath: string): Promise<RunningChrome> {
  const { Launcher } = await import('chrome-launcher');
  const launcher = new Launcher({ chromePath, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: 'silent', ...CONNECTION_POLL });
  const launching = launcher.launch();
  launching.catch(() => {}); // when Chrome exits first, the launcher's own failure comes later, unheard
  let watch: NodeJS.Timeout | undefined;
  const ended = new Promise<never>((_, reject) => {
    const look = () => {
      const child = launcher.chromeProcess;
      const fail = (code: number | null, signal: NodeJS.Signals | null) => reject(new Error(`it exited (${signal ?? `status ${code}`}) while starting${chromeErrorLine(launcher.userDataDir)}`));
      if (child === undefined) watch = setTimeout(look, 20);
      else if (child.exitCode !== null || child.signalCode !== null) fail(child.exitCode, child.signalCode);
      else child.once('exit', fail);
    };
    look();
  });
  ended.catch(() => {});
  try {
    await Promise.race([launching, ended]);
  } catch (error) {
    await abandonLaunch(launcher, launching);
    throw new ChromeStartError(`Chrome could not be started from ${chromePath}: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    clearTimeout(watch);
  }
  return { port: launcher.port!, process: launcher.chromeProcess!, kill: () => launcher.kill() };
}

/** Starts Chrome (headless, loopback debugging port) and asks it for its version; its CPU benchmark is still to be run. */
async function startChrome(chromePath: string): Promise<{ chrome: RunningChrome; version: string; exited: () => boolean; gone: Promise<'crashed'>; benchmark: BenchmarkMemo }> {
  const starting = performance.now();
  const chrome = await launchChrome(chromePath);
  let exited = false;
  const gone = new Promise<'crashed'>((resolve) =>
    chrome.process.once('exit', () => {
      exited = true;
      resolve('crashed');
    }),
  );
  let version = 'unknown';
  try {
    const answer = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser?: string };
    version = /\/([\d.]+)/.exec(answer.Browser ?? '')?.[1] ?? answer.Browser ?? version;
  } catch {
    // The version is a label; a Chrome that does not say it can still measure.
  }
  recordTiming({ kind: 'chrome-start', ms: performance.now() - starting });
  return { chrome, version, exited: () => exited, gone, benchmark: {} };
}

/** A tab Lighthouse measures in, and how to close it. */
interface Tab {
  page: import('puppeteer-core').Page;
  close(): Promise<void>;
}

/** What a Chrome's CPU benchmark gave, once Lighthouse has run it there. */
interface BenchmarkMemo {
  index?: number;
}

/** How Lighthouse's CPU benchmark (computeBenchmarkIndex, core/lib/page-functions.js) appears in the expression it evaluates. */
const BENCHMARK_FUNCTION = 'function computeBenchmarkIndex(';

/**
 * Lets Lighthouse's CPU benchmark run on a Chrome's first run only; later runs on the same Chrome are
 * given the index it measured. The benchmark spins the CPU for a second before every run, and its
 * index only labels the machine in the result (`environment.benchmarkIndex`): no audit, metric or
 * score reads it, and the command keeps none of it. The benchmark is recognised in the
 * Runtime.evaluate calls of the protocol session Lighthouse opens on this tab; should a later
 * Lighthouse word it differently, the benchmark simply runs every time again.
 */
function reuseBenchmark(page: import('puppeteer-core').Page, memo: BenchmarkMemo): void {
  const target = page.target();
  const createSession = target.createCDPSession.bind(target);
  target.createCDPSession = async () => {
    const session = await createSession();
    const send = session.send.bind(session) as (method: string, params?: { expression?: unknown }, options?: unknown) => Promise<{ result?: { value?: unknown } }>;
    const sendOrRecall = async (method: string, params?: { expression?: unknown }, options?: unknown) => {
      const benchmark = method === 'Runtime.evaluate' && typeof params?.expression === 'string' && params.expression.includes(BENCHMARK_FUNCTION);
      if (!benchmark) return send(method, params, options);
      if (memo.index !== undefined) return { result: { type: 'number', value: memo.index } };
      const answer = await send(method, params, options);
      if (typeof answer?.result?.value === 'number') memo.index = answer.result.value;
      return answer;
    };
    session.send = sendOrRecall as typeof session.send;
    return session;
  };
}

/**
 * Opens the tab Lighthouse measures in, as Lighthouse would itself (a new page of the browser, no
 * default viewport). With `headers`, the tab adds them to the requests it makes to the page's own
 * origin (scheme, host and port) and to no other: not to third-party resources, not to a redirect's
 * target on another host, not over http after https. Chrome pauses only requests to that origin
 * (the Fetch domain, matched by URL pattern), and headers set when one is continued do not follow
 * it through a redirect, as the protocol documents for Fetch.continueRequest.
 */
async function openTab(port: number, pageUrl: string, headers: Readonly<Record<string, string>>, benchmark: BenchmarkMemo): Promise<Tab> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const page = await browser.newPage();
  const close = async () => {
    await page.close().catch(() => {});
    await browser.disconnect().catch(() => {});
  };
  try {
    if (Object.keys(headers).length > 0) {
      const origin = new URL(pageUrl).origin;
      const session = await page.createCDPSession();
      const given = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
      session.on('Fetch.requestPaused', (event) => {
        const own = new URL(event.request.url).origin === origin;
        const kept = Object.entries(event.request.headers).filter(([name]) => !given.has(name.toLowerCase()));
        const sent = own ? [...kept, ...Object.entries(headers)] : kept;
        session.send('Fetch.continueRequest', { requestId: event.requestId, headers: sent.map(([name, value]) => ({ name, value })) }).catch(() => {});
      });
      await session.send('Fetch.enable', { patterns: [{ urlPattern: `${origin}/*`, requestStage: 'Request' }] });
    }
    reuseBenchmark(page, benchmark);
  } catch (error) {
    await close();
    throw error;
  }
  return { page, close };
}

/** Starts the runner with one Chrome; throws ChromeStartError when Chrome cannot start. */
export async function startLighthouse(chromePath: string, options: RunnerOptions = {}): Promise<LighthouseRunner> {
  const auditAllowanceMs = options.auditAllowanceMs ?? AUDIT_ALLOWANCE_MS;
  // Loaded here, not at the top: Lighthouse takes seconds to load, and --help or a usage error need none of it.
  // Chrome starts meanwhile, in its own process: nothing is measured yet, so the two may share the CPU.
  const loading = performance.now();
  const [loaded, started] = await Promise.allSettled([
    import('lighthouse').then((module) => (recordTiming({ kind: 'lighthouse-load', ms: performance.now() - loading }), module)),
    startChrome(chromePath),
  ]);
  if (loaded.status === 'rejected') {
    if (started.status === 'fulfilled') started.value.chrome.kill();
    throw loaded.reason;
  }
  if (started.status === 'rejected') throw started.reason;
  const { navigation, desktopConfig } = loaded.value;
  let current: Awaited<ReturnType<typeof startChrome>> | undefined = started.value;
  let version = current.version;
  const stop = () => {
    if (current === undefined) return;
    try {
      current.chrome.kill();
    } catch {
      // already gone
    }
    current = undefined;
  };
  const ensure = async () => {
    if (current === undefined || current.exited()) {
      stop();
      current = await startChrome(chromePath);
      version = current.version;
    }
    return current;
  };

  /** One attempt: Lighthouse against the current Chrome, abandoned after the load limit plus the audit allowance. */
  const attempt = async (url: string, request: RunRequest): Promise<RunOutcome & { crashed?: boolean }> => {
    const { chrome, exited, gone, benchmark } = await ensure();
    const flags = lighthouseFlags(chrome.port, request, options.extraFlags);
    const config: Config | undefined = request.profile === 'desktop' ? desktopConfig : undefined;
    const limitMs = request.timeoutMs + auditAllowanceMs;
    let timer: NodeJS.Timeout | undefined;
    let tab: Tab | undefined;
    let lhr: unknown;
    // Ends the navigation of a run given up on, at once: left waiting for its page, it would finish later, in the middle of the next run, and clear the timing marks that run's Lighthouse relies on.
    const abandon = new AbortController();
    const started = performance.now();
    const running = (async () => {
      // Lighthouse's own extraHeaders go to every request of the page, third parties and redirect targets included: ours reach the page's origin only.
      tab = await openTab(chrome.port, url, request.headers ?? {}, benchmark);
      // What lighthouse(url, flags, config, page) does, with the signal it has no place for (navigationGather reads it; Lighthouse's types omit it).
      return navigation(tab.page, url, { config, flags, signal: abandon.signal } as Parameters<typeof navigation>[2]);
    })();
    running.catch(() => {}); // when the time limit wins, Chrome is killed and this rejects unheard
    try {
      // Chrome's exit ends the wait at once: Lighthouse itself would wait out its load limit first.
      const result = await Promise.race([
        running,
        gone,
        new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), limitMs);
        }),
      ]);
      if (result === 'crashed') {
        stop();
        return { ok: false, error: 'Chrome crashed while measuring the page', crashed: true };
      }
      if (result === 'timeout') {
        stop();
        return { ok: false, error: `Lighthouse did not finish within ${Math.round(limitMs / 1000)} s; Chrome was restarted for the next page` };
      }
      if (result === undefined) return { ok: false, error: 'Lighthouse returned no result' };
      lhr = result.lhr;
      return { ok: true, lhr };
    } catch (error) {
      const crashed = exited();
      stop(); // a protocol time-out can leave Chrome in a bad state: the next run gets a fresh one
      return { ok: false, error: crashed ? `Chrome crashed while measuring the page (${errorText(error)})` : `Lighthouse failed: ${errorText(error)}`, crashed };
    } finally {
      clearTimeout(timer);
      abandon.abort();
      await tab?.close();
      if (lhr !== undefined) recordTiming({ kind: 'lighthouse-run', url, phases: runPhases(timingEntries(lhr), performance.now() - started) });
    }
  };

  return {
    lighthouseVersion: installedLighthouseVersion(),
    chromeVersion: () => version,
    async run(url, request, onRetry) {
      const first = await attempt(url, request);
      if (first.ok || !first.crashed) return first.ok ? first : { ok: false, error: first.error };
      onRetry?.(first.error);
      const second = await attempt(url, request);
      if (second.ok) return second;
      return { ok: false, error: second.crashed ? `Chrome crashed twice while measuring the page: ${second.error}` : second.error };
    },
    close: stop,
  };
}
