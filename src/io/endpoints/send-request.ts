import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import type { PreparedRequest } from './endpoint-request.ts';

/** How one request ended, with the monotonic time (performance.now()) at which it did. */
export type RequestOutcome =
  | { kind: 'answer'; status: number; endedAt: number }
  | { kind: 'timeout'; endedAt: number }
  | { kind: 'network'; code: string | undefined; endedAt: number }
  | { kind: 'aborted'; endedAt: number };

/** A request on its way: its end, and a way to stop it now. */
export interface SentRequest {
  /** Never rejects: every end is an outcome. */
  ended: Promise<RequestOutcome>;
  /** Destroys the request and its socket; the outcome becomes "aborted" unless it had already ended. */
  abort: () => void;
}

/** A keep-alive agent for the URL's scheme that never opens more than maxSockets connections. */
export function keepAliveAgent(url: URL, maxSockets: number): HttpAgent {
  const options = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'fifo' as const };
  return url.protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
}

/** Sends the request once, reads the whole answer and says how it ended; a 3xx is an answer, never followed. */
export function sendRequest(prepared: PreparedRequest, agent: HttpAgent): SentRequest {
  let settle: (outcome: RequestOutcome) => void = () => {};
  let settled = false;
  let clientRequest: ClientRequest | undefined;
  const ended = new Promise<RequestOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
  });
  const finish = (make: (endedAt: number) => RequestOutcome) => {
    if (settled) return;
    settle(make(performance.now()));
    clientRequest?.destroy();
  };
  const timer = setTimeout(() => finish((endedAt) => ({ kind: 'timeout', endedAt })), prepared.timeoutMs);

  const send = prepared.url.protocol === 'https:' ? httpsRequest : httpRequest;
  clientRequest = send(prepared.url, { method: prepared.method, headers: prepared.headers, agent });
  clientRequest.on('response', (response: IncomingMessage) => {
    response.on('end', () => {
      if (settled) return;
      settle({ kind: 'answer', status: response.statusCode ?? 0, endedAt: performance.now() });
    });
    response.on('error', (error: NodeJS.ErrnoException) => finish((endedAt) => ({ kind: 'network', code: error.code, endedAt })));
    response.on('aborted', () => finish((endedAt) => ({ kind: 'network', code: 'ECONNRESET', endedAt })));
    response.resume();
  });
  clientRequest.on('error', (error: NodeJS.ErrnoException) => finish((endedAt) => ({ kind: 'network', code: error.code, endedAt })));
  clientRequest.end(prepared.body);

  return { ended, abort: () => finish((endedAt) => ({ kind: 'aborted', endedAt })) };
}
