import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LighthouseRunner, RunOutcome, RunRequest } from '../../src/io/lighthouse-runner.ts';
import { measurePage, type PageToMeasure } from '../../src/io/measure-page.ts';
import { savedLhr } from '../fixtures/sample-result.ts';
import { PRIVATE_HEADER, startFixtureServer, type FixtureServer } from '../scripts/fixture-server.ts';

// The gathering order and its error handling, with real TTFB probes against the fixture server
// and a runner that replays saved Lighthouse results (the command test runs the real Lighthouse).
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ token: 'a-secret-token' });
});
afterAll(() => server.close());

/** A runner that answers every run with the next outcome of the list, and records what it was asked. */
function replayRunner(outcomes: RunOutcome[]): LighthouseRunner & { calls: Array<{ url: string; request: RunRequest }> } {
  const calls: Array<{ url: string; request: RunRequest }> = [];
  return {
    calls,
    lighthouseVersion: '13.5.0',
    chromeVersion: () => '156.0.0.0',
    run: async (url, request) => {
      calls.push({ url, request });
      return outcomes[Math.min(calls.length - 1, outcomes.length - 1)]!;
    },
    close: () => {},
  };
}

const page = (path: string, headers: Record<string, string> = {}): PageToMeasure => ({ name: path, url: `${server.origin}${path}`, headers, secrets: Object.values(headers) });
const settings = (runner: LighthouseRunner, progress: string[] = []) => ({ runner, runs: 3, ttfbSamples: 2, timeoutMs: 2000, profile: 'desktop' as const, progress: (what: string) => progress.push(what) });

describe('measurePage', () => {
  test('takes the TTFB samples, then every Lighthouse run in turn, with the page’s headers and profile', async () => {
    const runner = replayRunner([{ ok: true, lhr: savedLhr('fast-desktop') }]);
    const progress: string[] = [];
    const measurement = await measurePage(page('/private', { [PRIVATE_HEADER]: 'a-secret-token' }), settings(runner, progress));
    expect(measurement.error).toBeUndefined();
    expect(measurement.ttfbSamples).toHaveLength(2);
    expect(measurement.lighthouseRuns).toHaveLength(3);
    expect(runner.calls.map((call) => call.request)).toEqual(Array(3).fill({ profile: 'desktop', headers: { [PRIVATE_HEADER]: 'a-secret-token' }, timeoutMs: 2000 }));
    expect(progress).toEqual(['TTFB, 2 samples', 'Lighthouse run 1/3', 'Lighthouse run 2/3', 'Lighthouse run 3/3']);
  });

  test.each<[string, string, RegExp]>([
    ['a server error', '/error', /HTTP 500/],
    ['a login wall when the header is missing', '/private', /HTTP 401/],
    ['a redirect loop', '/loop', /redirect loop/],
    ['a JSON answer', '/json', /not HTML/],
  ])('%s stops at the probe: no browser time is spent', async (_, path, message) => {
    const runner = replayRunner([{ ok: true, lhr: savedLhr('fast-desktop') }]);
    const measurement = await measurePage(page(path), settings(runner));
    expect(measurement.error).toMatch(message);
    expect(runner.calls).toHaveLength(0);
  });

  test('a redirect to a good page is followed and measured', async () => {
    const measurement = await measurePage(page('/redirected'), settings(replayRunner([{ ok: true, lhr: savedLhr('fast-desktop') }])));
    expect(measurement.error).toBeUndefined();
    expect(measurement.ttfbSamples[0]!.redirects).toBe(1);
  });

  test('a problem found after a redirect says where it ended', async () => {
    const measurement = await measurePage(page('/moved-error'), settings(replayRunner([])));
    expect(measurement.error).toMatch(/HTTP 500 .* \(after 1 redirect, at http:\/\/127\.0\.0\.1:\d+\/error\)$/);
  });

  test.each<[string, RunOutcome[], RegExp, number]>([
    ['Lighthouse’s own error ends the page at the first run', [{ ok: true, lhr: savedLhr('error-500') }], /ERRORED_DOCUMENT_REQUEST/, 1],
    ['a failed run ends the page; the runs before it are kept', [{ ok: true, lhr: savedLhr('fast-desktop') }, { ok: false, error: 'Lighthouse failed: PROTOCOL_TIMEOUT' }], /PROTOCOL_TIMEOUT/, 2],
  ])('%s', async (_, outcomes, message, calls) => {
    const runner = replayRunner(outcomes);
    const measurement = await measurePage(page('/fast'), settings(runner));
    expect(measurement.error).toMatch(message);
    expect(runner.calls).toHaveLength(calls);
    expect(measurement.lighthouseRuns).toHaveLength(calls - 1);
  });

  test('a secret in an error is redacted', async () => {
    const runner = replayRunner([{ ok: false, error: 'Lighthouse failed: header a-secret-token rejected' }]);
    const measurement = await measurePage(page('/private', { [PRIVATE_HEADER]: 'a-secret-token' }), settings(runner));
    expect(measurement.error).toBe('Lighthouse failed: header [redacted] rejected');
  });
});
