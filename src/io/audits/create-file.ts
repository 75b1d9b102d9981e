import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tempPathFor } from '../write-atomic.ts';
import { asWriteError } from '../write-error.ts';
import { displayPath } from '../read-yaml.ts';

/** The file to create is there already: nothing was written. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
  constructor(readonly file: string) {
    super(`${file} already exists`);
  }
}

/**
 * Creates a file that must not exist yet, whole or not at all: the text goes to a temporary file
 * beside it, is synced, then linked to its name, which fails when the name is taken, even by a file
 * created a moment earlier by another process (a rename would replace it). The temporary file is
 * always removed. Throws FileExistsError when the file exists, WriteError when the system refuses.
 */
export function createFileAtomic(path: string, text: string): void {
  const temp = tempPathFor(path);
  let linking = false;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temp, 'wx', 0o666);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linking = true;
    linkSync(temp, path);
  } catch (error) {
    if (linking && (error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(displayPath(path));
    throw asWriteError(path, error);
  } finally {
    rmSync(temp, { force: true });
  }
  syncFolder(dirname(path));
}

/** Makes the new name survive a power cut; a file system that cannot sync a folder (EINVAL) is as durable as it allows. */
function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw asWriteError(dir, error);
  } finally {
    closeSync(fd);
  }
}
