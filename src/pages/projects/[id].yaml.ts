import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { contentPaths } from '../../io/content-paths.ts';
import { catalog } from '../../data/site-data.ts';
import { isPublishable } from '../../lib/publishable-project.ts';

/** The project file as it was at build time, so the static site can offer it back with the drafts applied; never for a project with request headers. */
export function getStaticPaths() {
  return [...catalog().projects.entries()].filter(([, project]) => isPublishable(project)).map(([id]) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(contentPaths().project(params.id!), 'utf8'), { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
