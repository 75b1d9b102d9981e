import { afterEach, describe, expect, test } from 'vitest';
import { ConnectionPool } from '../../../src/io/endpoints/connection-pool.ts';
import { prepareRequest } from '../../../src/io/endpoints/endpoint-request.ts';
import type { RequestOutcome } from '../../../src/io/endpoints/request-outcome.ts';
import { startRawHttpServer, type RawHttpServer } from './raw-http-server.ts';

const servers: RawHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Starts a raw server that answers each request as `answer` says (n counts from 0). */
async function serve(answer: Parameters<typeof startRawHttpServer>[0]): Promise<RawHttpServer> {
  const server = await startRawHttpServer(answer);
  servers.push(server);
  return server;
}

const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';

/** A pool for the server's URL. */
const poolFor = (server: RawHttpServer, maxConnections: number, timeoutMs = 2000) => new ConnectionPool(prepareRequest({ url: server.url, timeoutMs }), maxConnections);

/** Sends one request on the pool; its outcome. */
const send = (pool: ConnectionPool) => new Promise<RequestOutcome>((resolve) => pool.send(resolve));

describe('ConnectionPool', () => {
  test('reuses one connection for requests sent one after the other', async () => {
    const server = await serve((_, socket) => socket.write(OK));
    const pool = poolFor(server, 4);
    for (let i = 0; i < 5; i++) expect(await send(pool)).toMatchObject({ kind: 'answer', status: 200 });
    expect(server.connections()).toBe(1);
    expect(pool.openConnections).toBe(1);
    pool.destroy();
  });

  test('never opens more than its ceiling, and a send beyond it is refused as a bug', async () => {
    // Each answer waits 50 ms, so the three requests overlap.
    const server = await serve((_, socket) => setTimeout(() => socket.write(OK), 50));
    const pool = poolFor(server, 3);
    const ended = [send(pool), send(pool), send(pool)];
    expect(pool.openConnections).toBe(3);
    expect(() => pool.send(() => {})).toThrow(/all 3 connections carry a request/);
    expect(await Promise.all(ended)).toMatchObject([{ kind: 'answer' }, { kind: 'answer' }, { kind: 'answer' }]);
    // Once they have ended, the next three find the same connections idle.
    await Promise.all([send(pool), send(pool), send(pool)]);
    expect(server.connections()).toBe(3);
    pool.destroy();
  });

  test('a server that closes after each answer, saying nothing: every request is answered, each on a new connection', async () => {
    const server = await serve((_, socket) => socket.end(OK));
    const pool = poolFor(server, 1);
    for (let i = 0; i < 5; i++) {
      expect(await send(pool)).toMatchObject({ kind: 'answer', status: 200 });
      // Give the close time to arrive, as it does between two sends of a schedule.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(server.connections()).toBe(5);
    pool.destroy();
  });

  test('a request that times out closes its connection, and the next one gets a new connection', async () => {
    // The first request hangs; the others are answered at once.
    const server = await serve((n, socket) => n > 0 && socket.write(OK));
    const pool = poolFor(server, 1, 200);
    const started = performance.now();
    const timedOut = await send(pool);
    expect(timedOut.kind).toBe('timeout');
    // Counted from the send: not before 200 ms (less 1 ms of timer rounding), and not long after.
    expect(timedOut.endedAt - started).toBeGreaterThanOrEqual(199);
    expect(timedOut.endedAt - started).toBeLessThan(1000);
    expect(await send(pool)).toMatchObject({ kind: 'answer', status: 200 });
    expect(server.connections()).toBe(2);
    await expect.poll(() => server.openConnections(), { timeout: 2000, interval: 20 }).toBe(1);
    pool.destroy();
  });

  test('the timeout counts from each send, not from the first on the connection', async () => {
    // Each answer comes 600 ms after its request, well under the 1 s timeout: three in a row are answers
    // (a timer counted from the first send would end the second 400 ms after it went out).
    const server = await serve((_, socket) => setTimeout(() => socket.write(OK), 600));
    const pool = poolFor(server, 1, 1000);
    for (let i = 0; i < 3; i++) expect(await send(pool)).toMatchObject({ kind: 'answer', status: 200 });
    expect(server.connections()).toBe(1);
    pool.destroy();
  });

  test('destroy ends what is in flight as aborted, closes every connection, and a later send is aborted at once', async () => {
    const server = await serve(() => {});
    const pool = poolFor(server, 2);
    const ended = [send(pool), send(pool)];
    await expect.poll(() => server.heads.length, { timeout: 2000, interval: 10 }).toBe(2);
    pool.destroy();
    expect(await Promise.all(ended)).toMatchObject([{ kind: 'aborted' }, { kind: 'aborted' }]);
    expect(await send(pool)).toMatchObject({ kind: 'aborted' });
    expect(pool.openConnections).toBe(0);
    await expect.poll(() => server.openConnections(), { timeout: 2000, interval: 20 }).toBe(0);
  });

  test('an abort closes only the aborted request\'s connection', async () => {
    // The first request hangs, the second is answered after 50 ms.
    const server = await serve((n, socket) => n === 1 && setTimeout(() => socket.write(OK), 50));
    const pool = poolFor(server, 2);
    let abort = () => {};
    const first = new Promise<RequestOutcome>((resolve) => (abort = pool.send(resolve)));
    await expect.poll(() => server.heads.length, { timeout: 2000, interval: 10 }).toBe(1);
    const second = send(pool);
    abort();
    expect(await first).toMatchObject({ kind: 'aborted' });
    expect(await second).toMatchObject({ kind: 'answer', status: 200 });
    // Aborting again once it has ended changes nothing.
    abort();
    expect(pool.openConnections).toBe(1);
    pool.destroy();
  });

  test.each([
    { maxConnections: 0 },
    { maxConnections: 1.5 },
  ])('rejects a ceiling of $maxConnections', ({ maxConnections }) => {
    expect(() => new ConnectionPool(prepareRequest({ url: 'http://127.0.0.1/', timeoutMs: 1 }), maxConnections)).toThrow(new RegExp(`found ${maxConnections}`));
  });
});
