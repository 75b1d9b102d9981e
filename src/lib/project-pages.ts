import { resolveHeaders } from './header-values.ts';
import type { Project } from './schema/project.ts';

/** A page of a project with its headers resolved; its address is final once the preview's origin is known. */
export interface PlannedPage {
  name: string;
  /** The absolute URL, or absent for a page on the local preview. */
  url?: string;
  /** The path on the local preview. */
  path?: string;
  headers: Record<string, string>;
  secrets: string[];
}

export type PagesOutcome = { ok: true; pages: PlannedPage[] } | { ok: false; problems: string[] };

/** Prepares every page of a project: headers read from the environment; a missing variable is a problem naming the file and field. */
export function planProjectPages(project: Pick<Project, 'pages'>, env: Readonly<Record<string, string | undefined>>, file: string): PagesOutcome {
  const problems: string[] = [];
  const pages: PlannedPage[] = [];
  project.pages.forEach((page, index) => {
    const headers = resolveHeaders(page.headers, env, { file, field: `pages[${index}].headers` });
    if (!headers.ok) {
      problems.push(...headers.problems);
      return;
    }
    pages.push({ name: page.name, ...(page.url !== undefined ? { url: page.url } : {}), ...(page.path !== undefined ? { path: page.path } : {}), headers: headers.headers, secrets: headers.secrets });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pages };
}

/** The address to measure: the page's URL, or its path on the preview's origin. */
export function pageAddress(page: Pick<PlannedPage, 'url' | 'path'>, origin: string | undefined): string {
  if (page.url !== undefined) return page.url;
  if (origin === undefined) throw new RangeError(`page path ${page.path} needs the preview server's address`);
  return new URL(page.path ?? '/', origin).href;
}
