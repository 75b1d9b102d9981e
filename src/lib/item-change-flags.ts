import { lengthProblem, type LengthLimit } from './content-limits.ts';
import { isCalendarDate, type DraftChange } from './draft-change.ts';
import { formatValue } from './friendly-errors.ts';
import { isHttpUrl } from './http-url.ts';

/** The options `tick`, `untick` and `na` accept, as the command line hands them over. */
export interface ItemChangeFlags {
  note?: string;
  link?: string;
  reason?: string;
  until?: string;
  by?: string;
}

/** A checked change, or every problem with the flags, each naming the flag and what it expects. */
export type ItemChangeInput = { ok: true; change: DraftChange } | { ok: false; problems: string[] };

/** Checks the flags of a terminal `tick`, `untick` or `na` and turns them into the change the browser would make. */
export function itemChangeFromFlags(action: DraftChange['action'], item: string, flags: ItemChangeFlags, now: Date): ItemChangeInput {
  const problems: string[] = [];
  if (flags.by !== undefined && flags.by.trim() === '') problems.push('--by is empty: expected a name, or leave the flag out to use git\'s user name');
  // The same limits as the project file's fields, checked before anything is read or written.
  const limits: Array<[keyof ItemChangeFlags, LengthLimit]> = [['note', 'MAX_TEXT_LENGTH'], ['reason', 'MAX_TEXT_LENGTH'], ['link', 'MAX_URL_LENGTH'], ['by', 'MAX_NAME_LENGTH']];
  for (const [flag, limit] of limits) {
    const problem = flags[flag] === undefined ? undefined : lengthProblem(`--${flag}`, flags[flag]!, limit);
    if (problem !== undefined) problems.push(problem);
  }
  if (action === 'tick' && flags.link !== undefined && !isHttpUrl(flags.link.trim())) {
    problems.push(`--link is ${formatValue(flags.link)}: expected an absolute http:// or https:// URL, such as https://git.example.com/merge_requests/412`);
  }
  if (action === 'na') {
    if (flags.reason === undefined || flags.reason.trim() === '') problems.push('--reason is missing: expected why the item does not apply to this project, such as --reason "Reports come from the data warehouse"');
    if (flags.until !== undefined) problems.push(...untilProblems(flags.until.trim(), now));
  }
  if (problems.length > 0) return { ok: false, problems };
  const change: DraftChange = { item, action };
  if (action === 'tick') Object.assign(change, defined({ note: flags.note, link: flags.link?.trim() }));
  if (action === 'na') Object.assign(change, defined({ reason: flags.reason, until: flags.until?.trim() }));
  return { ok: true, change };
}

/** What is wrong with a waiver's last day: not a real date, or a day already past. */
function untilProblems(until: string, now: Date): string[] {
  if (!isCalendarDate(until)) return [`--until is ${formatValue(until)}: expected a real calendar date written YYYY-MM-DD, such as 2027-03-31`];
  const today = now.toISOString().slice(0, 10);
  if (until < today) return [`--until is ${until}, a day already past: expected today (${today}) or a later day, the last day the waiver holds`];
  return [];
}

/** Drops the keys whose value is undefined. */
function defined<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
