import { suggestionText } from './nearest-ids.ts';
import type { Checklist, ChecklistItem } from './schema/checklist.ts';
import type { Target } from './schema/target.ts';
import { isEndpointMetric } from './web-metric-sources.ts';

/** A found entry, or one sentence saying why the id cannot be used and what to type instead. */
export type Lookup<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The command that measures a target, as a person types it. */
export function measuringCommand(target: Target, projectId: string): string {
  if (target.measuredBy !== 'verify-web-vitals') return `npm run checklist -- record ${projectId} ${target.id} <value> --source <text>`;
  return isEndpointMetric(target.id) ? `npm run verify-web-vitals -- --project ${projectId} --only endpoints` : `npm run verify-web-vitals -- --project ${projectId}`;
}

/** Finds a project by id, or suggests the nearest ids. */
export function findProject(projectIds: Iterable<string>, wanted: string): Lookup<string> {
  const ids = [...projectIds];
  if (ids.includes(wanted)) return { ok: true, value: wanted };
  return { ok: false, problem: `unknown project "${wanted}": ${suggestionText(wanted, ids, `the projects are ${ids.map((id) => `"${id}"`).join(', ')}`)}` };
}

/** Why an item read from an audit section cannot be ticked, and where its status comes from. */
function auditPhaseProblem(item: ChecklistItem & { phase: string }, projectId: string): string {
  return `item "${item.id}" is decided by the project's latest audit, so it cannot be ticked or waived by hand: it is done when that audit's \`${item.phase}\` section is complete; set \`${item.phase}.status: complete\` in the latest file of src/content/audits/${projectId}/ and run "npm run audit -- check ${projectId}", or start an audit with "npm run audit -- new ${projectId}"`;
}

/**
 * Finds a checklist item a person ticks; a measured item is refused with the command that measures
 * it, and an audit-phase item with the audit section that decides it. A load-test item is found: its
 * tick decides while the latest audit holds no run of its scenario.
 */
export function findManualItem(checklists: readonly Checklist[], targets: ReadonlyMap<string, Target>, wanted: string, projectId: string): Lookup<ChecklistItem> {
  const items = checklists.flatMap((checklist) => checklist.items);
  const item = items.find((candidate) => candidate.id === wanted);
  if (item === undefined) {
    const hint = suggestionText(wanted, items.map((candidate) => candidate.id), `run "npm run checklist -- list ${projectId}" to see every item id`);
    return { ok: false, problem: `unknown checklist item "${wanted}": ${hint}` };
  }
  if (item.phase !== undefined) return { ok: false, problem: auditPhaseProblem({ ...item, phase: item.phase }, projectId) };
  if (item.decidedBy === 'person') return { ok: true, value: item };
  const target = targets.get(item.target ?? '');
  const how = target === undefined ? 'its measurement' : `"${measuringCommand(target, projectId)}"`;
  return { ok: false, problem: `item "${wanted}" is measured (target "${item.target}"), so it cannot be ticked or waived by hand: its status comes from ${how}` };
}

/**
 * True for a target whose figure may be recorded by hand: those measured by another tool, and the
 * API targets, which the endpoint probe measures when it can reach the API and an APM otherwise
 * (the probe's figures win once it has run: see item-status.ts).
 */
export function isRecordable(target: Target): boolean {
  return target.measuredBy === 'record' || isEndpointMetric(target.id);
}

/** Finds a target whose figure is recorded by hand; accepts nothing the pages' measurement decides. */
export function findRecordTarget(checklists: readonly Checklist[], targets: ReadonlyMap<string, Target>, wanted: string, projectId: string): Lookup<Target> {
  const target = targets.get(wanted);
  if (target !== undefined && isRecordable(target)) return { ok: true, value: target };
  if (target !== undefined) {
    return { ok: false, problem: `target "${wanted}" is measured by verify-web-vitals, not recorded by hand: run "${measuringCommand(target, projectId)}"` };
  }
  // The id of a measured item was typed where its target was meant.
  const item = checklists.flatMap((checklist) => checklist.items).find((candidate) => candidate.id === wanted && candidate.target !== undefined);
  const itemTarget = item !== undefined ? targets.get(item.target!) : undefined;
  if (itemTarget !== undefined && isRecordable(itemTarget)) {
    return { ok: false, problem: `"${wanted}" is a checklist item, not a target: record its target instead, "npm run checklist -- record ${projectId} ${itemTarget.id} <value> --source <text>"` };
  }
  const recordable = [...targets.values()].filter(isRecordable).map((candidate) => candidate.id);
  const hint = suggestionText(wanted, recordable, `the targets recorded by hand are ${recordable.map((id) => `"${id}"`).join(', ')}`);
  return { ok: false, problem: `unknown target "${wanted}": ${hint}` };
}
