import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A loopback TCP server that answers each request head with bytes a test writes itself, framed any way it likes. */
export interface RawHttpServer {
  url: string;
  /** Request heads received, in arrival order. */
  heads: string[];
  /** Connections accepted. */
  connections: () => number;
  /** Connections accepted and not yet closed. */
  openConnections: () => number;
  close: () => Promise<void>;
}

/** The end of a request head. */
const HEAD_END = '\r\n\r\n';

/**
 * Starts a server on 127.0.0.1 that calls answer(n, socket) for its n-th request head (0-based);
 * the requests it serves have no body, so each blank line ends one request.
 */
export async function startRawHttpServer(answer: (n: number, socket: Socket) => void): Promise<RawHttpServer> {
  const heads: string[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let pending = '';
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      for (let end = pending.indexOf(HEAD_END); end !== -1; end = pending.indexOf(HEAD_END)) {
        heads.push(pending.slice(0, end));
        pending = pending.slice(end + HEAD_END.length);
        answer(heads.length - 1, socket);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    heads,
    connections: () => connections,
    openConnections: () => sockets.size,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes the pieces in turn, `gapMs` apart (0: one turn of the loop apart), so each is likely a packet of its own. */
export function writeInPieces(socket: Socket, pieces: ReadonlyArray<string | Buffer>, gapMs = 0, then?: () => void): void {
  const [first, ...rest] = pieces;
  if (first === undefined || socket.destroyed) {
    then?.();
    return;
  }
  socket.write(first);
  const next = () => writeInPieces(socket, rest, gapMs, then);
  if (gapMs > 0) setTimeout(next, gapMs);
  else setImmediate(next);
}
