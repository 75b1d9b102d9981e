import { suggestionText } from './nearest-ids.ts';
import { isDocumentationUrl } from './reserved-hosts.ts';
import type { Project } from './schema/project.ts';

/** The projects a run measures, and those the default selection left out with the reason. */
export interface Selection {
  selected: string[];
  skipped: Array<{ id: string; reason: string }>;
}

export type SelectionOutcome = ({ ok: true } & Selection) | { ok: false; problems: string[] };

/** True when every page of a project is on a host reserved for documentation: an example to copy, not a site to measure. */
function isExample(project: Pick<Project, 'pages'>): boolean {
  return project.pages.length > 0 && project.pages.every((page) => page.url !== undefined && isDocumentationUrl(page.url));
}

/**
 * Chooses the projects to measure. Named projects must exist and have pages. With none named and
 * no `--url`, every project that has pages is measured, except examples whose pages are all on
 * documentation-only hosts (RFC 2606, such as shop.example.com), which are measured only when named.
 * With only `--url` pages, no project is measured.
 */
export function selectProjects(projects: ReadonlyMap<string, Pick<Project, 'pages'>>, requested: readonly string[], hasUrls: boolean): SelectionOutcome {
  const ids = [...projects.keys()].sort();
  if (requested.length > 0) {
    const problems: string[] = [];
    for (const id of requested) {
      const project = projects.get(id);
      if (project === undefined) problems.push(`--project is ${JSON.stringify(id)}, which is not a project: ${suggestionText(id, ids, `the projects are ${ids.join(', ')}`)}`);
      else if (project.pages.length === 0) problems.push(`--project ${id} has no pages to measure: add \`pages\` to src/content/projects/${id}.yaml, or choose a project with pages (${ids.filter((other) => projects.get(other)!.pages.length > 0).join(', ') || 'none has any'})`);
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, selected: [...requested], skipped: [] };
  }
  if (hasUrls) return { ok: true, selected: [], skipped: [] };
  const withPages = ids.filter((id) => projects.get(id)!.pages.length > 0);
  const skipped = withPages.filter((id) => isExample(projects.get(id)!)).map((id) => ({ id, reason: `its pages are on documentation-only hosts (RFC 2606); measure it with --project ${id}` }));
  const selected = withPages.filter((id) => !skipped.some((entry) => entry.id === id));
  if (selected.length === 0) {
    return { ok: false, problems: ['no project has pages to measure: add `pages` to a file in src/content/projects/, or give --project <id> or --url <url>'] };
  }
  return { ok: true, selected, skipped };
}
