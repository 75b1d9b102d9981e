import type { PreparedRequest } from './endpoint-request.ts';
import { ConnectionPool } from './connection-pool.ts';
import type { RequestOutcome } from './request-outcome.ts';

export type { RequestOutcome } from './request-outcome.ts';
export { ConnectionPool } from './connection-pool.ts';

/** A request on its way: its end, and a way to stop it now. */
export interface SentRequest {
  /** Never rejects: every end is an outcome. */
  ended: Promise<RequestOutcome>;
  /** Closes the request's connection; the outcome becomes "aborted" unless it had already ended. */
  abort: () => void;
}

/** Keep-alive connections to the request's origin, never more than maxConnections open, that carry the request serialised once. */
export function keepAlivePool(prepared: PreparedRequest, maxConnections: number): ConnectionPool {
  return new ConnectionPool(prepared, maxConnections);
}

/** Sends the pool's request once, reads the whole answer and says how it ended; a 3xx is an answer, never followed. */
export function sendRequest(pool: ConnectionPool): SentRequest {
  let resolve!: (outcome: RequestOutcome) => void;
  const ended = new Promise<RequestOutcome>((settle) => {
    resolve = settle;
  });
  // Outside the promise: a send beyond the pool's ceiling is the caller's bug and throws here.
  return { ended, abort: pool.send(resolve) };
}
