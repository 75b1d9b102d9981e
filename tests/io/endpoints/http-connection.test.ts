import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { prepareRequest, type EndpointRequest } from '../../../src/io/endpoints/endpoint-request.ts';
import { keepAlivePool, sendRequest } from '../../../src/io/endpoints/send-request.ts';
import { skipWithout } from '../../fixtures/prerequisite.ts';
import { makeTestCertificate } from '../../fixtures/test-certificate.ts';
import { startRawHttpServer, writeInPieces, type RawHttpServer } from './raw-http-server.ts';

// The transport against servers that write their answers byte by byte, framed each way HTTP/1.1
// allows (and a few ways it does not), and against a TLS server with a certificate from a CA made
// for the test.

const servers: RawHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Starts a raw server that writes `pieces` for every request, then closes the connection if `end`. */
async function serve(pieces: ReadonlyArray<string | Buffer>, end = false, gapMs = 0): Promise<RawHttpServer> {
  const server = await startRawHttpServer((_, socket) => writeInPieces(socket, pieces, gapMs, () => end && socket.end()));
  servers.push(server);
  return server;
}

/** Sends `count` requests one after the other over one pool of `maxConnections`; their outcomes in order. */
async function sendInTurn(url: string, count: number, extra: Partial<EndpointRequest> = {}, maxConnections = 1) {
  const pool = keepAlivePool(prepareRequest({ url, timeoutMs: 2000, ...extra }), maxConnections);
  try {
    const outcomes = [];
    for (let i = 0; i < count; i++) outcomes.push(await sendRequest(pool).ended);
    return outcomes;
  } finally {
    pool.destroy();
  }
}

const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';

describe('reads the whole answer, however it is framed, and keeps the connection when it may', () => {
  test.each([
    // A Content-Length, all in one packet.
    { name: 'Content-Length', pieces: [OK], status: 200, connections: 1 },
    // Chunked: the head, each chunk and the last chunk in packets of their own.
    { name: 'chunked', pieces: ['HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n', '5\r\nhello\r\n', '6\r\n world\r\n', '0\r\n\r\n'], status: 201, connections: 1 },
    // Chunked with a trailer after the last chunk.
    { name: 'chunked with a trailer', pieces: ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: x-digest\r\n\r\n3\r\nabc\r\n0\r\n', 'x-digest: 1\r\n\r\n'], status: 200, connections: 1 },
    // No length: the body runs to the close, so the next request needs a new connection.
    { name: 'read to the close', pieces: ['HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n', 'all of ', 'it'], end: true, status: 200, connections: 2 },
    // Connection: close, and the server closes: the next request opens a new connection.
    { name: 'Connection: close', pieces: ['HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok'], end: true, status: 200, connections: 2 },
    // HTTP/1.0 without keep-alive closes after its answer.
    { name: 'HTTP/1.0', pieces: ['HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok'], end: true, status: 200, connections: 2 },
    // HTTP/1.0 that asks to keep the connection keeps it.
    { name: 'HTTP/1.0 keep-alive', pieces: ['HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok'], status: 200, connections: 1 },
    // An early hint is read past, to the real answer.
    { name: '103 then 200', pieces: ['HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n', OK], status: 200, connections: 1 },
    // A 204 has no body.
    { name: '204', pieces: ['HTTP/1.1 204 No Content\r\n\r\n'], status: 204, connections: 1 },
    // A 304 has no body, whatever its Content-Length says.
    { name: '304 with a Content-Length', pieces: ['HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\n\r\n'], status: 304, connections: 1 },
    // The answer to a HEAD has no body, whatever its Content-Length says.
    { name: 'HEAD', method: 'HEAD', pieces: ['HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n'], status: 200, connections: 1 },
    // A server that will close idle connections after 5 s: reused within them (Node's agent keeps 1 s of margin).
    { name: 'Keep-Alive: timeout=5', pieces: ['HTTP/1.1 200 OK\r\nKeep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\nok'], status: 200, connections: 1 },
    // After 1 s: too short to reuse safely, as Node's agent judges it.
    { name: 'Keep-Alive: timeout=1', pieces: ['HTTP/1.1 200 OK\r\nKeep-Alive: timeout=1\r\nContent-Length: 2\r\n\r\nok'], status: 200, connections: 2 },
    // A redirect is an answer like any other, never followed.
    { name: '302', pieces: ['HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:1/steal\r\nContent-Length: 0\r\n\r\n'], status: 302, connections: 1 },
  ])('$name', async ({ pieces, end, status, connections, method }) => {
    const server = await serve(pieces, end);
    const outcomes = await sendInTurn(server.url, 2, { method });
    expect(outcomes).toMatchObject([{ kind: 'answer', status }, { kind: 'answer', status }]);
    expect(server.connections()).toBe(connections);
    expect(server.heads).toHaveLength(2);
  });

  test.each([
    // Content-Length and chunked, 1 MiB each in 16 packets 20 ms apart: the end is the last byte, 300 ms after the first.
    { name: 'Content-Length', head: `HTTP/1.1 200 OK\r\nContent-Length: ${16 * 65_536}\r\n\r\n`, piece: Buffer.alloc(65_536, 'a'), last: '' },
    { name: 'chunked', head: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', piece: Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(65_536, 'a'), Buffer.from('\r\n')]), last: '0\r\n\r\n' },
  ])('a large $name body split across packets is read to its last byte', async ({ head, piece, last }) => {
    const server = await serve([head, ...Array.from({ length: 16 }, () => piece), last], false, 20);
    const started = performance.now();
    const [first, second] = await sendInTurn(server.url, 2);
    expect(first).toMatchObject({ kind: 'answer', status: 200 });
    expect(first!.endedAt - started).toBeGreaterThanOrEqual(15 * 20 - 5);
    // Nothing of the first body is left to be taken for the second answer.
    expect(second).toMatchObject({ kind: 'answer', status: 200 });
    expect(server.connections()).toBe(1);
  });
});

describe('an answer that breaks off or is not HTTP is a network error with the code Node gives it', () => {
  test.each([
    // The server closes in the middle of a sized body.
    { name: 'a body cut short', pieces: ['HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'], code: 'ECONNRESET' },
    // ... or of a chunk.
    { name: 'a chunk cut short', pieces: ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel'], code: 'ECONNRESET' },
    // ... or of the head.
    { name: 'a head cut short', pieces: ['HTTP/1.1 200 OK\r\nContent-Le'], code: 'ECONNRESET' },
    // ... or before writing anything.
    { name: 'no answer at all', pieces: [], code: 'ECONNRESET' },
    // Something else speaks on the port.
    { name: 'not HTTP', pieces: ['SSH-2.0-OpenSSH_9.6\r\n\r\n'], code: 'HPE_INVALID_CONSTANT' },
    // Two lengths that disagree: which body is meant cannot be known.
    { name: 'two Content-Lengths', pieces: ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok'], code: 'HPE_UNEXPECTED_CONTENT_LENGTH' },
  ])('$name: $code', async ({ pieces, code }) => {
    const server = await serve(pieces, true);
    const [outcome] = await sendInTurn(server.url, 1);
    expect(outcome).toMatchObject({ kind: 'network', code });
  });

  test('a connection broken mid-answer is replaced, and the next request is answered', async () => {
    // The first answer breaks off; every later one is whole.
    const server = await startRawHttpServer((n, socket) => (n === 0 ? socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc') : socket.write(OK)));
    servers.push(server);
    const outcomes = await sendInTurn(server.url, 3);
    expect(outcomes).toMatchObject([{ kind: 'network', code: 'ECONNRESET' }, { kind: 'answer', status: 200 }, { kind: 'answer', status: 200 }]);
    expect(server.connections()).toBe(2);
  });
});

describe('https', () => {
  const work = mkdtempSync(join(tmpdir(), 'http-connection-'));
  const certificate = makeTestCertificate(work);
  /** The project's Node running TypeScript through tsx, as the commands run. */
  const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
  const tlsServers: HttpsServer[] = [];
  afterAll(async () => {
    await Promise.all(tlsServers.map((server) => new Promise((resolve) => server.close(resolve))));
    rmSync(work, { recursive: true, force: true });
  });

  /**
   * An HTTPS server on `host` with the test certificate; it keeps, for each handshake that
   * completed, the name the client sent (SNI), or "" for none, and whether it resumed an earlier
   * TLS session. It closes the connection after each answer to /close.
   */
  async function tlsServer(host: string): Promise<{ origin: string; names: string[]; resumed: boolean[] }> {
    const names: string[] = [];
    const resumed: boolean[] = [];
    const server = createHttpsServer(
      { key: certificate!.key, cert: certificate!.cert },
      (request, response) => {
        if (request.url === '/close') response.setHeader('connection', 'close');
        response.end('ok');
      },
    );
    // Each handshake that completed: the name the client sent (false for none) and whether it resumed a session.
    server.on('secureConnection', (socket) => {
      names.push((socket as { servername?: string | false }).servername || '');
      resumed.push(socket.isSessionReused());
    });
    tlsServers.push(server);
    await new Promise<void>((resolve) => server.listen(0, host, resolve));
    return { origin: `https://${host}:${(server.address() as AddressInfo).port}`, names, resumed };
  }

  /** Sends `times` requests in turn to each URL, over a pool of its own, in a Node of its own with `env` added (NODE_EXTRA_CA_CERTS is read when Node starts); the outcomes. */
  async function sendInChild(sends: Array<{ url: string; times: number }>, env: NodeJS.ProcessEnv): Promise<unknown[]> {
    const script = `
      import { prepareRequest } from './src/io/endpoints/endpoint-request.ts';
      import { keepAlivePool, sendRequest } from './src/io/endpoints/send-request.ts';
      const outcomes = [];
      for (const { url, times } of ${JSON.stringify(sends)}) {
        const pool = keepAlivePool(prepareRequest({ url, timeoutMs: 5000 }), 1);
        for (let i = 0; i < times; i++) outcomes.push(await sendRequest(pool).ended);
        pool.destroy();
      }
      process.stdout.write(JSON.stringify(outcomes));`;
    const { stdout } = await promisify(execFile)(NODE, ['--import', 'tsx', '--input-type=module', '--eval', script], { env: { ...process.env, ...env }, timeout: 60_000 });
    return JSON.parse(stdout) as unknown[];
  }

  test.skipIf(skipWithout(certificate !== undefined, 'openssl (apt-get install openssl)'))('checks the certificate as Node does, trusts NODE_EXTRA_CA_CERTS, names the host for SNI, and resumes its TLS session on a new connection', async () => {
    const server = await tlsServer('127.0.0.1');
    // A second server on another loopback address, whose certificate does not name that address.
    const elsewhere = await tlsServer('127.0.0.2');
    const byName = `${server.origin.replace('127.0.0.1', 'localhost')}/`;
    const byAddress = `${server.origin}/`;
    // Here the test CA is not trusted: the certificate is refused, not taken unchecked.
    const [untrusted] = await sendInTurn(byName, 1);
    expect(untrusted).toMatchObject({ kind: 'network', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    // With the CA trusted the way a user trusts it, both names of the certificate are answered, and the wrong address is refused.
    const sends = [
      { url: byName, times: 1 },
      { url: byAddress, times: 1 },
      { url: `${elsewhere.origin}/`, times: 1 },
      // The server closes after each answer: the second connection resumes the first one's session.
      { url: `${byName}close`, times: 2 },
    ];
    const outcomes = await sendInChild(sends, { NODE_EXTRA_CA_CERTS: certificate!.caPath });
    expect(outcomes).toMatchObject([
      { kind: 'answer', status: 200 },
      { kind: 'answer', status: 200 },
      { kind: 'network', code: 'ERR_TLS_CERT_ALTNAME_INVALID' },
      { kind: 'answer', status: 200 },
      { kind: 'answer', status: 200 },
    ]);
    // The refused handshakes never completed. SNI carries a host name, never an address (RFC 6066 §3).
    expect(server.names).toEqual(['localhost', '', 'localhost', 'localhost']);
    // Only the connection that followed a closed one resumed its session.
    expect(server.resumed).toEqual([false, false, false, true]);
  });
});
