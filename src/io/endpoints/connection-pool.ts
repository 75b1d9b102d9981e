import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { PreparedRequest } from './endpoint-request.ts';
import { HttpConnection, type ConnectionTarget, type OnEnd } from './http-connection.ts';
import { requestBytes } from './request-bytes.ts';

/** Default ports of the two schemes, which a URL leaves out. */
const DEFAULT_PORT = { 'http:': 80, 'https:': 443 } as const;

/**
 * At most maxConnections keep-alive connections to the prepared request's origin, each carrying
 * that request (serialised once) one send at a time. A connection the server closes, or that
 * ends in an error or a timeout, is dropped and a new one opened for a later send. The only origin
 * is the request's own: an answer's Location is never followed, so its headers go nowhere else.
 */
export class ConnectionPool {
  readonly maxConnections: number;
  readonly #target: ConnectionTarget;
  readonly #open = new Set<HttpConnection>();
  /** Connections waiting for a request, the latest to become idle last (reused first: its TCP state is warmest). */
  readonly #idle: HttpConnection[] = [];
  #destroyed = false;

  constructor(prepared: PreparedRequest, maxConnections: number) {
    if (!Number.isInteger(maxConnections) || maxConnections < 1) throw new RangeError(`a connection pool needs a whole number of connections of at least 1 (found ${maxConnections})`);
    this.maxConnections = maxConnections;
    const { url } = prepared;
    const secure = url.protocol === 'https:';
    // URL keeps an IPv6 address in brackets; sockets take it without.
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    this.#target = {
      secure,
      host,
      port: url.port === '' ? DEFAULT_PORT[secure ? 'https:' : 'http:'] : Number(url.port),
      // As Node's https client: SNI and the certificate check by name, except for an address.
      servername: isIP(host) === 0 ? host : undefined,
      tlsSession: undefined,
      bytes: requestBytes(prepared),
      head: prepared.method === 'HEAD',
      timeoutMs: prepared.timeoutMs,
    };
  }

  /** Connections open now (connecting, carrying a request or idle). */
  get openConnections(): number {
    return this.#open.size;
  }

  /**
   * Sends the request on an idle connection, or on a new one while fewer than maxConnections are
   * open; onEnd is called once with how it ended. Returns a function that aborts it. The caller
   * keeps at most maxConnections requests out at once: one more is a bug, and throws.
   */
  send(onEnd: OnEnd): () => void {
    if (this.#destroyed) {
      onEnd({ kind: 'aborted', endedAt: performance.now() });
      return () => {};
    }
    const connection = this.#take();
    if (connection === undefined) throw new RangeError(`all ${this.maxConnections} connections carry a request; send the next one when one of them has ended`);
    return connection.send(onEnd);
  }

  /** Closes every connection; requests still out end as aborted, and later sends at once the same. */
  destroy(): void {
    this.#destroyed = true;
    for (const connection of [...this.#open]) connection.close();
  }

  /** An idle connection that is still good, or a new one if there is room. */
  #take(): HttpConnection | undefined {
    const now = performance.now();
    while (this.#idle.length > 0) {
      const connection = this.#idle.pop()!;
      if (connection.reusable(now)) return connection;
      connection.close();
    }
    if (this.#open.size >= this.maxConnections) return undefined;
    const connection = new HttpConnection(this.#target, this.#owner);
    this.#open.add(connection);
    return connection;
  }

  readonly #owner = {
    idle: (connection: HttpConnection) => {
      this.#idle.push(connection);
    },
    retired: (connection: HttpConnection) => {
      this.#open.delete(connection);
      const at = this.#idle.indexOf(connection);
      if (at !== -1) this.#idle.splice(at, 1);
    },
  };
}
