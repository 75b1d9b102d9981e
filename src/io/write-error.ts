import { writeFailureText } from '../lib/write-failure-text.ts';
import { displayPath } from './read-yaml.ts';

/** A file could not be written for a reason a person fixes (full disk, permissions, a lock held by another run): no stack trace. */
export class WriteError extends Error {
  override name = 'WriteError';
  constructor(
    /** The file, as people type it. */
    readonly file: string,
    message: string,
    /** The system's error code, when the system refused the write. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Turns the system's refusal to write `path` into a WriteError that says what to do; anything else (a bug) is returned as it was. */
export function asWriteError(path: string, error: unknown): unknown {
  if (error instanceof WriteError || !(error instanceof Error)) return error;
  const { code, syscall } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof syscall !== 'string') return error;
  const file = displayPath(path);
  return new WriteError(file, writeFailureText(file, code, error.message), code);
}

/** Runs a write of `path`, turning the system's refusal into a WriteError. */
export function writing<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw asWriteError(path, error);
  }
}
