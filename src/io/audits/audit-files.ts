import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths, defaultRoot } from '../content-paths.ts';
import { displayPath } from '../read-yaml.ts';

/** The folder of every project's audits: `src/content/audits/<project>/<YYYY-MM-DD>.yaml`. */
export function auditsFolder(root = defaultRoot()): string {
  return join(contentPaths(root).content, 'audits');
}

/** Where the audit of a project on a day lives. */
export function auditPath(projectId: string, date: string, root = defaultRoot()): string {
  return join(auditsFolder(root), projectId, `${date}.yaml`);
}

/** One file found under the audits folder. */
export interface AuditFile {
  /** The folder it sits in: the project id, when it is one. */
  project: string;
  /** Its name, such as 2026-11-20.yaml. */
  name: string;
  path: string;
  /** The path as people type it. */
  file: string;
}

/** True for a name the listing skips: a hidden file, such as a write's temporary file. */
const hidden = (name: string) => name.startsWith('.');

/** Every file under the audits folder, or only a project's, sorted by project then name; no folder is no audit. */
export function listAuditFiles(root = defaultRoot(), projectId?: string): AuditFile[] {
  const folder = auditsFolder(root);
  if (!existsSync(folder)) return [];
  const projects = projectId === undefined ? readdirSync(folder).filter((name) => !hidden(name)).sort() : [projectId];
  return projects.flatMap((project) => {
    const dir = join(folder, project);
    if (!existsSync(dir)) return [];
    // A file beside the project folders is out of place: listed, so the check names it.
    if (!statSync(dir).isDirectory()) return [{ project: '', name: project, path: dir, file: displayPath(dir) }];
    return readdirSync(dir)
      .filter((name) => !hidden(name))
      .sort()
      .map((name) => ({ project, name, path: join(dir, name), file: displayPath(join(dir, name)) }));
  });
}
