import { lengthProblem } from './content-limits.ts';
import { draftProblems, type DraftChange, type DraftFieldNames } from './draft-change.ts';

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

/** The fields of a change as the command line names them. */
const FLAG_NAMES: DraftFieldNames = { note: '--note', link: '--link', reason: '--reason', until: '--until' };

/**
 * Checks the flags of a terminal `tick`, `untick` or `na` and turns them into the change the
 * browser would make. The change is judged by draftProblems, the rule the browser editor and the
 * save endpoint use, with `now` as today; only what is the command line's own is checked here.
 */
export function itemChangeFromFlags(action: DraftChange['action'], item: string, flags: ItemChangeFlags, now: Date): ItemChangeInput {
  const problems: string[] = [];
  if (flags.by !== undefined && flags.by.trim() === '') problems.push('--by is empty: expected a name, or leave the flag out to use git\'s user name');
  const byProblem = flags.by === undefined ? undefined : lengthProblem('--by', flags.by, 'MAX_NAME_LENGTH');
  if (byProblem !== undefined) problems.push(byProblem);
  // In the browser an empty field means none; on the command line an empty flag is a slip.
  if (action === 'tick' && flags.link !== undefined && flags.link.trim() === '') problems.push('--link is "": expected an absolute http:// or https:// URL, such as https://git.example.com/merge_requests/412, or leave the flag out');
  if (action === 'na' && flags.until !== undefined && flags.until.trim() === '') problems.push('--until is "": expected a real calendar date written YYYY-MM-DD, such as 2027-03-31, or leave the flag out');
  const change: DraftChange = { item, action };
  if (action === 'tick') Object.assign(change, defined({ note: flags.note, link: flags.link?.trim() || undefined }));
  if (action === 'na') Object.assign(change, defined({ reason: flags.reason, until: flags.until?.trim() || undefined }));
  problems.push(...draftProblems(change, now, FLAG_NAMES));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, change };
}

/** Drops the keys whose value is undefined. */
function defined<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
