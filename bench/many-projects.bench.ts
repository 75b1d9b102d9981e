// The many-projects bench: the handbook with its own 2 projects beside the same handbook with 200
// (198 generated over a dozen teams, most with a latest result and two weeks of runs; see
// tests/fixtures/many-projects.ts), built in one run on one machine. Prints the HTML size of the
// projects overview and of the role guide (raw and gzip), and the build time, with the ratio of
// the 200-project site to the 2-project one. The role guide stands for every reading page, whose
// sidebar is what grows with the projects.
// Goals: role guide ≤ 1.05x (the sidebar does not grow with the projects); the overview ≤ 1.5 KB of
// HTML per added project (its card) and ≤ 40 KB gzip at 200 projects (under half a second of a
// slow 4G link's 1.6 Mbit/s).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentWithProjects } from '../tests/fixtures/many-projects.ts';
import { buildAstro, countPages } from './lib/astro-site.ts';
import { textTable } from './lib/text-table.ts';

/** The time the runs end at; the site's statuses are computed at it. */
const NOW = '2026-12-01T09:00:00.000Z';
/** Projects the handbook itself has. */
const OWN_PROJECTS = 2;
/** Projects of the large case, the handbook's own included. */
const MANY = 200;

/** The pages weighed, by their path in the build. */
const PAGES = [
  { label: 'projects overview (en)', file: 'en/projects/index.html' },
  { label: 'projects overview (fr)', file: 'projects/index.html' },
  { label: 'role guide (en)', file: 'en/role/index.html' },
];

/** Builds a content copy once (the repo's Astro cache left alone: other builds may be using it); returns the build time, the page count and each weighed page's raw and gzip size. */
async function buildCase(root: string): Promise<{ buildMs: number; pages: number; sizes: Array<{ raw: number; gzip: number }> }> {
  const outDir = join(root, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  const buildMs = await buildAstro(process.cwd(), { outDir, env: { PERF_HANDBOOK_ROOT: root, PERF_HANDBOOK_NOW: NOW } });
  const sizes = PAGES.map(({ file }) => {
    const html = readFileSync(join(outDir, file));
    return { raw: html.length, gzip: gzipSync(html).length };
  });
  return { buildMs, pages: countPages(outDir), sizes };
}

const few = contentWithProjects(0, NOW);
const many = contentWithProjects(MANY - OWN_PROJECTS, NOW);
try {
  const small = await buildCase(few);
  const large = await buildCase(many);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const rows = PAGES.flatMap(({ label }, index) => {
    const [a, b] = [small.sizes[index]!, large.sizes[index]!];
    return [
      [`${label} HTML`, kb(a.raw), kb(b.raw), ratio(b.raw, a.raw)],
      [`${label} gzip`, kb(a.gzip), kb(b.gzip), ratio(b.gzip, a.gzip)],
    ];
  });
  const [overviewFew, overviewMany] = [small.sizes[0]!, large.sizes[0]!];
  rows.push(['overview (en) per added project', '', `${((overviewMany.raw - overviewFew.raw) / (MANY - OWN_PROJECTS) / 1024).toFixed(2)} KB HTML, ${((overviewMany.gzip - overviewFew.gzip) / (MANY - OWN_PROJECTS)).toFixed(0)} B gzip`, '']);
  rows.push(['build (one)', `${(small.buildMs / 1000).toFixed(1)} s, ${small.pages} pages`, `${(large.buildMs / 1000).toFixed(1)} s, ${large.pages} pages`, ratio(large.buildMs, small.buildMs)]);
  console.log(textTable(['figure', `${OWN_PROJECTS} projects`, `${MANY} projects`, 'ratio'], rows));
  console.log('\nGoals: role guide ≤ 1.05x; overview ≤ 1.5 KB HTML per added project and ≤ 40 KB gzip at 200 projects.');
} finally {
  rmSync(few, { recursive: true, force: true });
  rmSync(many, { recursive: true, force: true });
}
