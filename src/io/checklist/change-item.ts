import { applyChangesToYaml } from '../../lib/apply-changes-to-yaml.ts';
import { findManualItem, findProject } from '../../lib/checklist-ids.ts';
import type { DraftChange } from '../../lib/draft-change.ts';
import { itemChangeFromFlags } from '../../lib/item-change-flags.ts';
import { STATUS_LABELS } from '../../lib/status-labels.ts';
import { defaultAuthor } from '../author.ts';
import { updateProjectFile } from '../update-project-file.ts';
import { readCatalog } from './read-catalog.ts';
import { found, UsageError } from './usage-error.ts';

/** The flags of tick, untick and na, as typed. */
export interface ItemFlags {
  project: string;
  item: string;
  note?: string;
  link?: string;
  reason?: string;
  until?: string;
  by?: string;
}

/**
 * `tick`, `untick`, `na`: applies the change to the project's file (validated first, comments and
 * order kept, replaced atomically) and returns the line that says what was recorded. Unticking an
 * item that is already to do writes nothing.
 */
export function changeItem(root: string, action: DraftChange['action'], flags: ItemFlags, now: Date): string {
  const catalog = readCatalog(root);
  const projectId = found(findProject(catalog.projects.keys(), flags.project));
  const item = found(findManualItem(catalog.checklists, catalog.targets, flags.item, projectId));
  const input = itemChangeFromFlags(action, item.id, { note: flags.note, link: flags.link, reason: flags.reason, until: flags.until, by: flags.by }, now);
  if (!input.ok) throw new UsageError(input.problems);
  const current = catalog.projects.get(projectId)!.items[item.id];
  if (action === 'untick' && (current === undefined || current.state === 'todo')) return `${STATUS_LABELS.todo.symbol} ${projectId}: ${item.id} is already to do; nothing written.`;
  const by = flags.by?.trim() || defaultAuthor();
  const at = now.toISOString();
  const { file } = updateProjectFile(projectId, (text) => applyChangesToYaml(text, [input.change], { by, at }), root);
  const change = input.change;
  const what =
    action === 'tick'
      ? `${STATUS_LABELS.done.symbol} ${projectId}: ${item.id} is done`
      : action === 'na'
        ? `${STATUS_LABELS['not-applicable'].symbol} ${projectId}: ${item.id} does not apply (${change.reason!.trim()}${change.until ? `; until ${change.until}` : ''})`
        : `${STATUS_LABELS.todo.symbol} ${projectId}: ${item.id} is to do again`;
  return `${what}, recorded by ${by} at ${at} in ${file}.`;
}
