import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders and files whose changes call for a new build. Results are left out: they change after each measurement. */
const SOURCES = ['src', 'astro.config.ts', 'package-lock.json'];
const SKIP = new Set(['node_modules', 'results', '.astro']);

/** The newest modification time (ms) among the handbook's sources under `root`. */
export function newestSourceTime(root = process.cwd()): number {
  let newest = 0;
  const visit = (path: string) => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) if (!SKIP.has(name)) visit(join(path, name));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  for (const source of SOURCES) visit(join(root, source));
  return newest;
}

/** Modification time of the last build (dist/index.html), or 0 when there is none. */
export function lastBuildTime(root = process.cwd()): number {
  try {
    return statSync(join(root, 'dist', 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
}
