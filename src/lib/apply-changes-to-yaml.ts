import { parseDocument } from 'yaml';
import type { DraftChange } from './draft-change.ts';
import { setInKeepingAliases } from './set-in-keeping-aliases.ts';

/** Who makes the changes and when (ISO date-time). */
export interface ChangeAuthor {
  by?: string;
  at: string;
}

/** The item state a change records, without empty fields. */
export function stateFor(change: DraftChange, author: ChangeAuthor): Record<string, string> {
  const state: Record<string, string> = { state: change.action === 'tick' ? 'done' : change.action === 'na' ? 'not-applicable' : 'todo' };
  if (author.by) state.by = author.by;
  state.at = author.at;
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') state[key] = value.trim();
  };
  if (change.action === 'tick') {
    put('note', change.note);
    put('evidence', change.link);
  }
  if (change.action === 'na') {
    put('reason', change.reason);
    put('until', change.until);
  }
  return state;
}

/** Applies item changes to a project file's text, keeping its comments, order and formatting elsewhere, and what each alias means. */
export function applyChangesToYaml(text: string, changes: readonly DraftChange[], author: ChangeAuthor): string {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new Error(`the project file is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
  for (const change of changes) {
    const node = document.createNode(stateFor(change, author));
    setInKeepingAliases(document, ['items', change.item], node);
  }
  return document.toString({ lineWidth: 0 });
}
