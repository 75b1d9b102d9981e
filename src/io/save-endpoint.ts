import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyChangesToYaml } from '../lib/apply-changes-to-yaml.ts';
import { draftProblems, type DraftChange } from '../lib/draft-change.ts';
import { ContentError, parseWithFriendlyErrors } from '../lib/friendly-errors.ts';
import { projectSchema } from '../lib/schema/project.ts';
import { defaultAuthor } from './author.ts';
import { contentPaths } from './content-paths.ts';
import { loadCatalog } from './load-catalog.ts';
import { displayPath, parseYaml } from './read-yaml.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Every local write goes under this path; the static build has nothing there. */
export const SAVE_PATH_PREFIX = '/__handbook/';
/** Name of the meta tag the local server adds to every page it serves; the static build never has it. */
export const LOCAL_SERVER_META = 'perf-handbook-local-server';
/** Largest request body accepted: a page's worth of drafts is a few kilobytes. */
const MAX_BODY_BYTES = 64 * 1024;

/** What the endpoint needs to know about the server it runs in. */
export interface SaveContext {
  port: number;
  /** Folder holding src/content (the repository by default). */
  root: string;
  /** Called after a successful save, to rebuild the site. */
  onSaved?: (projectId: string) => void;
}

/** Sends a JSON answer. */
function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/** True when the request comes from a page of this very server on loopback (Host and Origin both checked). */
export function isSameLocalOrigin(request: IncomingMessage, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(String(request.headers.host ?? ''))) return false;
  const origin = request.headers.origin;
  if (request.method === 'GET' && origin === undefined) return true;
  return allowed.some((host) => origin === `http://${host}`);
}

/** Reads a JSON body up to the size limit. */
function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`the request body is over ${MAX_BODY_BYTES} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new Error('the request body is not valid JSON'));
      }
    });
    request.on('error', reject);
  });
}

/** Applies drafts to a project file: validates every change and the resulting file, then writes it atomically. */
export function saveChanges(root: string, projectId: string, changes: DraftChange[], by = defaultAuthor()): string {
  const paths = contentPaths(root);
  const catalog = loadCatalog(root);
  if (!catalog.projects.has(projectId)) throw new ContentError(`unknown project "${projectId}"`);
  const manual = new Set(catalog.checklists.flatMap((c) => c.items.filter((i) => i.decidedBy === 'person').map((i) => i.id)));
  const problems = changes.flatMap((change) => [
    ...draftProblems(change),
    ...(manual.has(change.item) ? [] : [`item "${change.item}" is not a manual checklist item`]),
  ]);
  if (changes.length === 0) problems.push('no changes were sent');
  if (problems.length > 0) throw new ContentError(problems.join('; '), problems);
  const path = paths.project(projectId);
  const next = applyChangesToYaml(readFileSync(path, 'utf8'), changes, { by, at: new Date().toISOString() });
  // The new text must still be a valid project file before it replaces the old one.
  parseWithFriendlyErrors(projectSchema, parseYaml(next, displayPath(path)), displayPath(path));
  writeFileAtomic(path, next);
  return displayPath(path);
}

/** Answers the local API: GET health, POST projects/<id>/changes. Anything not from this server's own pages is refused. */
export async function handleSave(request: IncomingMessage, response: ServerResponse, context: SaveContext): Promise<void> {
  if (!isSameLocalOrigin(request, context.port)) return reply(response, 403, { error: 'only pages served by this local server may use this endpoint' });
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/__handbook/api/health' && request.method === 'GET') return reply(response, 200, { ok: true });
  const match = /^\/__handbook\/api\/projects\/([a-z0-9-]+)\/changes$/.exec(url.pathname);
  if (!match || request.method !== 'POST') return reply(response, 404, { error: 'not found' });
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) return reply(response, 415, { error: 'expected a JSON body (content-type: application/json)' });
  const projectId = match[1]!;
  if (!existsSync(contentPaths(context.root).project(projectId))) return reply(response, 404, { error: `unknown project "${projectId}"` });
  try {
    const body = (await readJson(request)) as { changes?: unknown };
    if (!Array.isArray(body.changes)) throw new ContentError('expected a body of the form {"changes": [...]}');
    const file = saveChanges(context.root, projectId, body.changes as DraftChange[]);
    context.onSaved?.(projectId);
    return reply(response, 200, { ok: true, file });
  } catch (error) {
    return reply(response, 400, { error: (error as Error).message });
  }
}
