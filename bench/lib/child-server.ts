// A loopback HTTP server in a process of its own, so it never shares the measured client's core.
// It answers each request with the same small body, either at once ("fast") or after the delay the
// known distribution gives the request's arrival number ("known"), timed to a few microseconds.
// It parses no more than it must: the benches send GETs without a body, so each blank line that
// ends a head is one request. That keeps the server cheaper per request than any client it serves.
//
// Run as a child with the mode as its argument; it reports its port and its figures over IPC.
import { fork } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { LatencyHistogram, type LatencyPercentiles } from '../../src/io/endpoints/latency-histogram.ts';

/** How the server answers: at once, or after the known delay of each arrival. */
export type ChildServerMode = 'fast' | 'known';

/**
 * The known distribution, as (delay, arrivals of every thousand) in the order of a block of 1,000
 * arrivals: 90 % after 10 ms, 8 % after 50 ms, 1.5 % after 100 ms, 0.5 % after 200 ms. Each of
 * P50, P95, P99 and P99.9 falls inside a group, not on the edge of two, where one late answer of
 * the lower group would move it.
 */
export const KNOWN_DISTRIBUTION: ReadonlyArray<{ afterMs: number; perThousand: number }> = [
  { afterMs: 10, perThousand: 900 },
  { afterMs: 50, perThousand: 80 },
  { afterMs: 100, perThousand: 15 },
  { afterMs: 200, perThousand: 5 },
];

/** The delay of the n-th arrival (0-based) under the known distribution. */
export function knownDelayMs(n: number): number {
  let place = n % 1000;
  for (const { afterMs, perThousand } of KNOWN_DISTRIBUTION) {
    if (place < perThousand) return afterMs;
    place -= perThousand;
  }
  throw new Error(`the known distribution's shares add up to less than 1,000 (arrival ${n})`);
}

/** What the server saw: requests that arrived, and (known mode) the time from each arrival to its answer's write. */
export interface ChildServerStats {
  arrivals: number;
  answerMs: LatencyPercentiles | null;
}

/** The one answer: 200 with a two-byte body, kept alive. */
const ANSWER = Buffer.from('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok');
/** The end of a request head. */
const HEAD_END = Buffer.from('\r\n\r\n');
/** How late a timer may fire: a delay is slept to this much before its end, then polled at each turn of the loop. */
const TIMER_SLACK_MS = 2;
/** Ceiling of the answer-time histogram: the longest known delay with room to spare. */
const ANSWER_CEILING_MS = 10_000;

/** Runs `then` once performance.now() reaches `at`: a timer for most of the wait, then a check at each turn of the loop. */
function whenDue(at: number, then: () => void): void {
  const left = at - performance.now();
  if (left > TIMER_SLACK_MS) setTimeout(() => whenDue(at, then), left - TIMER_SLACK_MS);
  else if (left > 0) setImmediate(() => whenDue(at, then));
  else then();
}

/** The answers of `count` requests in one buffer. */
function answers(count: number): Buffer {
  return count === 1 ? ANSWER : Buffer.concat(Array.from({ length: count }, () => ANSWER));
}

/** Serves every connection of one mode and keeps its figures. */
class Responder {
  arrivals = 0;
  readonly #mode: ChildServerMode;
  readonly #answerTimes = new LatencyHistogram(ANSWER_CEILING_MS);

  constructor(mode: ChildServerMode) {
    this.#mode = mode;
  }

  /** Answers each request head that arrives on the socket, in the order they came. */
  serve = (socket: Socket): void => {
    socket.setNoDelay(true);
    // The last bytes of the previous chunk, so a head end split across two chunks is still found.
    let tail: Buffer = Buffer.alloc(0);
    // Known mode: (arrival, due time) of the requests not yet answered, oldest first.
    const waiting: Array<{ arrivedAt: number; dueAt: number }> = [];
    const flush = () => {
      const now = performance.now();
      let ready = 0;
      while (ready < waiting.length && waiting[ready]!.dueAt <= now) ready++;
      if (ready === 0 || socket.destroyed) return;
      for (const { arrivedAt } of waiting.splice(0, ready)) this.#answerTimes.record(now - arrivedAt);
      socket.write(answers(ready));
    };
    socket.on('data', (chunk: Buffer) => {
      const arrivedAt = performance.now();
      const data = tail.length === 0 ? chunk : Buffer.concat([tail, chunk]);
      let heads = 0;
      let from = 0;
      for (let at = data.indexOf(HEAD_END, from); at !== -1; at = data.indexOf(HEAD_END, from)) {
        heads += 1;
        from = at + HEAD_END.length;
      }
      tail = data.subarray(Math.max(from, data.length - (HEAD_END.length - 1)));
      if (heads === 0) return;
      if (this.#mode === 'fast') {
        this.arrivals += heads;
        socket.write(answers(heads));
        return;
      }
      for (let i = 0; i < heads; i++) {
        waiting.push({ arrivedAt, dueAt: arrivedAt + knownDelayMs(this.arrivals++) });
        whenDue(waiting.at(-1)!.dueAt, flush);
      }
    });
    socket.on('error', () => socket.destroy());
  };

  /** The figures so far. */
  stats(): ChildServerStats {
    return { arrivals: this.arrivals, answerMs: this.#answerTimes.percentiles() ?? null };
  }
}

/** The messages between the bench and its child server. */
type ToParent = { listening: number } | { stats: ChildServerStats };
type ToChild = 'stats';

/** Listens on 127.0.0.1 (a port the system picks), says which over IPC, and answers requests for its figures. */
function main(mode: ChildServerMode): void {
  const responder = new Responder(mode);
  const server = createServer(responder.serve);
  const send = (message: ToParent) => process.send?.(message);
  process.on('message', (message: ToChild) => {
    if (message === 'stats') send({ stats: responder.stats() });
  });
  process.on('disconnect', () => process.exit(0));
  server.listen(0, '127.0.0.1', () => send({ listening: (server.address() as AddressInfo).port }));
}

/** A server running in a child process: its URL, its figures, and a way to stop it. */
export interface ChildServer {
  url: string;
  stats: () => Promise<ChildServerStats>;
  stop: () => Promise<void>;
}

/** Most milliseconds the child may take to say it listens, or to send its figures. */
const REPLY_TIMEOUT_MS = 15_000;

/** Starts this file as a child process under the Node that runs the bench (with tsx as its loader) and waits for its port. */
export async function startChildServer(mode: ChildServerMode): Promise<ChildServer> {
  const child = fork(fileURLToPath(import.meta.url), [mode], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  /** The next message the child sends that `pick` accepts. */
  const reply = <T>(what: string, pick: (message: ToParent) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const done = (error?: Error, value?: T) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (error) reject(error);
        else resolve(value as T);
      };
      const onMessage = (message: ToParent) => {
        const value = pick(message);
        if (value !== undefined) done(undefined, value);
      };
      const onExit = (code: number | null) => done(new Error(`the ${mode} server exited (code ${code}) before it sent ${what}`));
      const timer = setTimeout(() => done(new Error(`the ${mode} server did not send ${what} within ${REPLY_TIMEOUT_MS} ms`)), REPLY_TIMEOUT_MS);
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  let port: number;
  try {
    port = await reply('its port', (message) => ('listening' in message ? message.listening : undefined));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    stats: () => {
      const answer = reply('its figures', (message) => ('stats' in message ? message.stats : undefined));
      child.send('stats' satisfies ToChild);
      return answer;
    },
    stop,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2];
  if (mode !== 'fast' && mode !== 'known') throw new Error(`child-server: the mode must be "fast" or "known" (found ${JSON.stringify(mode)})`);
  main(mode);
}
