import type { APIRoute } from 'astro';
import { catalog, projectExports } from '../../../../data/site-data.ts';

/**
 * A project's SLO exports and load-test script as static files built with the site, the same text
 * `npm run export` writes: `<id>.rules.yaml`, `<id>.rules.test.yaml`, `<id>.openslo.yaml` and
 * `<id>.k6.js`. A format whose lint finds an error is not published (the command says why).
 */
export function getStaticPaths() {
  return [...catalog().projects.keys()].flatMap((id) => projectExports(id).map(({ file, text, type }) => ({ params: { id, file }, props: { text, type } })));
}

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'content-type': props.type as string } });
