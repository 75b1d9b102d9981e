import type { APIRoute } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { contentPaths } from '../../io/content-paths.ts';
import { catalog } from '../../data/site-data.ts';

/** A project's whole history file as it is, run and day lines, for anyone who wants every figure the charts draw less of. */
export function getStaticPaths() {
  return [...catalog().projects.keys()].filter((id) => existsSync(contentPaths().history(id))).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(contentPaths().history(params.id!), 'utf8'), { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
