import { existsSync, readFileSync } from 'node:fs';
import { parseHistoryLine } from '../lib/history-lines.ts';
import { rollUpHistory } from '../lib/history-rollup.ts';
import type { HistoryLine } from '../lib/schema/result.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** What a rollup did to one history file. */
export interface RollupOutcome {
  linesBefore: number;
  linesAfter: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Rewrites a history file with runs before the raw window rolled up into day lines, and `add`
 * appended when given, in one atomic replace (the caller holds the results lock). A line that
 * cannot be read is kept as it is, at the top, so nothing is ever lost; it is warned about
 * wherever the history is read.
 */
export function rewriteHistory(path: string, now: Date, add?: HistoryLine): RollupOutcome {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const unreadable: string[] = [];
  const lines: HistoryLine[] = [];
  let linesBefore = 0;
  for (const text of before.split('\n')) {
    if (text.trim() === '') continue;
    linesBefore++;
    const outcome = parseHistoryLine(text);
    if ('entry' in outcome) lines.push(outcome.entry);
    else unreadable.push(text);
  }
  if (add) lines.push(add);
  const after = [...unreadable, ...rollUpHistory(lines, now).map((line) => JSON.stringify(line))];
  const text = `${after.join('\n')}\n`;
  if (text !== before) writeFileAtomic(path, text);
  return { linesBefore, linesAfter: after.length, bytesBefore: Buffer.byteLength(before), bytesAfter: Buffer.byteLength(text) };
}
