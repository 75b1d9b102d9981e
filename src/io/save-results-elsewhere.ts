import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './write-atomic.ts';
import { writing } from './write-error.ts';

/**
 * Saves a run's result document outside the content folder (in the system's temp folder), when
 * it could not be written where the site reads it, so the measurements are not lost; returns the
 * file. Throws a WriteError when that fails too (the same full disk, say).
 */
export function saveResultsElsewhere(json: string, generatedAt: string, dir = tmpdir()): string {
  const path = join(dir, `verify-web-vitals-${generatedAt.replace(/[:.]/g, '-')}-${process.pid}.json`);
  writing(path, () => writeFileAtomic(path, json));
  return path;
}
