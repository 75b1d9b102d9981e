import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../src/io/load-catalog.ts';
import { MAX_SIDEBAR_PROJECTS, sidebar, sidebarProjects } from '../src/sidebar.ts';
import type { Catalog } from '../src/lib/schema/catalog.ts';

const catalog = loadCatalog();
/** The handbook's catalog with `count` projects named Service 1… in place of its own. */
function withProjects(count: number): Pick<Catalog, 'patterns' | 'projects'> {
  const own = [...catalog.projects.values()][0]!;
  const projects = new Map(Array.from({ length: count }, (_, index) => [`svc-${index + 1}`, { ...own, name: `Service ${index + 1}` }] as const));
  return { patterns: catalog.patterns, projects };
}
/** The links of the sidebar's Projects group. */
const projectLinks = (entries: ReturnType<typeof sidebar>) => {
  const group = entries.find((entry) => entry.label === 'Projets') as { items?: Array<{ link: string }> } | undefined;
  return (group?.items ?? []).map((entry) => entry.link);
};

describe('sidebar', () => {
  test('lists the handbook’s own projects by name after the overview', () => {
    const links = projectLinks(sidebar(catalog));
    expect(links[0]).toBe('/projects/');
    expect(links.slice(1).sort()).toEqual([...catalog.projects.keys()].map((id) => `/projects/${id}/`).sort());
  });

  test.each([
    // up to a handful: every one, by name
    [MAX_SIDEBAR_PROJECTS, MAX_SIDEBAR_PROJECTS + 1],
    // past it, and at a company's 200: the overview alone
    [MAX_SIDEBAR_PROJECTS + 1, 1],
    [200, 1],
  ])('%i projects → %i links under Projects', (count, links) => expect(projectLinks(sidebar(withProjects(count)))).toHaveLength(links));

  test('200 projects cost the sidebar no more entries than 7 do', () => {
    const size = (count: number) => JSON.stringify(sidebar(withProjects(count))).length;
    expect(size(200)).toBe(size(MAX_SIDEBAR_PROJECTS + 1));
  });
});

describe('sidebarProjects', () => {
  test('sorts by name', () => {
    const projects = withProjects(3).projects;
    projects.set('a', { ...projects.get('svc-1')!, name: 'Alpha' });
    expect(sidebarProjects(projects).map((entry) => entry.label)).toEqual(['Alpha', 'Service 1', 'Service 2', 'Service 3']);
  });
});
