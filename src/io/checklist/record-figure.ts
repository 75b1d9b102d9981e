import { applyRecordToYaml } from '../../lib/apply-record-to-yaml.ts';
import { findProject, findRecordTarget } from '../../lib/checklist-ids.ts';
import { effectiveTargets } from '../../lib/effective-targets.ts';
import { recordVerdict } from '../../lib/record-verdict.ts';
import { recordFromFlags } from '../../lib/recorded-value-flags.ts';
import { defaultAuthor } from '../author.ts';
import { updateProjectFile } from '../update-project-file.ts';
import { readCatalog } from './read-catalog.ts';
import { found, UsageError } from './usage-error.ts';

/** The flags of record, as typed. */
export interface RecordFlags {
  project: string;
  target: string;
  value: string;
  source?: string;
  at?: string;
  by?: string;
}

/** `record`: stores a figure measured by another tool in the project's file and returns the lines that judge it against the project's effective target. */
export function recordFigure(root: string, flags: RecordFlags, now: Date): string[] {
  const catalog = readCatalog(root);
  const projectId = found(findProject(catalog.projects.keys(), flags.project));
  const target = found(findRecordTarget(catalog.checklists, catalog.targets, flags.target, projectId));
  const input = recordFromFlags({ value: flags.value, source: flags.source, at: flags.at, by: flags.by }, target.unit, now);
  if (!input.ok) throw new UsageError(input.problems);
  const figure = { ...input.record, by: input.record.by ?? defaultAuthor() };
  const { file, project } = updateProjectFile(projectId, (text) => applyRecordToYaml(text, target.id, figure), root);
  const verdict = recordVerdict(figure, effectiveTargets(catalog.targets, project).get(target.id)!);
  return [`${projectId}: ${verdict.text}.`, `Recorded by ${figure.by}, measured at ${figure.at}, source "${figure.source}", in ${file}.`];
}
