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

/** Builds Starlight's sidebar; pattern and project links come from the data so a new file shows up by itself. */
export function sidebar(catalog: Catalog) {
  const patterns = [...catalog.patterns.values()].sort((a, b) => a.order - b.order);
  const projects = [...catalog.projects.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name));
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
        ...projects.map(([id, p]) => ({ label: p.name, link: `/projects/${id}/` })),
      ],
    },
  ];
}
