import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { astroEntry, killGroup, outputTail, PreviewError, previewDist } from './preview-build.ts';

/** How long the preview server may take to answer its first request; Astro loads its configuration first. */
const START_LIMIT_MS = 90_000;
/** Pause between two checks of whether the preview answers. */
const POLL_MS = 100;

/** A running preview server. */
export interface Preview {
  /** Its address, such as http://127.0.0.1:40123 (no trailing slash). */
  origin: string;
  /** Ends the server now (synchronous, safe in a signal handler). */
  stop(): void;
}

/** A free TCP port on the loopback interface, as the system hands it out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True once something answers HTTP at the address (any status). */
function answers(origin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(`${origin}/`, { method: 'HEAD', timeout: 2000 }, (response) => {
      response.resume();
      resolve(true);
    });
    req.once('error', () => resolve(false));
    req.once('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

/**
 * Starts `astro preview` on a free loopback port over the build under `root`, waits until it
 * answers, and returns its address. `track` receives the child so a Ctrl-C can end it.
 */
export async function startPreview(root: string, track: (child: ChildProcess | undefined) => void, cwd = process.cwd()): Promise<Preview> {
  const port = await freePort();
  const child = spawn(process.execPath, [astroEntry(cwd), 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', previewDist(root)], {
    cwd,
    env: { ...process.env, PERF_HANDBOOK_ROOT: root, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  track(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    killGroup(child);
    track(undefined);
  };
  // 'close' rather than 'exit': by then its output is all read, so the error can quote it.
  let exited = false;
  child.once('close', () => (exited = true));
  child.once('error', () => (exited = true));
  const started = Date.now();
  for (;;) {
    // Astro moves to another port when the one given was taken meanwhile; its banner says which.
    const announced = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
    const origin = `http://127.0.0.1:${announced ? announced[1] : port}`;
    if (await answers(origin)) return { origin, stop };
    if (exited) {
      stop();
      throw new PreviewError(`the preview server stopped before it answered.\nIts last lines:\n${outputTail(output)}`);
    }
    if (Date.now() - started > START_LIMIT_MS) {
      stop();
      throw new PreviewError(`the preview server did not answer within ${START_LIMIT_MS / 1000} s on ${origin}.\nIts last lines:\n${outputTail(output)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
