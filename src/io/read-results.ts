import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { formatBytes, MAX_HISTORY_READ_BYTES, MAX_RESULT_FILE_BYTES } from '../lib/content-limits.ts';
import { describeIssue } from '../lib/friendly-errors.ts';
import { historyLines } from '../lib/history-lines.ts';
import { resultDocumentSchema, type HistoryLine, type ResultDocument } from '../lib/schema/result.ts';
import { contentPaths, defaultRoot } from './content-paths.ts';
import { displayPath } from './read-yaml.ts';

/** Where a reader reports a results file it skips: the build's output or the command's stderr by default. */
export type Warn = (message: string) => void;
const toStderr: Warn = (message) => console.warn(`warning: ${message}`);

/**
 * Reads a project's latest verify-web-vitals result, or undefined when it has never been measured.
 * A file that cannot be used (too large, not JSON, out of its schema) is skipped with a warning and
 * counts as never measured: it was written by a machine, the page and the commands still work, and
 * the next `verify-web-vitals` run replaces it.
 */
export function readLatestResult(projectId: string, root = defaultRoot(), warn: Warn = toStderr): ResultDocument | undefined {
  const path = contentPaths(root).latestResult(projectId);
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  const skip = (problem: string) => {
    warn(`${file}: skipped, ${projectId} shows as not measured: ${problem}. Delete the file, or measure again with npm run verify-web-vitals -- --project ${projectId} to replace it.`);
    return undefined;
  };
  const size = statSync(path).size;
  if (size > MAX_RESULT_FILE_BYTES) return skip(`it is ${formatBytes(size)}, over the ${formatBytes(MAX_RESULT_FILE_BYTES)} a result file can take (MAX_RESULT_FILE_BYTES)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return skip(`it is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = resultDocumentSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  return skip(parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, data)).join('; '));
}

/** Reads the end of a file: at most `limit` bytes, starting on a whole line; says which line that is. */
function readTail(path: string, limit: number): { text: string; firstLine: number; skippedBytes: number } {
  const size = statSync(path).size;
  if (size <= limit) return { text: readFileSync(path, 'utf8'), firstLine: 1, skippedBytes: 0 };
  const fd = openSync(path, 'r');
  try {
    const tail = Buffer.alloc(limit);
    const read = readSync(fd, tail, 0, limit, size - limit);
    // The tail starts inside a line: drop up to its end, and count the lines before it, a chunk at a time.
    const cut = tail.indexOf(10) + 1;
    let newlines = 0;
    const chunk = Buffer.alloc(Math.min(1024 * 1024, size - limit));
    for (let position = 0; position < size - limit; position += chunk.length) {
      const length = readSync(fd, chunk, 0, Math.min(chunk.length, size - limit - position), position);
      for (let at = chunk.indexOf(10); at !== -1 && at < length; at = chunk.indexOf(10, at + 1)) newlines += 1;
    }
    return { text: tail.subarray(cut, read).toString('utf8'), firstLine: newlines + (cut > 0 ? 2 : 1), skippedBytes: size - limit + cut };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a project's measurement history, oldest first. A line that cannot be read is skipped with
 * a warning naming the file and the line; only the end of a very large file is read. Never fatal.
 */
export function readHistory(projectId: string, root = defaultRoot(), warn: Warn = toStderr): HistoryLine[] {
  const path = contentPaths(root).history(projectId);
  if (!existsSync(path)) return [];
  const file = displayPath(path);
  const { text, firstLine, skippedBytes } = readTail(path, MAX_HISTORY_READ_BYTES);
  if (skippedBytes > 0) {
    warn(`${file}: lines 1–${firstLine - 1} skipped: only the last ${formatBytes(MAX_HISTORY_READ_BYTES)} of the file are read (MAX_HISTORY_READ_BYTES). Move the older lines to an archive file to keep the history short.`);
  }
  const { entries, warnings } = historyLines(text, { file, firstLine });
  for (const warning of warnings) warn(warning);
  return entries;
}
