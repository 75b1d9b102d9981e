import type { Project } from './schema/project.ts';

/**
 * True when the site may publish the project file itself (for the static editor's "download the
 * updated file"): only when no page or endpoint has request headers, and no endpoint a body.
 * Header values come from the environment, but even their names and variables say how a team's
 * private services are reached, a body may hold what a team keeps to itself, and a copy without
 * them would lose them when saved back. Such projects are edited with the commands.
 */
export function isPublishable(project: Pick<Project, 'pages' | 'endpoints'>): boolean {
  const hasHeaders = [...project.pages, ...project.endpoints].some((entry) => Object.keys(entry.headers).length > 0);
  return !hasHeaders && project.endpoints.every((endpoint) => endpoint.body === undefined);
}
