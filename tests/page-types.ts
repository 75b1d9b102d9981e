/** One page of every page type of the handbook, by its French path (the English one sits under /en/). The 404 page is added by each user: how to reach it depends on the tool. */
export const PAGE_TYPES = [
  { type: 'home', path: '/' },
  { type: 'role guide', path: '/role/' },
  { type: 'audit phase', path: '/audit/load-testing/' },
  { type: 'patterns index', path: '/patterns/' },
  { type: 'pattern', path: '/patterns/pagination/' },
  { type: 'targets', path: '/targets/' },
  { type: 'projects overview', path: '/projects/' },
  { type: 'project', path: '/projects/storefront/' },
  { type: 'audit report', path: '/projects/storefront/audits/2026-11-20/' },
];
