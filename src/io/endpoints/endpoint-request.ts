import { validateHeaderName, validateHeaderValue } from 'node:http';
import { isExpectedStatus, type StatusRange } from '../../lib/endpoints/expected-status.ts';

/** One endpoint to load, as a caller states it. */
export interface EndpointRequest {
  /** HTTP method; default GET. */
  method?: string;
  /** Absolute http: or https: URL. */
  url: string;
  /** Request headers, sent to this URL's origin only (redirects are never followed). */
  headers?: Readonly<Record<string, string>>;
  /** Request body, sent as is with its Content-Length. */
  body?: string | Uint8Array;
  /** Statuses that count as success, as codes or ranges; default any 2xx. A 3xx is a status like any other. */
  expectedStatus?: number | ReadonlyArray<number | StatusRange>;
  /** Milliseconds from the send to the end of the answer's body before the request counts as timed out. */
  timeoutMs: number;
}

/** The request checked and made ready to send many times. */
export interface PreparedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer | undefined;
  timeoutMs: number;
  /** Whether a status counts as success. */
  isExpected: (status: number) => boolean;
}

/** Sent as User-Agent unless the caller sets one, so a server's logs show who is measuring. */
const USER_AGENT = 'perf-handbook-endpoints';
/** Method tokens as RFC 9110 §9.1 allows them. */
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Checks a request and makes it ready to send; throws a sentence naming the field and the value found. */
export function prepareRequest(request: EndpointRequest): PreparedRequest {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new TypeError(`the endpoint URL ${JSON.stringify(request.url)} is not an absolute URL; write it as http://host/path or https://host/path`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`the endpoint URL ${JSON.stringify(request.url)} uses ${url.protocol}; only http: and https: can be loaded`);
  const method = (request.method ?? 'GET').toUpperCase();
  if (!METHOD.test(method)) throw new TypeError(`the method ${JSON.stringify(request.method)} is not an HTTP method token; use GET, POST, PUT …`);
  if (!Number.isFinite(request.timeoutMs) || request.timeoutMs <= 0) throw new RangeError(`the timeout must be a positive number of milliseconds (found ${request.timeoutMs})`);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const headers: Record<string, string> = { 'user-agent': USER_AGENT };
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      // The value is never repeated: it may be a credential.
      throw new TypeError(`the request header ${JSON.stringify(name)} has a name or value HTTP cannot carry (a line break or a control character?); correct it`);
    }
    headers[name.toLowerCase()] = value;
  }
  if (body !== undefined) headers['content-length'] = String(body.length);
  return { method, url, headers, body, timeoutMs: request.timeoutMs, isExpected: expectedStatus(request.expectedStatus) };
}

/** The success test for the statuses a caller expects. */
function expectedStatus(expected: EndpointRequest['expectedStatus']): (status: number) => boolean {
  if (expected === undefined) return (status) => status >= 200 && status < 300;
  const ranges = (typeof expected === 'number' ? [expected] : expected).map((entry) => (typeof entry === 'number' ? { from: entry, to: entry } : entry));
  if (ranges.length === 0) throw new RangeError('the expected statuses are an empty list; name at least one status or leave it out for any 2xx');
  return (status) => isExpectedStatus(status, ranges);
}
