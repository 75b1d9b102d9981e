import type { IncomingMessage, ServerResponse } from 'node:http';

/** Every local write goes under this path; the static build has nothing there. */
export const SAVE_PATH_PREFIX = '/__handbook/';

/** Answers the local save API (filled in with the checklist editor). */
export function handleSave(_request: IncomingMessage, response: ServerResponse, _context: { port: number }): void {
  response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
}
