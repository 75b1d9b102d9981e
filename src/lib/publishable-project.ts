import type { Project } from './schema/project.ts';

/**
 * True when the site may publish the project file itself (for the static editor's "download the
 * updated file"): only when no page has request headers. Their values come from the environment,
 * but even their names and variables say how a team's private pages are reached, and a copy
 * without them would lose them when saved back. Such projects are edited with the commands.
 */
export function isPublishable(project: Pick<Project, 'pages'>): boolean {
  return project.pages.every((page) => Object.keys(page.headers).length === 0);
}
