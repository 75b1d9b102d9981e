import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { planResultFiles } from '../lib/result-files.ts';
import { resultDocumentSchema, type ResultDocument } from '../lib/schema/result.ts';
import { contentPaths } from './content-paths.ts';
import { displayPath } from './read-yaml.ts';
import { isAlive } from './process-identity.ts';
import { withResultsLock } from './results-lock.ts';
import { writeFileAtomic } from './write-atomic.ts';
import { writing } from './write-error.ts';

/** The files a run wrote for one project; `latest` is absent when the last good result was kept. */
export interface WrittenFiles {
  latest?: string;
  history: string;
}

/** Temp files of writeFileAtomic: `.<name>.<pid>.<random>.tmp`. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Removes temp files left by a run that was killed mid-write (its process is gone). */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    const match = TEMP_FILE.exec(name);
    if (match && !isAlive(Number(match[1]))) rmSync(join(dir, name), { force: true });
  }
}

/** Reads the latest result on disk; one that cannot be read counts as none, since the new one replaces it. */
function readPrevious(path: string): ResultDocument | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const parsed = resultDocumentSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Appends one line to a file by writing the whole new file beside it and renaming it over: readers never see half a line. */
function appendLineAtomic(path: string, line: string): void {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const joined = before === '' || before.endsWith('\n') ? before : `${before}\n`;
  writeFileAtomic(path, `${joined}${line}\n`);
}

/**
 * Writes one project's result where the site reads it, under the results lock: the latest result
 * (only when the run measured something; see planResultFiles) and one more history line. A write
 * the system refuses (full disk, permissions) throws a WriteError and leaves the last good files.
 */
export async function writeProjectResults(document: ResultDocument, root: string): Promise<WrittenFiles> {
  const projectId = document.projects[0]!.id;
  const paths = contentPaths(root);
  writing(paths.results, () => mkdirSync(paths.results, { recursive: true }));
  return withResultsLock(paths.results, () => {
    removeLeftovers(paths.results);
    const latestPath = paths.latestResult(projectId);
    const plan = planResultFiles(document, readPrevious(latestPath));
    if (plan.latest) writeFileAtomic(latestPath, `${JSON.stringify(plan.latest, null, 2)}\n`);
    appendLineAtomic(paths.history(projectId), JSON.stringify(plan.history));
    return { ...(plan.latest ? { latest: displayPath(latestPath) } : {}), history: displayPath(paths.history(projectId)) };
  });
}
