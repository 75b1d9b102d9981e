import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Config, Flags } from 'lighthouse';
import { CHROME_FLAGS } from './find-chrome.ts';

/** Lighthouse's four categories the handbook aims at 100 in; the others (such as agentic browsing) are not run. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * How long Lighthouse waits for a page to settle. Its defaults (1 s after FCP, 1 s after load, 1 s of
 * network quiet, 1 s of CPU quiet) add about three seconds to a run of a page that has finished; a
 * quarter to half of that still catches the late requests of a real page, and metrics are simulated
 * from what was recorded, so they do not shift.
 */
const SETTLE: Flags = { pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 500, cpuQuietThresholdMs: 500 };
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

/** Starts Chrome (headless, loopback debugging port) and asks it for its version. */
async function startChrome(chromePath: string): Promise<{ chrome: RunningChrome; version: string; exited: () => boolean; gone: Promise<'crashed'> }> {
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
  return { chrome, version, exited: () => exited, gone };
}

/** A tab whose requests to one origin carry extra headers, and how to close it. */
interface ScopedPage {
  page: import('puppeteer-core').Page;
  close(): Promise<void>;
}

/**
 * Opens a tab that adds `headers` to the requests it makes to the page's own origin (scheme, host
 * and port) and to no other: not to third-party resources, not to a redirect's target on another
 * host, not over http after https. Chrome pauses only requests to that origin (the Fetch domain,
 * matched by URL pattern), and headers set when one is continued do not follow it through a
 * redirect, as the protocol documents for Fetch.continueRequest.
 */
async function pageWithOriginHeaders(port: number, pageUrl: string, headers: Readonly<Record<string, string>>): Promise<ScopedPage> {
  const { default: puppeteer } = await import('puppeteer-core');
  const origin = new URL(pageUrl).origin;
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  const given = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  session.on('Fetch.requestPaused', (event) => {
    const own = new URL(event.request.url).origin === origin;
    const kept = Object.entries(event.request.headers).filter(([name]) => !given.has(name.toLowerCase()));
    const sent = own ? [...kept, ...Object.entries(headers)] : kept;
    session.send('Fetch.continueRequest', { requestId: event.requestId, headers: sent.map(([name, value]) => ({ name, value })) }).catch(() => {});
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: `${origin}/*`, requestStage: 'Request' }] });
  return {
    page,
    close: async () => {
      await page.close().catch(() => {});
      await browser.disconnect().catch(() => {});
    },
  };
}

/** Starts the runner with one Chrome; throws ChromeStartError when Chrome cannot start. */
export async function startLighthouse(chromePath: string, options: RunnerOptions = {}): Promise<LighthouseRunner> {
  const auditAllowanceMs = options.auditAllowanceMs ?? AUDIT_ALLOWANCE_MS;
  // Loaded here, not at the top: Lighthouse takes seconds to load, and --help or a usage error need none of it.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  let current: Awaited<ReturnType<typeof startChrome>> | undefined = await startChrome(chromePath);
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
    const { chrome, exited, gone } = await ensure();
    const flags: Flags = {
      ...options.extraFlags,
      port: chrome.port,
      output: 'json',
      logLevel: 'silent',
      onlyCategories: CATEGORIES,
      disableFullPageScreenshot: true,
      maxWaitForFcp: request.timeoutMs,
      maxWaitForLoad: request.timeoutMs,
      ...SETTLE,
    };
    const config: Config | undefined = request.profile === 'desktop' ? desktopConfig : undefined;
    const limitMs = request.timeoutMs + auditAllowanceMs;
    let timer: NodeJS.Timeout | undefined;
    // Lighthouse's own extraHeaders go to every request of the page, third parties and redirect targets included: ours reach the page's origin only.
    const scoped = request.headers && Object.keys(request.headers).length > 0 ? await pageWithOriginHeaders(chrome.port, url, request.headers) : undefined;
    const running = lighthouse(url, flags, config, scoped?.page);
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
      return { ok: true, lhr: result.lhr };
    } catch (error) {
      const crashed = exited();
      stop(); // a protocol time-out can leave Chrome in a bad state: the next run gets a fresh one
      return { ok: false, error: crashed ? `Chrome crashed while measuring the page (${errorText(error)})` : `Lighthouse failed: ${errorText(error)}`, crashed };
    } finally {
      clearTimeout(timer);
      await scoped?.close();
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
