import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { planResultFiles } from '../lib/result-files.ts';
import { resultDocumentSchema, type ResultDocument } from '../lib/schema/result.ts';
import { contentPaths } from './content-paths.ts';
import { displayPath } from './read-yaml.ts';
import { rewriteHistory } from './history-file.ts';
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

/**
 * Writes one project's result where the site reads it, under the results lock: the latest result
 * (only when the run measured something; see planResultFiles) and one more history line, older
 * runs rolled up into one line per day (see history-rollup.ts). A write
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
    // The run's line goes in, and runs older than the raw window are rolled up into day lines, in one atomic replace.
    rewriteHistory(paths.history(projectId), new Date(plan.history.generatedAt), plan.history);
    return { ...(plan.latest ? { latest: displayPath(latestPath) } : {}), history: displayPath(paths.history(projectId)) };
  });
}
