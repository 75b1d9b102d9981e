import { lengthProblem } from './content-limits.ts';
import { formatValue } from './friendly-errors.ts';
import type { RecordedValue } from './schema/project.ts';

/** The arguments and options `record` accepts, as the command line hands them over. */
export interface RecordFlags {
  value: string;
  source?: string;
  at?: string;
  by?: string;
}

/** A checked figure, or every problem with the arguments, each naming the argument and what it expects. */
export type RecordInput = { ok: true; record: RecordedValue } | { ok: false; problems: string[] };

/** Leeway for clocks a little ahead of ours before a `--at` counts as in the future (five minutes). */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** A date, or a date and time with an optional zone, as people type them. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a figure in the target's unit: a plain non-negative number; for a time target "ms" or "s" may follow. */
export function parseRecordValue(text: string, unit: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(ms|s)?$/.exec(text.trim());
  if (match === null) return undefined;
  const suffix = match[2];
  if (suffix !== undefined && unit !== 'ms') return undefined;
  const value = Number(match[1]);
  return suffix === 's' ? value * 1000 : value;
}

/** Reads `--at` as an ISO date-time; a date alone means midnight UTC, a time without a zone is local time. */
export function parseRecordTime(text: string): string | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (match === null) return undefined;
  const [, day, hours, minutes, seconds] = match;
  if (Number(hours ?? 0) > 23 || Number(minutes ?? 0) > 59 || Number(seconds ?? 0) > 59) return undefined;
  const date = new Date(match[2] === undefined ? `${day}T00:00:00Z` : text.trim().replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return undefined;
  // `new Date` rolls 2026-02-30 over to March; a date that does not round-trip was not a real day.
  if (match[2] === undefined && date.toISOString().slice(0, 10) !== day) return undefined;
  if (match[2] !== undefined && !isRealDay(day!)) return undefined;
  return date.toISOString();
}

/** True for a real calendar day written YYYY-MM-DD. */
function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** Checks the arguments of `record` and builds the figure to store. */
export function recordFromFlags(flags: RecordFlags, unit: string, now: Date): RecordInput {
  const problems: string[] = [];
  const value = parseRecordValue(flags.value, unit);
  const unitHint = unit === 'ms' ? ' in milliseconds, such as 240 (or 240ms, 2s)' : ', such as 0.1';
  if (value === undefined) problems.push(`<value> is ${formatValue(flags.value)}: expected a non-negative number${unitHint}`);
  const source = flags.source?.trim() ?? '';
  if (source === '') problems.push('--source is missing: expected where the figure comes from, such as --source "APM dashboard, 7-day P95 of /v1/search"');
  // The same limits as the project file's fields, checked before anything is read or written.
  for (const problem of [lengthProblem('--source', source, 'MAX_TEXT_LENGTH'), lengthProblem('--by', flags.by ?? '', 'MAX_NAME_LENGTH')]) if (problem !== undefined) problems.push(problem);
  let at = now.toISOString();
  if (flags.at !== undefined) {
    const parsed = parseRecordTime(flags.at);
    if (parsed === undefined) problems.push(`--at is ${formatValue(flags.at)}: expected when it was measured, as a date or an ISO date-time, such as 2026-11-20 or 2026-11-20T09:00:00Z`);
    else if (Date.parse(parsed) > now.getTime() + CLOCK_SKEW_MS) problems.push(`--at is ${flags.at}, which is in the future: expected when the figure was measured`);
    else at = parsed;
  }
  if (flags.by !== undefined && flags.by.trim() === '') problems.push('--by is empty: expected a name, or leave the flag out to use git\'s user name');
  if (problems.length > 0 || value === undefined) return { ok: false, problems };
  return { ok: true, record: { value, source, at, ...(flags.by !== undefined ? { by: flags.by.trim() } : {}) } };
}
