import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createSecureContext } from 'node:tls';
import { createServer as createNetServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { probeTtfb, type ProbeOutcome } from '../../src/io/ttfb-probe.ts';
import { PRIVATE_HEADER, SLOW_FIRST_BYTE_MS, startFixtureServer, type FixtureServer } from '../scripts/fixture-server.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';
import { makeTestCertificate } from '../fixtures/test-certificate.ts';

// The probe against real servers on 127.0.0.1: the fixture pages, a TLS server with a self-signed
// certificate, and raw servers that answer in ways an HTTP library would hide.
let fixtures: FixtureServer;
let tlsServer: HttpsServer | undefined;
let tlsOrigin = '';
const rawServers: Server[] = [];
const work = mkdtempSync(join(tmpdir(), 'ttfb-probe-'));

/** Starts a TCP server that writes `answer` to each connection as soon as the request arrives. */
async function rawServer(answer: string): Promise<string> {
  const server = createNetServer((socket) => socket.once('data', () => socket.end(answer)));
  rawServers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
}

/** True when openssl can make the test certificate. */
function makeCertificate(): boolean {
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(work, 'key.pem'), '-out', join(work, 'cert.pem'), '-subj', '/CN=localhost', '-days', '1'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const hasOpenssl = makeCertificate();
/** A server certificate signed by a throwaway CA, which a probe trusts when it is given that CA. */
const signed = hasOpenssl ? makeTestCertificate(join(work, 'ca')) : undefined;
/** How long the trusted server takes over its part of the handshake, so the TLS phase has a known floor. */
const HANDSHAKE_DELAY_MS = 150;
/** The project's Node running TypeScript through tsx, as the commands run. */
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

/** Takes one sample in a Node of its own with `env` added (tests/fixtures/probe-once.ts). */
async function probeInChild(url: string, env: NodeJS.ProcessEnv): Promise<ProbeOutcome> {
  const { stdout } = await promisify(execFile)(NODE, ['--import', 'tsx', 'tests/fixtures/probe-once.ts', url, '5000'], { env: { ...process.env, ...env }, timeout: 60_000 });
  return JSON.parse(stdout) as ProbeOutcome;
}

beforeAll(async () => {
  fixtures = await startFixtureServer({ token: 'probe-secret' });
  if (hasOpenssl) {
    tlsServer = createHttpsServer({ key: readFileSync(join(work, 'key.pem')), cert: readFileSync(join(work, 'cert.pem')) }, (_, response) => response.end('<p>tls</p>'));
    await new Promise<void>((resolve) => tlsServer!.listen(0, '127.0.0.1', resolve));
    tlsOrigin = `https://127.0.0.1:${(tlsServer.address() as { port: number }).port}`;
  }
});
afterAll(async () => {
  await fixtures.close();
  tlsServer?.close();
  for (const server of rawServers) server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('probeTtfb measures', () => {
  test('a fast page: a first byte within milliseconds, phases that add up', async () => {
    const outcome = await probeTtfb(`${fixtures.origin}/fast`, { timeoutMs: 5000 });
    if (!outcome.ok) throw new Error(outcome.error);
    const { sample } = outcome;
    expect(sample.total).toBeGreaterThan(0);
    expect(sample.total).toBeLessThan(150);
    expect(sample.dns + sample.connect + sample.tls + sample.wait).toBeCloseTo(sample.total, 0);
    expect(sample).toMatchObject({ redirects: 0, tls: expect.any(Number) });
    expect(outcome.answer).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
  });

  test('a slow first byte: the server’s wait is in the figure', async () => {
    const outcome = await probeTtfb(`${fixtures.origin}/slow`, { timeoutMs: 5000 });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.sample.total).toBeGreaterThanOrEqual(SLOW_FIRST_BYTE_MS - 5);
    expect(outcome.sample.total).toBeLessThan(SLOW_FIRST_BYTE_MS + 400);
    expect(outcome.sample.wait).toBeGreaterThan(SLOW_FIRST_BYTE_MS - 10);
  });

  test('a redirect is followed and counted, as curl -L does', async () => {
    const outcome = await probeTtfb(`${fixtures.origin}/redirected`, { timeoutMs: 5000 });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.sample.redirects).toBe(1);
    expect(outcome.finalUrl).toBe(`${fixtures.origin}/fast`);
  });

  test('the page’s headers are sent', async () => {
    const outcome = await probeTtfb(`${fixtures.origin}/private`, { timeoutMs: 5000, headers: { [PRIVATE_HEADER]: 'probe-secret' } });
    expect(outcome.ok && outcome.answer.status).toBe(200);
  });

  test('an early hint is read past, to the real answer', async () => {
    const url = await rawServer('HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>ok');
    const outcome = await probeTtfb(url, { timeoutMs: 5000 });
    expect(outcome.ok && outcome.answer.status).toBe(200);
  });

  test.skipIf(skipWithout(hasOpenssl, 'openssl (apt-get install openssl)'))('TLS: a certificate this machine does not trust is an error that says why', async () => {
    const outcome = await probeTtfb(`${tlsOrigin}/`, { timeoutMs: 5000 });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/^TLS error with 127.0.0.1:\d+: its certificate is self-signed \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/) });
  });

  test.skipIf(skipWithout(signed !== undefined, 'openssl (apt-get install openssl)'))('TLS: a certificate from a CA the user trusts (NODE_EXTRA_CA_CERTS) is measured, its handshake timed', async () => {
    // The server answers the client's hello only after HANDSHAKE_DELAY_MS (it picks its certificate late, by the name the client asks for).
    const context = createSecureContext({ key: signed!.key, cert: signed!.cert });
    const https = await startFixtureServer({}, { tls: { key: signed!.key, cert: signed!.cert, SNICallback: (_, done) => void setTimeout(() => done(null, context), HANDSHAKE_DELAY_MS) } });
    const url = `${https.origin.replace('127.0.0.1', 'localhost')}/fast`; // a name, so the client sends it (SNI)
    try {
      // Without the CA this process refuses the certificate: the trust comes from the CA given, not from checks turned off.
      const untrusted = await probeTtfb(url, { timeoutMs: 5000 });
      expect(untrusted).toEqual({ ok: false, error: expect.stringMatching(/^TLS error with localhost:\d+: its certificate cannot be verified .*\(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)$/) });
      const outcome = await probeInChild(url, { NODE_EXTRA_CA_CERTS: signed!.caPath });
      if (!outcome.ok) throw new Error(outcome.error);
      expect(outcome.answer).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
      const { dns, connect, tls, wait, total } = outcome.sample;
      // The handshake is in the TLS phase, not in the wait for the first byte.
      expect(tls).toBeGreaterThanOrEqual(HANDSHAKE_DELAY_MS - 5);
      expect(wait).toBeLessThan(HANDSHAKE_DELAY_MS);
      expect(dns + connect + tls + wait).toBeCloseTo(total, 0);
      expect(https.requests.filter((request) => request.path === '/fast')).toHaveLength(1); // the refused handshake sent no request
    } finally {
      await https.close();
    }
  });
});

describe('probeTtfb says what went wrong', () => {
  test.each<[string, () => string, number, RegExp]>([
    ['a refused connection', () => fixtures.refusedUrl, 5000, /^connection refused by 127.0.0.1:\d+: nothing listens there/],
    ['a page that hangs', () => `${fixtures.origin}/hang`, 400, /^no answer within 0.4 s \(--timeout 0.4\)/],
    ['a redirect loop', () => `${fixtures.origin}/loop`, 5000, /^redirect loop: http:\/\/127.0.0.1:\d+\/loop → http:\/\/127.0.0.1:\d+\/loop-again → http:\/\/127.0.0.1:\d+\/loop$/],
    ['a name that cannot resolve', () => 'http://no-such-host.invalid/', 5000, /^could not resolve no-such-host.invalid/],
    ['plain HTTP behind an https URL', () => fixtures.origin.replace('http:', 'https:') + '/fast', 5000, /did not answer in TLS/],
  ])('%s', async (_, url, timeoutMs, message) => {
    const outcome = await probeTtfb(url(), { timeoutMs });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(message);
  });

  test.each<[string, string, RegExp]>([
    ['something that is not HTTP', 'SSH-2.0-OpenSSH_9.2\r\n\r\n', /did not answer HTTP \(first line: "SSH-2.0-OpenSSH_9.2"\)/],
    ['a connection closed before the headers end', 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n', /closed before a complete answer came/],
    ['headers that never end', `HTTP/1.1 200 OK\r\n${'X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n'.repeat(1200)}`, /exceed 64 KB/],
  ])('%s', async (_, answer, message) => {
    const outcome = await probeTtfb(await rawServer(answer), { timeoutMs: 5000 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(message);
  });

});

describe('probeTtfb keeps the page’s headers to its own origin', () => {
  // A second server on another port is another origin, as another host would be.
  let elsewhere: FixtureServer;
  beforeAll(async () => {
    elsewhere = await startFixtureServer();
  });
  afterAll(() => elsewhere.close());
  const secret = { Authorization: 'Bearer origin-only-secret', [PRIVATE_HEADER]: 'probe-secret' };

  test('a redirect to another origin is followed without the headers, which the page’s own origin did get', async () => {
    const before = fixtures.requests.length;
    const outcome = await probeTtfb(`${fixtures.origin}/away?to=${encodeURIComponent(`${elsewhere.origin}/fast`)}`, { timeoutMs: 5000, headers: secret });
    expect(outcome.ok && outcome.finalUrl).toBe(`${elsewhere.origin}/fast`);
    const own = fixtures.requests.slice(before).find((request) => request.path === '/away');
    expect(own?.headers.authorization).toBe('Bearer origin-only-secret');
    const away = elsewhere.requests.find((request) => request.path === '/fast');
    expect(away).toBeDefined();
    expect(JSON.stringify(away!.headers)).not.toContain('origin-only-secret');
    expect(JSON.stringify(away!.headers)).not.toContain('probe-secret');
  });

  test('a redirect that comes back to the page’s origin carries the headers again', async () => {
    const back = `${fixtures.origin}/private`;
    const outcome = await probeTtfb(`${fixtures.origin}/away?to=${encodeURIComponent(`${elsewhere.origin}/away?to=${encodeURIComponent(back)}`)}`, { timeoutMs: 5000, headers: secret });
    expect(outcome.ok && outcome.answer.status).toBe(200);
  });

  test('a Location that is not a URL is this page’s error, not a crash', async () => {
    const outcome = await probeTtfb(`${fixtures.origin}/bad-location`, { timeoutMs: 5000 });
    expect(outcome).toEqual({ ok: false, error: 'the page redirects to "http://[", which is not a valid URL' });
  });

  test('a header value that was sent never appears in an error', async () => {
    // The header reached the server (the redirect proves the request went out), then the chain failed.
    const outcome = await probeTtfb(`${fixtures.origin}/away?to=${encodeURIComponent(fixtures.refusedUrl)}`, { timeoutMs: 5000, headers: secret });
    expect(outcome.ok).toBe(false);
    expect(fixtures.requests.at(-1)?.headers.authorization).toBe('Bearer origin-only-secret');
    expect(JSON.stringify(outcome)).not.toContain('origin-only-secret');
  });
});
