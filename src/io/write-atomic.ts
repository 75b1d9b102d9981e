import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { asWriteError } from './write-error.ts';

/** The temp file a write of `path` goes through: `.<name>.<pid>.<8 hex>.tmp` beside it, so a later run can tell a dead writer's leftover by its pid. */
export function tempPathFor(path: string, pid = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** The permission bits of the file being replaced, so a private file stays private; undefined for a new file. */
function currentMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** Makes a rename in this folder survive a power cut (the folder's entry is on disk, not only the file's data). */
function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } catch (error) {
    // Some file systems cannot sync a folder (EINVAL); the rename is then as durable as they allow.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a file so that readers see the old content or the new, never half of it, and so that the
 * new content is on disk when this returns: temp file, fsync, rename, fsync of the folder. When the
 * write fails the old file is left as it was, the temp file is removed, and the system's refusal
 * (a full disk, no permission, a read-only file system) is thrown as a WriteError naming the file.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = tempPathFor(path);
  const mode = currentMode(path);
  try {
    const fd = openSync(temp, 'wx', mode ?? 0o666);
    try {
      if (mode !== undefined) fchmodSync(fd, mode); // the umask narrowed it at open
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw asWriteError(path, error);
  }
  try {
    syncFolder(dirname(path));
  } catch (error) {
    throw asWriteError(path, error);
  }
}
