import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyChangesToYaml } from '../lib/apply-changes-to-yaml.ts';
import { findManualItem } from '../lib/checklist-ids.ts';
import { draftProblems, type DraftChange } from '../lib/draft-change.ts';
import { ContentError, parseWithFriendlyErrors } from '../lib/friendly-errors.ts';
import { saveConflicts, type SaveConflict, type SeenState } from '../lib/save-conflicts.ts';
import { projectSchema } from '../lib/schema/project.ts';
import { defaultAuthor } from './author.ts';
import { contentPaths } from './content-paths.ts';
import { loadCatalog } from './load-catalog.ts';
import { parseYaml } from './read-yaml.ts';
import { updateProjectFile } from './update-project-file.ts';

/** Every local write goes under this path; the static build has nothing there. */
export const SAVE_PATH_PREFIX = '/__handbook/';
/** Name of the meta tag the local server adds to every page it serves, holding the editor's token; the static build never has it. */
export const LOCAL_SERVER_META = 'perf-handbook-local-server';
/** The request header that carries the editor's token. */
export const TOKEN_HEADER = 'x-perf-handbook-token';
/** Largest request body accepted: a page's worth of drafts is a few kilobytes (every item of every checklist, with long notes, stays under it). */
export const MAX_BODY_BYTES = 64 * 1024;
/** Beyond this a body is not even read to the end: the connection is closed after the answer. */
const MAX_DRAINED_BYTES = 8 * 1024 * 1024;

/** What the endpoint needs to know about the server it runs in. */
export interface SaveContext {
  port: number;
  /** Folder holding src/content (the repository by default). */
  root: string;
  /** The secret this server put in the pages it served; a save must carry it. */
  token: string;
  /** Called after a successful save, to rebuild the site. */
  onSaved?: (projectId: string) => void;
}

/** What a save asks for, as the editor sends it. */
export interface SaveRequest {
  changes: DraftChange[];
  /** The recorded state of each drafted item as the page showed it. */
  seen: Record<string, SeenState>;
  /** True when the person chose to overwrite items that changed in the file since. */
  overwrite?: boolean;
}

/** The drafted items changed in the file since the page was built; the person chooses what to keep. */
export class SaveConflictError extends Error {
  constructor(
    readonly file: string,
    readonly conflicts: SaveConflict[],
  ) {
    super(`${file} changed since this page was built: ${conflicts.map((c) => `"${c.item}" is now ${c.now.state}, the page showed ${c.seen.state}`).join('; ')}`);
  }
}

/** A body over the size limit. */
class BodyTooLargeError extends Error {}

/** Sends a JSON answer. */
function reply(response: ServerResponse, status: number, body: unknown, close = false): void {
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...(close ? { connection: 'close' } : {}) })
    .end(JSON.stringify(body));
}

/** True when the request comes from a page of this very server on loopback (Host and Origin both checked). */
export function isSameLocalOrigin(request: IncomingMessage, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(String(request.headers.host ?? ''))) return false;
  const origin = request.headers.origin;
  if (request.method === 'GET' && origin === undefined) return true;
  return allowed.some((host) => origin === `http://${host}`);
}

/**
 * True when the request carries the token this server wrote into the page it served: proof that
 * it comes from the editor of one of this server's pages, not merely from its origin (a form or a
 * script elsewhere cannot set the header, and the pages' CSP lets no injected script read it).
 */
export function carriesToken(request: IncomingMessage, token: string): boolean {
  const given = Buffer.from(String(request.headers[TOKEN_HEADER] ?? ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Reads a JSON body up to the size limit; a larger one is drained (up to a bound) so the answer reaches the browser instead of a reset connection. */
function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    const tooLarge = () => new BodyTooLargeError(`the request body is ${Math.ceil(size / 1024)} KB, over the ${MAX_BODY_BYTES / 1024} KB limit`);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DRAINED_BYTES) {
        // Too large to be worth draining: answer now; the connection is closed after the answer.
        request.off('data', onData);
        request.pause();
        reject(tooLarge());
      }
    };
    request.on('data', onData);
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) return reject(tooLarge());
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new ContentError('the request body is not valid JSON'));
      }
    });
    request.on('error', reject);
  });
}

/** Checks a body's shape: changes and the states the page showed. */
function saveRequest(body: unknown): SaveRequest {
  const value = body as Partial<SaveRequest> | null;
  if (typeof value !== 'object' || value === null || !Array.isArray(value.changes)) throw new ContentError('expected a body of the form {"changes": [...], "seen": {...}}');
  if (typeof value.seen !== 'object' || value.seen === null) throw new ContentError('expected `seen`: the state of each drafted item as the page showed it (reload the page and save again)');
  return { changes: value.changes, seen: value.seen, overwrite: value.overwrite === true };
}

/**
 * Applies drafts to a project file: validates every change, refuses items that changed in the file
 * since the page was built (unless the person chose to overwrite them), validates the resulting
 * file, then writes it atomically. Returns the file's path as people type it.
 */
export function saveChanges(root: string, projectId: string, save: SaveRequest, by = defaultAuthor()): string {
  const catalog = loadCatalog(root);
  if (!catalog.projects.has(projectId)) throw new ContentError(`unknown project "${projectId}"`);
  const problems = save.changes.flatMap((change) => {
    const found = findManualItem(catalog.checklists, catalog.targets, change.item, projectId);
    return [...draftProblems(change), ...(found.ok ? [] : [found.problem])];
  });
  if (save.changes.length === 0) problems.push('no changes were sent');
  if (problems.length > 0) throw new ContentError(problems.join('; '), problems);
  return updateProjectFile(
    projectId,
    (text, file) => {
      if (!save.overwrite) {
        const current = parseWithFriendlyErrors(projectSchema, parseYaml(text, file), file);
        const conflicts = saveConflicts(current, save.changes, save.seen);
        if (conflicts.length > 0) throw new SaveConflictError(file, conflicts);
      }
      return applyChangesToYaml(text, save.changes, { by, at: new Date().toISOString() });
    },
    root,
  ).file;
}

/** The sentence and status for a write that failed on the file system (disk full, read-only, no permission). */
function writeFailure(error: unknown): { status: number; message: string } | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  const path = (error as NodeJS.ErrnoException).path ?? 'the project file';
  if (code === 'ENOSPC' || code === 'EDQUOT') return { status: 507, message: `the disk holding ${path} is full: nothing was changed. Free some space and save again.` };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { status: 500, message: `${path} cannot be written (${code}): nothing was changed. Check the file's permissions and save again.` };
  return undefined;
}

/** Answers the local API: GET health, POST projects/<id>/changes. Anything not from this server's own editor is refused. */
export async function handleSave(request: IncomingMessage, response: ServerResponse, context: SaveContext): Promise<void> {
  if (!isSameLocalOrigin(request, context.port)) return reply(response, 403, { error: 'only pages served by this local server may use this endpoint' });
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/__handbook/api/health' && request.method === 'GET') return reply(response, 200, { ok: true });
  const match = /^\/__handbook\/api\/projects\/([a-z0-9-]+)\/changes$/.exec(url.pathname);
  if (!match || request.method !== 'POST') return reply(response, 404, { error: 'not found' });
  if (!carriesToken(request, context.token)) return reply(response, 403, { error: 'this save does not come from a page of this server (its token is missing or out of date): reload the page and save again' });
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) return reply(response, 415, { error: 'expected a JSON body (content-type: application/json)' });
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return reply(response, 413, { error: `the changes are ${Math.ceil(declared / 1024)} KB, over the ${MAX_BODY_BYTES / 1024} KB limit: shorten the notes or save fewer items at a time` }, true);
  const projectId = match[1]!;
  if (!existsSync(contentPaths(context.root).project(projectId))) return reply(response, 404, { error: `unknown project "${projectId}"` });
  try {
    const file = saveChanges(context.root, projectId, saveRequest(await readJson(request)));
    context.onSaved?.(projectId);
    return reply(response, 200, { ok: true, file });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return reply(response, 413, { error: `${error.message}: shorten the notes or save fewer items at a time` }, true);
    if (error instanceof SaveConflictError) return reply(response, 409, { error: error.message, file: error.file, conflicts: error.conflicts });
    if (error instanceof ContentError) return reply(response, 400, { error: error.message });
    const failure = writeFailure(error);
    if (failure) return reply(response, failure.status, { error: failure.message });
    return reply(response, 500, { error: `the save failed unexpectedly (${(error as Error).message}); nothing was changed` });
  }
}
