import type { PreparedRequest } from './endpoint-request.ts';

/** Methods Node's client sends without a Content-Length when there is no body (OutgoingMessage's useChunkedEncodingByDefault). */
const NO_LENGTH_WITHOUT_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

/**
 * The whole HTTP/1.1 request as the bytes to write, made once and written for every send: the
 * request line (path and query, never the fragment), Host, Connection: keep-alive, the prepared
 * headers, and the body after its Content-Length. A Host or Connection the caller set is kept.
 */
export function requestBytes(prepared: PreparedRequest): Buffer {
  const { url, headers, body } = prepared;
  let head = `${prepared.method} ${url.pathname}${url.search} HTTP/1.1\r\n`;
  if (headers.host === undefined) head += `host: ${url.host}\r\n`;
  if (headers.connection === undefined) head += 'connection: keep-alive\r\n';
  for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
  if (body === undefined && headers['content-length'] === undefined && !NO_LENGTH_WITHOUT_BODY.has(prepared.method)) head += 'content-length: 0\r\n';
  // Header values were checked by prepareRequest; latin1 is how Node writes them.
  const headBytes = Buffer.from(`${head}\r\n`, 'latin1');
  return body === undefined || body.length === 0 ? headBytes : Buffer.concat([headBytes, body]);
}
