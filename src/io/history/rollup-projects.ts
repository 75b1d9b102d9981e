import { existsSync, readdirSync } from 'node:fs';
import { formatBytes } from '../../lib/content-limits.ts';
import { contentPaths } from '../content-paths.ts';
import { rewriteHistory } from '../history-file.ts';
import { displayPath } from '../read-yaml.ts';
import { withResultsLock } from '../results-lock.ts';

/** The projects that have a history file in the results folder. */
export function projectsWithHistory(root: string): string[] {
  const dir = contentPaths(root).results;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.history.jsonl'))
    .map((name) => name.slice(0, -'.history.jsonl'.length))
    .sort();
}

/** Rolls up the history of each project given, under the results lock (a run may be writing), and returns one line per file saying what changed. */
export async function rollUpProjects(root: string, projects: readonly string[], now: Date): Promise<string[]> {
  const paths = contentPaths(root);
  return withResultsLock(paths.results, () =>
    projects.map((id) => {
      const path = paths.history(id);
      const outcome = rewriteHistory(path, now);
      const file = displayPath(path);
      if (outcome.linesBefore === outcome.linesAfter) return `${file}: nothing to roll up (${outcome.linesAfter} lines, ${formatBytes(outcome.bytesAfter)}).`;
      return `${file}: ${outcome.linesBefore} lines (${formatBytes(outcome.bytesBefore)}) → ${outcome.linesAfter} lines (${formatBytes(outcome.bytesAfter)}).`;
    }),
  );
}
