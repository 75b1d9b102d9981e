import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside the results folder. */
export const LOCK_NAME = '.verify-web-vitals.lock';
/** How long to wait for another run's write before giving up; a write takes milliseconds. */
const WAIT_LIMIT_MS = 30_000;
/** A lock older than this is left over from a run that was killed, whatever its pid says. */
const STALE_MS = 120_000;
/** Pause between two tries. */
const RETRY_MS = 25;

/** True when a process with this id is alive (or alive under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock if it is free; clears a lock whose owner is gone. Returns true when taken. */
function tryLock(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  try {
    const owner = Number(readFileSync(path, 'utf8'));
    const age = Date.now() - statSync(path).mtimeMs;
    if (!Number.isInteger(owner) || owner <= 0 || !isAlive(owner) || age > STALE_MS) rmSync(path, { force: true });
  } catch {
    // The owner released it between our two looks: try again.
  }
  return false;
}

/**
 * Runs `work` while holding the results folder's lock, so two runs at once never interleave their
 * writes. The wait is asynchronous; `work` itself is synchronous, so a Ctrl-C can never land in the
 * middle of it.
 */
export async function withResultsLock<T>(dir: string, work: () => T): Promise<T> {
  const path = join(dir, LOCK_NAME);
  const started = Date.now();
  while (!tryLock(path)) {
    if (Date.now() - started > WAIT_LIMIT_MS) {
      throw new Error(`another verify-web-vitals run has held ${path} for ${WAIT_LIMIT_MS / 1000} s; if none is running, delete that file and run the command again`);
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  try {
    return work();
  } finally {
    try {
      if (readFileSync(path, 'utf8') === String(process.pid)) rmSync(path, { force: true });
    } catch {
      // already removed
    }
  }
}
