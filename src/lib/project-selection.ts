import { suggestionText } from './nearest-ids.ts';
import { isDocumentationUrl } from './reserved-hosts.ts';
import type { Project } from './schema/project.ts';
import { MEASURED_PARTS, type MeasuredPart } from './verify-options.ts';

/** The projects a run measures, and those the default selection left out with the reason. */
export interface Selection {
  selected: string[];
  skipped: Array<{ id: string; reason: string }>;
}

export type SelectionOutcome = ({ ok: true } & Selection) | { ok: false; problems: string[] };

type Measurable = Pick<Project, 'pages' | 'endpoints'>;

/** What a run may measure of a project: its pages, its endpoints, or both (`--only`). */
const partsOf = (project: Measurable, parts: readonly MeasuredPart[]) => parts.flatMap((part) => project[part]);

/** The parts as a person reads them: "pages", "endpoints", "pages or endpoints". */
const partsText = (parts: readonly MeasuredPart[]) => parts.join(' or ');

/** True when everything a run would measure of a project is on a host reserved for documentation: an example to copy, not a service to measure. */
function isExample(project: Measurable, parts: readonly MeasuredPart[]): boolean {
  const measured = partsOf(project, parts);
  return measured.length > 0 && measured.every((entry) => entry.url !== undefined && isDocumentationUrl(entry.url));
}

/**
 * Chooses the projects to measure. Named projects must exist and have pages or endpoints (those
 * `--only` keeps). With none named and no ad hoc `--url` or `--endpoint`, every project that has
 * them is measured, except examples whose pages and endpoints are all on documentation-only hosts
 * (RFC 2606, such as shop.example.com), which are measured only when named. With only ad hoc
 * addresses, no project is measured.
 */
export function selectProjects(projects: ReadonlyMap<string, Measurable>, requested: readonly string[], hasAdHoc: boolean, parts: readonly MeasuredPart[] = MEASURED_PARTS): SelectionOutcome {
  const ids = [...projects.keys()].sort();
  const what = partsText(parts);
  const measurable = ids.filter((id) => partsOf(projects.get(id)!, parts).length > 0);
  if (requested.length > 0) {
    const problems: string[] = [];
    for (const id of requested) {
      const project = projects.get(id);
      if (project === undefined) problems.push(`--project is ${JSON.stringify(id)}, which is not a project: ${suggestionText(id, ids, `the projects are ${ids.join(', ')}`)}`);
      else if (partsOf(project, parts).length === 0) {
        problems.push(`--project ${id} has no ${what} to measure: add \`${parts.join('` or `')}\` to src/content/projects/${id}.yaml, or choose a project with ${what} (${measurable.join(', ') || 'none has any'})`);
      }
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, selected: [...requested], skipped: [] };
  }
  if (hasAdHoc) return { ok: true, selected: [], skipped: [] };
  const skipped = measurable.filter((id) => isExample(projects.get(id)!, parts)).map((id) => ({ id, reason: `its ${what} are on documentation-only hosts (RFC 2606); measure it with --project ${id}` }));
  const selected = measurable.filter((id) => !skipped.some((entry) => entry.id === id));
  if (selected.length === 0) {
    return { ok: false, problems: [`no project has ${what} to measure: add \`${parts.join('` or `')}\` to a file in src/content/projects/, or give --project <id>, --url <url> or --endpoint <url>`] };
  }
  return { ok: true, selected, skipped };
}
