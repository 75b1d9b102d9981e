import { lengthProblem, type LengthLimit } from './content-limits.ts';
import { isHttpUrl } from './http-url.ts';

/** A change to one manual item, made in the browser or asked for on the command line. */
export interface DraftChange {
  item: string;
  action: 'tick' | 'untick' | 'na';
  note?: string;
  link?: string;
  reason?: string;
  /** Last day a waiver holds, YYYY-MM-DD. */
  until?: string;
}

/** The longest text each field of a change may hold: the project file's own limits. */
const TEXT_LIMITS: ReadonlyArray<[keyof DraftChange & ('note' | 'link' | 'reason'), LengthLimit]> = [['note', 'MAX_TEXT_LENGTH'], ['link', 'MAX_URL_LENGTH'], ['reason', 'MAX_TEXT_LENGTH']];

/** Lists what is wrong with a change, one sentence per field; empty when it can be saved. */
export function draftProblems(change: DraftChange): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(change.item)) problems.push(`item "${change.item}" is not a checklist item id`);
  if (!['tick', 'untick', 'na'].includes(change.action)) problems.push(`action "${change.action}" is not one of tick, untick, na`);
  if (change.action === 'na' && !change.reason?.trim()) problems.push('a reason is required to mark an item not applicable');
  if (change.until !== undefined && change.until !== '' && !isCalendarDate(change.until)) problems.push(`until "${change.until}" is not a date written YYYY-MM-DD`);
  if (change.link !== undefined && change.link !== '' && !isHttpUrl(change.link)) problems.push(`link "${change.link}" is not an http(s) URL`);
  for (const [field, limit] of TEXT_LIMITS) {
    const value = change[field];
    const problem = typeof value === 'string' ? lengthProblem(field, value, limit) : undefined;
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Quotes a word for a POSIX shell, only when it needs it. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:@=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The terminal command that makes the same change as a browser draft. */
export function commandFor(projectId: string, change: DraftChange): string {
  const words = ['npm', 'run', 'checklist', '--', change.action, projectId, change.item];
  const flag = (name: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') words.push(`--${name}`, value);
  };
  if (change.action === 'tick') {
    flag('note', change.note);
    flag('link', change.link);
  }
  if (change.action === 'na') {
    flag('reason', change.reason);
    flag('until', change.until);
  }
  return words.map(shellQuote).join(' ');
}
