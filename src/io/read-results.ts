import { existsSync, readFileSync } from 'node:fs';
import { ContentError, parseWithFriendlyErrors } from '../lib/friendly-errors.ts';
import { historyEntrySchema, resultDocumentSchema, type HistoryEntry, type ResultDocument } from '../lib/schema/result.ts';
import { contentPaths, defaultRoot } from './content-paths.ts';
import { displayPath } from './read-yaml.ts';

/** Reads a project's latest verify-web-vitals result, or undefined when it has never been measured. */
export function readLatestResult(projectId: string, root = defaultRoot()): ResultDocument | undefined {
  const path = contentPaths(root).latestResult(projectId);
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(`${displayPath(path)}: is not valid JSON (${(error as Error).message}). Delete it and measure again with npm run verify-web-vitals.`);
  }
  return parseWithFriendlyErrors(resultDocumentSchema, data, displayPath(path));
}

/** Reads a project's measurement history, oldest first; a line that cannot be read is skipped, never fatal. */
export function readHistory(projectId: string, root = defaultRoot()): HistoryEntry[] {
  const path = contentPaths(root).history(projectId);
  if (!existsSync(path)) return [];
  const entries: HistoryEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = historyEntrySchema.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
    } catch {
      // A torn last line (a run stopped mid-append) is ignored; the earlier lines still count.
    }
  }
  return entries.sort((a, b) => a.generatedAt.localeCompare(b.generatedAt));
}
