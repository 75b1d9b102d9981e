import { MAX_HISTORY_LINE_LENGTH, MAX_HISTORY_LINES } from './content-limits.ts';
import { describeIssue } from './friendly-errors.ts';
import { historyDaySchema, historyEntrySchema, historyLineTime, HISTORY_DAY_VERSION, type HistoryLine } from './schema/result.ts';

/** The runs a history file holds, and one warning per line that was skipped. */
export interface HistoryLines {
  /** The valid lines (runs and rolled-up days), oldest first. */
  entries: HistoryLine[];
  /** One sentence per skipped line (or group of lines), naming the file and the line. */
  warnings: string[];
}

/** Where a history text comes from: the file as people type it, and the number of its first line (1 unless only its end was read). */
export interface HistorySource {
  file: string;
  firstLine?: number;
}

/** Reads one history line as a run, or says what is wrong with it. */
export function parseHistoryLine(line: string): { entry: HistoryLine } | { problem: string } {
  if (line.length > MAX_HISTORY_LINE_LENGTH) {
    return { problem: `is ${line.length.toLocaleString('en-US')} characters long, over the ${MAX_HISTORY_LINE_LENGTH.toLocaleString('en-US')} a run can take (MAX_HISTORY_LINE_LENGTH)` };
  }
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { problem: `is not valid JSON (${(error as Error).message.split('\n')[0]})` };
  }
  // A line says which kind it is: a rolled-up day states its version; a run states none. Judged by its own schema, its errors name its own fields.
  const isDay = typeof data === 'object' && data !== null && 'schemaVersion' in data && (data as { schemaVersion: unknown }).schemaVersion === HISTORY_DAY_VERSION;
  const parsed = (isDay ? historyDaySchema : historyEntrySchema).safeParse(data);
  if (parsed.success) return { entry: parsed.data };
  return { problem: parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, data)).join('; ') };
}

/**
 * Reads the lines of a history file: each valid line is a run; a bad line (not JSON, a field out
 * of its schema, too long) is skipped with a warning naming the file and the line, never fatal,
 * so one broken line leaves the rest of the trend on the page. Only the last MAX_HISTORY_LINES
 * lines are read.
 */
export function historyLines(text: string, source: HistorySource): HistoryLines {
  const { file } = source;
  const firstLine = source.firstLine ?? 1;
  const warnings: string[] = [];
  let lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let offset = firstLine;
  if (lines.length > MAX_HISTORY_LINES) {
    const skipped = lines.length - MAX_HISTORY_LINES;
    warnings.push(
      `${file}: lines ${firstLine}–${firstLine + skipped - 1} skipped: only the last ${MAX_HISTORY_LINES.toLocaleString('en-US')} runs are read (MAX_HISTORY_LINES). Roll the history up (npm run history -- rollup) or move the older lines to an archive file.`,
    );
    lines = lines.slice(skipped);
    offset += skipped;
  }
  const entries: HistoryLine[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const outcome = parseHistoryLine(line);
    if ('entry' in outcome) entries.push(outcome.entry);
    else warnings.push(`${file}: line ${offset + index} skipped: ${outcome.problem}. The other runs still show; fix or delete that line.`);
  });
  return { entries: entries.sort((a, b) => Date.parse(historyLineTime(a)) - Date.parse(historyLineTime(b))), warnings };
}
