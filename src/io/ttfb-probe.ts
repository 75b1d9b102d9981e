import { lookup } from 'node:dns/promises';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { connect as tlsConnect } from 'node:tls';
import type { TtfbSample } from '../lib/page-measurement.ts';
import { networkErrorText, redirectProblem, timeoutText, type AnswerFacts } from '../lib/probe-problem.ts';

/** The most header bytes read from an answer; real pages send a few kilobytes. */
const MAX_HEADER_BYTES = 64 * 1024;
/** Statuses that send the client elsewhere with a Location header. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Sent as User-Agent so a server's logs show who is measuring. */
const USER_AGENT = 'perf-handbook-verify-web-vitals';

/** What a probe asks for. */
export interface ProbeOptions {
  /** Extra request headers (a page behind a login); their values are never part of an error. */
  headers?: Readonly<Record<string, string>>;
  /** The whole sample, redirects included, must finish within this many milliseconds. */
  timeoutMs: number;
}

/** A finished sample: its timings and the final answer; or why there is no answer. */
export type ProbeOutcome = { ok: true; sample: TtfbSample; answer: AnswerFacts; finalUrl: string } | { ok: false; error: string };

/** A failure already worded for a reader. */
class ProbeError extends Error {}

/** The status line and headers of an answer. */
interface Head {
  status: number;
  statusText: string;
  headers: Map<string, string>;
}

/** Phases of one request, in milliseconds. */
interface HopTimes {
  dns: number;
  connect: number;
  tls: number;
  wait: number;
  firstByte: number;
}

/** Parses a header block (status line and fields). */
function parseHead(text: string): Head {
  const [statusLine = '', ...fields] = text.split('\r\n');
  const match = /^HTTP\/\d(?:\.\d)? (\d{3})(?: (.*))?$/.exec(statusLine);
  if (!match) throw new ProbeError(`the server did not answer HTTP (first line: ${JSON.stringify(statusLine.slice(0, 60))})`);
  const headers = new Map<string, string>();
  for (const field of fields) {
    const colon = field.indexOf(':');
    if (colon > 0) headers.set(field.slice(0, colon).trim().toLowerCase(), field.slice(colon + 1).trim());
  }
  return { status: Number(match[1]), statusText: match[2] ?? '', headers };
}

/** Opens a TCP connection to the first address that accepts it. */
function openSocket(addresses: Array<{ address: string; family: number }>, port: number, host: string, track: (socket: Socket) => void): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const attempt = (index: number, lastError?: NodeJS.ErrnoException) => {
      const next = addresses[index];
      if (next === undefined) return reject(new ProbeError(networkErrorText(lastError ?? { message: 'no address' }, host, port)));
      const socket = netConnect({ host: next.address, port, family: next.family });
      track(socket);
      socket.once('connect', () => {
        socket.removeAllListeners('error');
        resolve(socket);
      });
      socket.once('error', (error: NodeJS.ErrnoException) => {
        socket.destroy();
        attempt(index + 1, error);
      });
    };
    attempt(0);
  });
}

/** Wraps a connected socket in TLS and waits for the handshake. */
function startTls(socket: Socket, host: string, port: number, track: (socket: Socket) => void): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const secure = tlsConnect({ socket, servername: isIP(host) ? undefined : host, ALPNProtocols: ['http/1.1'] });
    track(secure);
    secure.once('secureConnect', () => {
      secure.removeAllListeners('error');
      resolve(secure);
    });
    secure.once('error', (error: NodeJS.ErrnoException) => reject(new ProbeError(networkErrorText(error, host, port))));
  });
}

/** Sends the request and resolves at the end of the first final (non-1xx) header block, noting when the first byte came. */
function readHead(socket: Socket, request: string, host: string, port: number): Promise<{ head: Head; firstByte: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let firstByte = 0;
    const sent = performance.now();
    socket.on('data', (chunk: Buffer) => {
      if (firstByte === 0) firstByte = performance.now();
      buffer += chunk.toString('latin1');
      for (let end = buffer.indexOf('\r\n\r\n'); end !== -1; end = buffer.indexOf('\r\n\r\n')) {
        try {
          const head = parseHead(buffer.slice(0, end));
          buffer = buffer.slice(end + 4);
          // 100 Continue and 103 Early Hints come before the real answer: keep reading.
          if (head.status >= 200 || head.status === 101) return resolve({ head, firstByte, sent });
        } catch (error) {
          return reject(error);
        }
      }
      if (buffer.length > MAX_HEADER_BYTES) reject(new ProbeError(`the answer's headers from ${host}:${port} exceed ${MAX_HEADER_BYTES / 1024} KB`));
    });
    socket.once('error', (error: NodeJS.ErrnoException) => reject(new ProbeError(networkErrorText(error, host, port))));
    socket.once('end', () => reject(new ProbeError(`the connection to ${host}:${port} was closed before a complete answer came`)));
    socket.write(request);
  });
}

/** The request text: GET, the page's headers (which may replace the defaults), Connection: close. */
function requestText(url: URL, headers: Readonly<Record<string, string>>): string {
  const defaults: Record<string, string> = {
    Host: url.host,
    'User-Agent': USER_AGENT,
    Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  };
  const given = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const all = { ...Object.fromEntries(Object.entries(defaults).filter(([name]) => !given.has(name.toLowerCase()))), ...headers, Connection: 'close' };
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}`);
  return `GET ${url.pathname}${url.search} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** One request on a fresh connection: DNS, connect, TLS, request, first byte; the socket is closed after the headers. */
async function requestOnce(url: URL, headers: Readonly<Record<string, string>>, track: (socket: Socket) => void): Promise<{ head: Head; times: HopTimes }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const request = requestText(url, headers); // prepared before the clock starts, as curl's is
  const start = performance.now();
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true });
    } catch (error) {
      throw new ProbeError(networkErrorText(error as NodeJS.ErrnoException, host, port));
    }
  }
  const resolved = performance.now();
  let socket = await openSocket(addresses, port, host, track);
  const connected = performance.now();
  if (url.protocol === 'https:') socket = await startTls(socket, host, port, track);
  const secured = performance.now();
  try {
    const { head, firstByte } = await readHead(socket, request, host, port);
    return { head, times: { dns: resolved - start, connect: connected - resolved, tls: secured - connected, wait: firstByte - secured, firstByte: firstByte - start } };
  } finally {
    socket.destroy();
  }
}

/**
 * Measures one page's time to first byte the way curl's `time_starttransfer` does with `-L`: a new
 * connection for each request, DNS, TCP connect, TLS handshake, the request, until the first byte
 * of the answer; redirects are followed and their times added. Loops, too many redirects, network
 * and TLS errors and the time limit end the sample with a sentence saying what happened.
 */
export async function probeTtfb(pageUrl: string, options: ProbeOptions): Promise<ProbeOutcome> {
  const sockets = new Set<Socket>();
  // Every socket gets a listener of last resort: an error after the sample ended must not crash the run.
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeError(timeoutText(options.timeoutMs / 1000))), options.timeoutMs);
  });
  const follow = async (): Promise<ProbeOutcome> => {
    const chain: string[] = [];
    const sum = { total: 0, dns: 0, connect: 0, tls: 0, wait: 0 };
    let url = new URL(pageUrl);
    const home = url.origin;
    for (;;) {
      chain.push(url.href);
      // Configured headers go to the page's own origin only (scheme, host and port), as curl drops credentials on a redirect to another host: never to another site, never over http after https.
      const { head, times } = await requestOnce(url, url.origin === home ? (options.headers ?? {}) : {}, track);
      sum.total += times.firstByte;
      sum.dns += times.dns;
      sum.connect += times.connect;
      sum.tls += times.tls;
      sum.wait += times.wait;
      const location = head.headers.get('location');
      if (REDIRECTS.has(head.status) && location) {
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new ProbeError(`the page redirects to ${JSON.stringify(location.slice(0, 200))}, which is not a valid URL`);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new ProbeError(`the page redirects to ${next.protocol} URL ${next.href}, which is not a web page`);
        const problem = redirectProblem(chain, next.href);
        if (problem !== undefined) throw new ProbeError(problem);
        url = next;
        continue;
      }
      const answer: AnswerFacts = { status: head.status, statusText: head.statusText, contentType: head.headers.get('content-type'), location };
      return { ok: true, sample: { ...sum, redirects: chain.length - 1 }, answer, finalUrl: url.href };
    }
  };
  const running = follow();
  running.catch(() => {}); // settled by the race below; a late failure after the deadline is no news
  try {
    return await Promise.race([running, deadline]);
  } catch (error) {
    if (error instanceof ProbeError) return { ok: false, error: error.message };
    throw error;
  } finally {
    clearTimeout(timer);
    for (const socket of sockets) socket.destroy();
  }
}
