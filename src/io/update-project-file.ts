import { readFileSync } from 'node:fs';
import { parseWithFriendlyErrors } from '../lib/friendly-errors.ts';
import { projectSchema, type Project } from '../lib/schema/project.ts';
import { contentPaths, defaultRoot } from './content-paths.ts';
import { displayPath, parseYaml } from './read-yaml.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Edits a project file's text, checks the result is still a valid project, then replaces the file atomically; a bad edit never lands. */
export function updateProjectFile(projectId: string, edit: (text: string, file: string) => string, root = defaultRoot()): { file: string; project: Project } {
  const path = contentPaths(root).project(projectId);
  const file = displayPath(path);
  const next = edit(readFileSync(path, 'utf8'), file);
  const project = parseWithFriendlyErrors(projectSchema, parseYaml(next, file), file);
  writeFileAtomic(path, next);
  return { file, project };
}
