import type { Catalog } from './lib/schema/catalog.ts';

/** The audit method's pages, in the order the method follows. */
const AUDIT_PHASES = [
  ['baseline', '1. Référence', '1. Baseline'],
  ['profiling', '2. Profilage', '2. Profiling'],
  ['load-testing', '3. Tests de charge', '3. Load testing'],
  ['optimization-plan', '4. Plan d’optimisation', '4. Optimisation plan'],
  ['implementation', '5. Mise en œuvre', '5. Implementation'],
  ['capacity-planning', '6. Capacité', '6. Capacity planning'],
  ['monitoring', '7. Supervision', '7. Monitoring'],
] as const;

/**
 * The most projects the sidebar lists by name. The sidebar is on every page, so each link costs
 * every page its weight (200 projects added 27 KB to the role guide), and past a handful a reader
 * finds a project by its name or owner in the overview's filter, not by scrolling a list; up to
 * six, one glance takes in the list and it saves a small team a click. Past six, the Projects group
 * holds the overview link alone, whatever the number of projects.
 */
export const MAX_SIDEBAR_PROJECTS = 6;

/** The project links of the sidebar, by name: every project while there are at most MAX_SIDEBAR_PROJECTS, none past that. */
export function sidebarProjects(projects: Catalog['projects']): Array<{ label: string; link: string }> {
  if (projects.size > MAX_SIDEBAR_PROJECTS) return [];
  return [...projects.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name)).map(([id, p]) => ({ label: p.name, link: `/projects/${id}/` }));
}

/** Builds Starlight's sidebar; pattern and project links come from the data so a new file shows up by itself. */
export function sidebar(catalog: Pick<Catalog, 'patterns' | 'projects'>) {
  const patterns = [...catalog.patterns.values()].sort((a, b) => a.order - b.order);
  return [
    { label: 'Guide du rôle', translations: { en: 'Role guide' }, link: '/role/' },
    {
      label: 'Méthode d’audit',
      translations: { en: 'Audit method' },
      items: [
        { label: 'Vue d’ensemble', translations: { en: 'Overview' }, link: '/audit/' },
        ...AUDIT_PHASES.map(([slug, fr, en]) => ({ label: fr, translations: { en }, link: `/audit/${slug}/` })),
      ],
    },
    {
      label: 'Patterns d’optimisation',
      translations: { en: 'Optimisation patterns' },
      collapsed: true,
      items: [
        { label: 'Tous les patterns', translations: { en: 'All patterns' }, link: '/patterns/' },
        ...patterns.map((p) => ({ label: p.title.fr, translations: { en: p.title.en }, link: `/patterns/${p.id}/` })),
      ],
    },
    { label: 'Cibles et SLO', translations: { en: 'Targets and SLOs' }, link: '/targets/' },
    {
      label: 'Projets',
      translations: { en: 'Projects' },
      items: [
        { label: 'Vue d’ensemble', translations: { en: 'Overview' }, link: '/projects/' },
        ...sidebarProjects(catalog.projects),
      ],
    },
  ];
}
