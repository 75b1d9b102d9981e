import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { lastBuildTime, newestSourceTime } from './source-times.ts';

/** Lines of the builder's output shown when a build fails: enough for Astro's error and the file it names. */
const OUTPUT_TAIL_LINES = 15;

/** The site could not be built or served: the pages on the preview cannot be measured. */
export class PreviewError extends Error {
  override name = 'PreviewError';
}

/** Where the preview's build lives: `dist/` beside the content root (the handbook's own dist/, or a test copy's). */
export function previewDist(root: string): string {
  return join(root, 'dist');
}

/** Why the site must be built before it is previewed, or undefined when the last build is newer than every source. */
export function buildReason(root: string, cwd = process.cwd()): string | undefined {
  if (!existsSync(join(previewDist(root), 'index.html'))) return 'there is no build yet';
  const sources = Math.max(newestSourceTime(cwd), newestSourceTime(root));
  return lastBuildTime(root) < sources ? 'the sources changed since the last build' : undefined;
}

/** The Astro command-line entry point of this checkout, run with the Node that runs this command (Astro 7 needs Node 22.12+). */
export function astroEntry(cwd = process.cwd()): string {
  return realpathSync(join(cwd, 'node_modules', '.bin', 'astro'));
}

/** The last lines of a child's output, without colour codes. */
export function outputTail(output: string, lines = OUTPUT_TAIL_LINES): string {
  return output
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .join('\n');
}

/** Ends a child started in its own process group, with everything it started. */
export function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Builds the site into the preview folder with the content under `root`; rejects with the tail of
 * Astro's output when the build fails. `track` receives the child so a Ctrl-C can end it.
 */
export function buildSite(root: string, track: (child: ChildProcess | undefined) => void, cwd = process.cwd()): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroEntry(cwd), 'build', '--outDir', previewDist(root)], {
      cwd,
      env: { ...process.env, PERF_HANDBOOK_ROOT: root, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    track(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => {
      track(undefined);
      reject(new PreviewError(`the handbook could not be built: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      track(undefined);
      if (code === 0) resolve();
      else reject(new PreviewError(`the handbook could not be built (astro build ${signal ? `ended by ${signal}` : `exited ${code}`}); run npm run build to see why.\nIts last lines:\n${outputTail(output)}`));
    });
  });
}
