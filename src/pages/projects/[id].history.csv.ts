import type { APIRoute } from 'astro';
import { existsSync } from 'node:fs';
import { contentPaths } from '../../io/content-paths.ts';
import { catalog, projectView } from '../../data/site-data.ts';
import { historyCsv } from '../../lib/history-csv.ts';

/** A project's whole history as CSV for spreadsheets: one row per run (or rolled-up day), page and metric. */
export function getStaticPaths() {
  return [...catalog().projects.keys()].filter((id) => existsSync(contentPaths().history(id))).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => new Response(historyCsv(projectView(params.id!).history), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
