import type { APIRoute } from 'astro';
import { catalog } from '../data/site-data.ts';

/**
 * The default targets as JSON, for the tools a team already runs (a dashboard, a load test's
 * thresholds): each target's id, labels, group, unit, comparison, value, source and how it is
 * measured, in the targets file's order. It is also the API endpoint the handbook measures on its
 * own preview (src/content/projects/handbook.yaml), so `npm start` shows live API figures.
 */
export const GET: APIRoute = () => {
  const targets = [...catalog().targets.values()].map(({ id, label, group, unit, comparison, value, source, measuredBy }) => ({ id, label, group, unit, comparison, value, source, measuredBy }));
  return new Response(`${JSON.stringify({ targets }, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
