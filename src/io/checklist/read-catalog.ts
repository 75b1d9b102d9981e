import { existsSync } from 'node:fs';
import type { Catalog } from '../../lib/schema/catalog.ts';
import { contentPaths } from '../content-paths.ts';
import { loadCatalog } from '../load-catalog.ts';
import { displayPath } from '../read-yaml.ts';
import { UsageError } from './usage-error.ts';

/** Reads and validates every content file under the root; a root without src/content is a usage error saying where to run from. */
export function readCatalog(root: string): Catalog {
  const content = contentPaths(root).content;
  if (!existsSync(content)) {
    throw new UsageError([`no content folder at ${displayPath(content)}: run the command from the handbook's folder, or set PERF_HANDBOOK_ROOT to a folder that holds src/content`]);
  }
  return loadCatalog(root);
}
