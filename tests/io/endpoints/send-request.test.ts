import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepareRequest, type EndpointRequest } from '../../../src/io/endpoints/endpoint-request.ts';
import { keepAlivePool, sendRequest } from '../../../src/io/endpoints/send-request.ts';
import { refusingPort, startEndpointServer, type Behaviour, type EndpointServer } from '../../fixtures/endpoint-server.ts';

/** Paths the fixture answers differently. */
const BEHAVIOURS: Record<string, Behaviour> = {
  '/ok': { kind: 'answer', status: 200 },
  '/missing': { kind: 'answer', status: 404 },
  '/elsewhere': { kind: 'answer', status: 302, headers: { location: 'http://127.0.0.2:1/steal' } },
  '/reset': { kind: 'reset' },
  '/hang': { kind: 'hang' },
};

let server: EndpointServer;
beforeAll(async () => {
  server = await startEndpointServer((n) => BEHAVIOURS[server.received[n]?.url ?? ''] ?? { kind: 'answer', status: 500 });
});
afterAll(() => server.close());

/** Sends one request to a path of the fixture and returns its outcome. */
async function send(path: string, extra: Partial<EndpointRequest> = {}) {
  const prepared = prepareRequest({ url: new URL(path, server.url).href, timeoutMs: 300, ...extra });
  const pool = keepAlivePool(prepared, 1);
  try {
    return await sendRequest(pool).ended;
  } finally {
    pool.destroy();
  }
}

describe('sendRequest', () => {
  test.each([
    // A plain answer.
    { path: '/ok', expected: { kind: 'answer', status: 200 } },
    // A 404 is an answer; judging it is the caller's affair.
    { path: '/missing', expected: { kind: 'answer', status: 404 } },
    // A redirect is a status, never followed (so no header reaches another origin).
    { path: '/elsewhere', expected: { kind: 'answer', status: 302 } },
    // The server destroys the socket before answering.
    { path: '/reset', expected: { kind: 'network', code: 'ECONNRESET' } },
    // No answer within the 300 ms timeout.
    { path: '/hang', expected: { kind: 'timeout' } },
  ])('$path ends as $expected.kind', async ({ path, expected }) => {
    expect(await send(path)).toMatchObject(expected);
  });

  test('a 302 to another origin is not followed', async () => {
    const before = server.received.length;
    await send('/elsewhere', { headers: { authorization: 'Bearer secret' } });
    expect(server.received.length).toBe(before + 1);
  });

  test('sends the method, headers and body it was given', async () => {
    await send('/ok', { method: 'post', headers: { Authorization: 'Bearer secret' }, body: '{"a":1}' });
    const last = server.received.at(-1);
    expect(last).toMatchObject({ method: 'POST', url: '/ok', body: '{"a":1}' });
    expect(last?.headers).toMatchObject({ authorization: 'Bearer secret', 'content-length': '7', 'user-agent': 'perf-handbook-endpoints' });
  });

  test('a refused port ends as ECONNREFUSED', async () => {
    const port = await refusingPort();
    const prepared = prepareRequest({ url: `http://127.0.0.1:${port}/`, timeoutMs: 1000 });
    const pool = keepAlivePool(prepared, 1);
    expect(await sendRequest(pool).ended).toMatchObject({ kind: 'network', code: 'ECONNREFUSED' });
    pool.destroy();
  });

  test('abort ends a hanging request at once', async () => {
    const prepared = prepareRequest({ url: new URL('/hang', server.url).href, timeoutMs: 10_000 });
    const pool = keepAlivePool(prepared, 1);
    const sent = sendRequest(pool);
    setTimeout(sent.abort, 50);
    const started = performance.now();
    expect(await sent.ended).toMatchObject({ kind: 'aborted' });
    // Far below the 10 s timeout: the abort, not the timer, ended it.
    expect(performance.now() - started).toBeLessThan(2000);
    pool.destroy();
  });
});

describe('prepareRequest', () => {
  test.each([
    // Each bad field is named with the value found.
    { request: { url: 'not a url', timeoutMs: 100 }, problem: /"not a url" is not an absolute URL/ },
    { request: { url: 'ftp://127.0.0.1/', timeoutMs: 100 }, problem: /uses ftp:/ },
    { request: { url: 'http://127.0.0.1/', method: 'GE T', timeoutMs: 100 }, problem: /"GE T" is not an HTTP method/ },
    { request: { url: 'http://127.0.0.1/', timeoutMs: 0 }, problem: /timeout .*found 0/ },
    { request: { url: 'http://127.0.0.1/', timeoutMs: 100, expectedStatus: [] }, problem: /empty list/ },
    // A header that would split the request is refused, and its value (a credential, perhaps) not repeated.
    { request: { url: 'http://127.0.0.1/', timeoutMs: 100, headers: { authorization: 'Bearer a\r\nX-Evil: 1' } }, problem: /^the request header "authorization" has a name or value HTTP cannot carry[^B]*$/ },
  ])('rejects $request', ({ request, problem }) => {
    expect(() => prepareRequest(request)).toThrow(problem);
  });

  test.each([
    // Default: any 2xx.
    { expectedStatus: undefined, yes: [200, 204, 299], no: [199, 301, 404, 500] },
    // One status.
    { expectedStatus: 201, yes: [201], no: [200] },
    // A list, a 3xx included.
    { expectedStatus: [200, 304], yes: [200, 304], no: [302] },
  ])('expected $expectedStatus', ({ expectedStatus, yes, no }) => {
    const { isExpected } = prepareRequest({ url: 'http://127.0.0.1/', timeoutMs: 100, expectedStatus });
    for (const status of yes) expect(isExpected(status)).toBe(true);
    for (const status of no) expect(isExpected(status)).toBe(false);
  });
});
