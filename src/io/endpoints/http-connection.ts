import { HTTPParser } from 'http-parser-js';
import { connect as netConnect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { connect as tlsConnect } from 'node:tls';
import type { RequestOutcome } from './request-outcome.ts';

/** Where a connection goes and the one request it carries, serialised once. */
export interface ConnectionTarget {
  /** TLS (https:) or plain TCP (http:). */
  secure: boolean;
  /** Host name or IP address to connect to (an IPv6 address without its brackets). */
  host: string;
  port: number;
  /** The name sent for SNI and checked against the certificate; undefined for an IP address (the address is checked). */
  servername: string | undefined;
  /** The whole request, written as is for every send. */
  bytes: Buffer;
  /** The latest TLS session a server gave, offered by the next connection to resume (as Node's https agent does). */
  tlsSession: Buffer | undefined;
  /** The request is a HEAD: its answer has no body, whatever its Content-Length says. */
  head: boolean;
  /** Milliseconds from the send to the end of the answer before the request times out. */
  timeoutMs: number;
}

/** What a connection tells its pool. */
export interface ConnectionOwner {
  /** The connection has finished an answer and may carry the next request. */
  idle: (connection: HttpConnection) => void;
  /** The connection is closed for good, once, whatever closed it. */
  retired: (connection: HttpConnection) => void;
}

/** Ends a request: called once, after the connection was handed back or closed. */
export type OnEnd = (outcome: RequestOutcome) => void;

/** How long before the idle timeout a server announces (Keep-Alive: timeout=N) a connection stops being reused: Node's agent lets a socket go 1 s early (Agent.keepSocketAlive). */
const KEEP_ALIVE_HINT_MARGIN_MS = 1000;
/** The code of a parse error the parser gives no code for (a bad chunk line, say). */
const UNCODED_PARSE_ERROR = 'HPE_INVALID_RESPONSE';
/** The code Node's parser gives a head past its size limit, which http-parser-js reports without one. */
const HEAD_TOO_LARGE = 'HPE_HEADER_OVERFLOW';
/** What the head callback tells the parser: read the body the head announces, or none. */
const READ_BODY = 0;
const SKIP_BODY = 1;
/** The code of an answer cut short, as Node's client reports it ("socket hang up", or "aborted" mid-body). */
const CUT_SHORT = 'ECONNRESET';

/**
 * One keep-alive connection that carries one request at a time (no pipelining): it writes the
 * prepared bytes, reads the whole answer (Content-Length, chunked, or up to the close), and
 * ends the request with its status, a timeout, a network error by Node's code, or an abort.
 */
export class HttpConnection {
  /** Monotonic time at which the connection last became idle. */
  idleSince = 0;
  readonly #target: ConnectionTarget;
  readonly #owner: ConnectionOwner;
  readonly #socket: Socket;
  readonly #parser = new HTTPParser(HTTPParser.RESPONSE);
  #onEnd: OnEnd | undefined;
  #timer: NodeJS.Timeout | undefined;
  #status = 0;
  #keepAlive = true;
  /** The answer being read is a 1xx other than 101, to be read past. */
  #informational = false;
  #idleLimitMs = Number.POSITIVE_INFINITY;
  /** Idle, the socket does not keep the process alive (as Node's agent leaves a free socket). */
  #unrefed = false;
  #retired = false;

  /** Opens the connection; the first request may be sent at once (it waits for the connect and the handshake). */
  constructor(target: ConnectionTarget, owner: ConnectionOwner) {
    this.#target = target;
    this.#owner = owner;
    // Certificates are checked as Node checks them by default (rejectUnauthorized, the host's name or
    // address); the default CA store holds NODE_EXTRA_CA_CERTS.
    if (target.secure) {
      const socket = tlsConnect({ host: target.host, port: target.port, servername: target.servername, session: target.tlsSession, ALPNProtocols: ['http/1.1'] });
      socket.on('session', (session: Buffer) => (target.tlsSession = session));
      this.#socket = socket;
    } else {
      this.#socket = netConnect({ host: target.host, port: target.port });
    }
    this.#socket.setNoDelay(true);
    this.#socket.on('data', this.#onData);
    this.#socket.on('end', this.#onSocketEnd);
    this.#socket.on('error', this.#onError);
    this.#socket.on('close', this.#onClose);
    const parser = this.#parser;
    parser[HTTPParser.kOnHeadersComplete] = this.#onHead;
    parser[HTTPParser.kOnMessageComplete] = this.#onAnswer;
  }

  /** Whether the connection can carry another request now: open, and not idle past the server's announced timeout. */
  reusable(now: number): boolean {
    return !this.#retired && now - this.idleSince < this.#idleLimitMs;
  }

  /** Writes the request; onEnd is called once with how it ended. Returns a function that aborts it. */
  send(onEnd: OnEnd): () => void {
    if (this.#onEnd !== undefined) throw new Error('a connection carries one request at a time; this one is busy (a bug in its pool)');
    this.#onEnd = onEnd;
    if (this.#timer === undefined) {
      this.#timer = setTimeout(this.#onTimeout, this.#target.timeoutMs);
      // The socket keeps the process alive while a request is out; the timer never needs to.
      this.#timer.unref();
    } else {
      // One request at a time, so the timer counts from the latest send.
      this.#timer.refresh();
    }
    if (this.#unrefed) {
      this.#unrefed = false;
      this.#socket.ref();
    }
    this.#socket.write(this.#target.bytes);
    return () => {
      if (this.#onEnd === onEnd) this.#end({ kind: 'aborted', endedAt: performance.now() }, false);
    };
  }

  /** Closes the connection; a request it carries ends as aborted. */
  close(): void {
    if (this.#onEnd !== undefined) this.#end({ kind: 'aborted', endedAt: performance.now() }, false);
    else this.#retire();
  }

  readonly #onData = (chunk: Buffer): void => {
    const parsed = this.#parser.execute(chunk);
    if (parsed instanceof Error) this.#fail((parsed as NodeJS.ErrnoException).code ?? (parsed.message.includes('header size') ? HEAD_TOO_LARGE : UNCODED_PARSE_ERROR));
  };

  /** The server closed its side: an answer read up to the close ends here; any other is cut short. */
  readonly #onSocketEnd = (): void => {
    if (this.#onEnd !== undefined && !this.#retired) this.#parser.finish();
    this.#fail(CUT_SHORT);
  };

  readonly #onError = (error: NodeJS.ErrnoException): void => this.#fail(error.code);

  readonly #onClose = (): void => this.#fail(CUT_SHORT);

  readonly #onTimeout = (): void => {
    if (this.#onEnd !== undefined) this.#end({ kind: 'timeout', endedAt: performance.now() }, false);
  };

  /** The head of an answer: its status, whether the connection stays open after it, and whether it has a body to read. */
  readonly #onHead = (info: { statusCode: number; versionMajor: number; versionMinor: number; headers: string[]; shouldKeepAlive: boolean }): number => {
    if (this.#onEnd === undefined) {
      // An answer to no request: nothing that follows on this connection can be trusted.
      this.#retire();
      return SKIP_BODY;
    }
    const status = info.statusCode;
    // RFC 9112 §6.3: the answer to a HEAD, a 1xx, a 204 and a 304 end with their head, whatever a Content-Length says.
    const noBody = this.#target.head || status < 200 || status === 204 || status === 304;
    if (status < 200 && status !== 101) {
      this.#informational = true;
      return SKIP_BODY;
    }
    this.#status = status;
    const { keepAlive, idleLimitMs } = connectionHeaders(info.headers, info.versionMajor === 1 && info.versionMinor >= 1);
    this.#idleLimitMs = idleLimitMs;
    // Without a body, the parser's "no length: read to the close" does not apply.
    this.#keepAlive = status !== 101 && idleLimitMs > 0 && (noBody ? keepAlive : info.shouldKeepAlive);
    return noBody ? SKIP_BODY : READ_BODY;
  };

  /** The whole answer has been read. */
  readonly #onAnswer = (): void => {
    if (this.#informational) {
      this.#informational = false;
      return;
    }
    if (this.#onEnd !== undefined) this.#end({ kind: 'answer', status: this.#status, endedAt: performance.now() }, this.#keepAlive);
  };

  /** Ends the request in flight with a network error, if one is, and closes the connection. */
  #fail(code: string | undefined): void {
    if (this.#onEnd !== undefined) this.#end({ kind: 'network', code, endedAt: performance.now() }, false);
    else this.#retire();
  }

  /** Hands the connection back (or closes it), then tells the request how it ended. */
  #end(outcome: RequestOutcome, keepAlive: boolean): void {
    const onEnd = this.#onEnd!;
    this.#onEnd = undefined;
    if (keepAlive && !this.#retired) {
      this.idleSince = outcome.endedAt;
      this.#unrefed = true;
      this.#socket.unref();
      this.#owner.idle(this);
    } else {
      this.#retire();
    }
    onEnd(outcome);
  }

  /** Closes the socket for good and tells the pool, once. */
  #retire(): void {
    if (this.#retired) return;
    this.#retired = true;
    clearTimeout(this.#timer);
    this.#socket.destroy();
    this.#owner.retired(this);
  }
}

/** What an answer's Connection and Keep-Alive headers say: whether the connection stays open, and how long it may idle. */
function connectionHeaders(headers: string[], http11: boolean): { keepAlive: boolean; idleLimitMs: number } {
  let keepAlive = http11;
  let idleLimitMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i] as string;
    // Both names have ten letters: most headers are passed over on their length.
    if (name.length !== 10) continue;
    const lower = name.toLowerCase();
    const value = (headers[i + 1] as string).toLowerCase();
    if (lower === 'connection') {
      if (value.includes('close')) keepAlive = false;
      else if (value.includes('keep-alive')) keepAlive = true;
    } else if (lower === 'keep-alive') {
      const hint = /(?:^|[\s,])timeout=(\d+)/.exec(value)?.[1];
      if (hint !== undefined) idleLimitMs = Number(hint) * 1000 - KEEP_ALIVE_HINT_MARGIN_MS;
    }
  }
  return { keepAlive, idleLimitMs };
}
