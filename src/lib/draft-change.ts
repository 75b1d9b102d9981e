import { lengthProblem, type LengthLimit } from './content-limits.ts';
import { formatValue } from './friendly-errors.ts';
import { isHttpUrl } from './http-url.ts';
import { isCalendarDate, isId } from './shape-rules.ts';

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

/** The fields of a change a person types, which messages name. */
export type DraftField = 'note' | 'link' | 'reason' | 'until';
/** What each field is called in a message: its own name in the browser and the save endpoint, its flag on the command line. */
export type DraftFieldNames = Readonly<Record<DraftField, string>>;
export const DRAFT_FIELD_NAMES: DraftFieldNames = { note: 'note', link: 'link', reason: 'reason', until: 'until' };

/** The longest text each field of a change may hold: the project file's own limits. */
const TEXT_LIMITS: ReadonlyArray<[Exclude<DraftField, 'until'>, LengthLimit]> = [['note', 'MAX_TEXT_LENGTH'], ['link', 'MAX_URL_LENGTH'], ['reason', 'MAX_TEXT_LENGTH']];

/** The waiver rule: a real calendar day, and today (UTC) or a later one, since a waiver that ended yesterday would be expired the moment it is saved. */
function untilProblems(until: string, today: Date, name: string): string[] {
  if (!isCalendarDate(until)) return [`${name} is ${formatValue(until)}: expected a real calendar date written YYYY-MM-DD, such as 2027-03-31`];
  const day = today.toISOString().slice(0, 10);
  if (until < day) return [`${name} is ${until}, a day already past: expected today (${day}) or a later day, the last day the waiver holds`];
  return [];
}

/**
 * Lists what is wrong with a change, one sentence per field; empty when it can be saved. The one
 * rule for every door: the browser editor, the save endpoint and the checklist command all call it.
 * `today` is the day a waiver's `until` is compared with (UTC); `names` words the fields for where
 * the change came from (`--until` on the command line). An empty field means none.
 */
export function draftProblems(change: DraftChange, today: Date = new Date(), names: DraftFieldNames = DRAFT_FIELD_NAMES): string[] {
  const problems: string[] = [];
  if (typeof change.item !== 'string' || !isId(change.item)) problems.push(`item ${formatValue(change.item)} is not a checklist item id`);
  if (!['tick', 'untick', 'na'].includes(change.action)) problems.push(`action ${formatValue(change.action)} is not one of tick, untick, na`);
  // A change from the save endpoint is any JSON: a field that is not text is named before any rule reads it.
  const wrongType = (['note', 'link', 'reason', 'until'] as const).filter((field) => change[field] !== undefined && typeof change[field] !== 'string');
  if (wrongType.length > 0) return [...problems, ...wrongType.map((field) => `${names[field]} is ${formatValue(change[field])}: expected a text`)];
  if (change.action === 'na' && !change.reason?.trim()) problems.push(`${names.reason} is missing: expected why the item does not apply to this project, such as "Reports come from the data warehouse"`);
  if (change.until !== undefined && change.until !== '') problems.push(...untilProblems(change.until, today, names.until));
  if (change.link !== undefined && change.link !== '' && !isHttpUrl(change.link)) {
    problems.push(`${names.link} is ${formatValue(change.link)}: expected an absolute http:// or https:// URL, such as https://git.example.com/merge_requests/412`);
  }
  for (const [field, limit] of TEXT_LIMITS) {
    const value = change[field];
    const problem = value === undefined ? undefined : lengthProblem(names[field], value, limit);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

export { isCalendarDate };

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
