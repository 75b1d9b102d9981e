import { describe, expect, test } from 'vitest';
import { prepareRequest, type EndpointRequest } from '../../../src/io/endpoints/endpoint-request.ts';
import { requestBytes } from '../../../src/io/endpoints/request-bytes.ts';

/** The bytes of a request, as text with its line breaks written out. */
const wire = (request: EndpointRequest) => requestBytes(prepareRequest(request)).toString('latin1');

describe('requestBytes', () => {
  test.each<{ request: EndpointRequest; bytes: string }>([
    // A GET: the path and query (never the fragment), Host with the port the URL names, keep-alive, no length.
    {
      request: { url: 'http://127.0.0.1:8080/search?q=a%20b#top', timeoutMs: 1 },
      bytes: 'GET /search?q=a%20b HTTP/1.1\r\nhost: 127.0.0.1:8080\r\nconnection: keep-alive\r\nuser-agent: perf-handbook-endpoints\r\n\r\n',
    },
    // The default port is left out of Host; a bare origin asks for "/".
    { request: { url: 'https://api.perf.test', timeoutMs: 1 }, bytes: 'GET / HTTP/1.1\r\nhost: api.perf.test\r\nconnection: keep-alive\r\nuser-agent: perf-handbook-endpoints\r\n\r\n' },
    // An IPv6 address keeps its brackets in Host.
    { request: { url: 'http://[::1]:9000/', timeoutMs: 1 }, bytes: 'GET / HTTP/1.1\r\nhost: [::1]:9000\r\nconnection: keep-alive\r\nuser-agent: perf-handbook-endpoints\r\n\r\n' },
    // A body follows its Content-Length; the caller's headers come as given (names in lower case).
    {
      request: { url: 'http://127.0.0.1/v1', method: 'post', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body: '{"a":1}', timeoutMs: 1 },
      bytes: 'POST /v1 HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: keep-alive\r\nuser-agent: perf-handbook-endpoints\r\nauthorization: Bearer t\r\ncontent-type: application/json\r\ncontent-length: 7\r\n\r\n{"a":1}',
    },
    // A POST without a body says so with a zero length, as Node's client does; a DELETE says nothing.
    { request: { url: 'http://127.0.0.1/', method: 'POST', timeoutMs: 1 }, bytes: 'POST / HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: keep-alive\r\nuser-agent: perf-handbook-endpoints\r\ncontent-length: 0\r\n\r\n' },
    { request: { url: 'http://127.0.0.1/', method: 'DELETE', timeoutMs: 1 }, bytes: 'DELETE / HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: keep-alive\r\nuser-agent: perf-handbook-endpoints\r\n\r\n' },
    // A Host, Connection or User-Agent the caller set replaces the default.
    {
      request: { url: 'http://127.0.0.1/', headers: { Host: 'api.perf.test', Connection: 'close', 'User-Agent': 'mine' }, timeoutMs: 1 },
      bytes: 'GET / HTTP/1.1\r\nuser-agent: mine\r\nhost: api.perf.test\r\nconnection: close\r\n\r\n',
    },
  ])('%#: $request.url', ({ request, bytes }) => {
    expect(wire(request)).toBe(bytes);
  });

  test('a binary body is sent byte for byte', () => {
    const body = Uint8Array.from([0, 255, 13, 10]);
    const bytes = requestBytes(prepareRequest({ url: 'http://127.0.0.1/', method: 'PUT', body, timeoutMs: 1 }));
    expect([...bytes.subarray(-4)]).toEqual([0, 255, 13, 10]);
    expect(bytes.toString('latin1')).toContain('content-length: 4\r\n\r\n');
  });
});
