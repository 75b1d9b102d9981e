import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { handleSave, MAX_BODY_BYTES, TOKEN_HEADER } from '../../src/io/save-endpoint.ts';

// The save endpoint behind a real loopback server, writing into a copy of the content. Every
// refused request must leave the project file byte for byte as it was.
const TOKEN = 'test-token-0123456789';
let root = '';
let server: Server;
let port = 0;
let saved: string[] = [];
const file = () => join(root, 'src/content/projects/storefront.yaml');
let original = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'save-endpoint-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  original = readFileSync(file(), 'utf8');
  server = createServer((request, response) => void handleSave(request, response, { port, root, token: TOKEN, onSaved: (id) => saved.push(id) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  saved = [];
  cpSync(join('src/content/projects/storefront.yaml'), file());
});

/** Sends a raw request so every header, the body and its framing are the test's own. */
function send(options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean }): Promise<{ status: number; body: { error?: string; ok?: boolean; conflicts?: Array<{ item: string }> } }> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...options.headers };
    for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
    if (body && !options.chunked) headers['content-length'] = String(body.length);
    const request = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/__handbook/api/projects/storefront/changes', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') }));
    });
    request.on('error', reject);
    if (body && options.chunked) {
      // Sent in pieces without a length, as a stream would be: the limit must hold without Content-Length.
      for (let offset = 0; offset < body.length; offset += 16 * 1024) request.write(body.subarray(offset, offset + 16 * 1024));
      request.end();
    } else request.end(body);
  });
}

const tick = (item = 'load-smoke', extra: Record<string, unknown> = {}) => JSON.stringify({ changes: [{ item, action: 'tick', ...extra }], seen: { [item]: { state: 'todo' } } });

describe('the save endpoint refuses, and the file stays as it was', () => {
  test.each<[string, Parameters<typeof send>[0], number, RegExp]>([
    ['another Host', { headers: { host: 'evil.example' }, body: tick() }, 403, /only pages served by this local server/],
    ['a POST without Origin', { headers: { origin: '' }, body: tick() }, 403, /only pages served by this local server/],
    ['another Origin', { headers: { origin: 'http://evil.example' }, body: tick() }, 403, /only pages served by this local server/],
    ['the same origin without the token', { headers: { [TOKEN_HEADER]: '' }, body: tick() }, 403, /token is missing or out of date/],
    ['a token from another server start', { headers: { [TOKEN_HEADER]: 'test-token-9876543210' }, body: tick() }, 403, /token/],
    ['a form post (not JSON)', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'changes=1' }, 415, /expected a JSON body/],
    ['an unknown project', { path: '/__handbook/api/projects/nope/changes', body: tick() }, 404, /unknown project "nope"/],
    ['a GET on the save path', { method: 'GET', body: undefined }, 404, /not found/],
    ['a body over the limit, announced', { body: tick('load-smoke', { note: 'x'.repeat(MAX_BODY_BYTES) }) }, 413, /over the 64 KB limit/],
    ['a body over the limit, streamed without a length', { body: tick('load-smoke', { note: 'x'.repeat(MAX_BODY_BYTES) }), chunked: true }, 413, /over the 64 KB limit/],
    ['a body far over the limit, streamed', { body: tick('load-smoke', { note: 'x'.repeat(9 * 1024 * 1024) }), chunked: true }, 413, /over .* limit/],
    ['invalid JSON', { body: '{"changes": [' }, 400, /not valid JSON/],
    ['changes that are not a list', { body: JSON.stringify({ changes: { item: 'load-smoke' }, seen: {} }) }, 400, /expected a body of the form/],
    ['no record of what the page showed', { body: JSON.stringify({ changes: [{ item: 'load-smoke', action: 'tick' }] }) }, 400, /expected `seen`/],
    ['no change at all', { body: JSON.stringify({ changes: [], seen: {} }) }, 400, /no changes were sent/],
    ['an item a measurement decides', { body: tick('web-ttfb') }, 400, /item "web-ttfb" is measured \(target "ttfb"\), so it cannot be ticked or waived by hand/],
    ['an item no checklist has, with the nearest ids', { body: tick('load-smok') }, 400, /unknown checklist item "load-smok": did you mean "load-smoke"/],
    ['a javascript: evidence link', { body: tick('load-smoke', { link: 'javascript:alert(1)' }) }, 400, /link is "javascript:alert\(1\)": expected an absolute http:\/\/ or https:\/\/ URL/],
    ['a waiver without a reason', { body: JSON.stringify({ changes: [{ item: 'load-smoke', action: 'na' }], seen: { 'load-smoke': { state: 'todo' } } }) }, 400, /reason is missing: expected why the item does not apply/],
    // the checklist command's rule, from the same draftProblems: a waiver ends today at the earliest
    ['a waiver that ended in 2000', { body: JSON.stringify({ changes: [{ item: 'load-smoke', action: 'na', reason: 'Batch only', until: '2000-01-01' }], seen: { 'load-smoke': { state: 'todo' } } }) }, 400, /until is 2000-01-01, a day already past: expected today \(\d{4}-\d{2}-\d{2}\) or a later day/],
  ])('%s', async (_, options, status, message) => {
    const answer = await send(options);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toMatch(message);
    expect(readFileSync(file(), 'utf8')).toBe(original);
    expect(saved).toEqual([]);
  });
});

describe('the save endpoint saves', () => {
  test('a tick from the editor lands in the file, comments kept, and the site is told', async () => {
    const answer = await send({ body: tick('load-stress', { note: 'Ran it' }) });
    expect(answer).toEqual({ status: 200, body: { ok: true, file: expect.stringMatching(/storefront\.yaml$/) } });
    const after = readFileSync(file(), 'utf8');
    expect(after).toMatch(/load-stress:\n\s+state: done\n(.*\n)*?\s+note: Ran it/);
    expect(after).toContain('# An example project: an online shop');
    expect(saved).toEqual(['storefront']);
  });

  test('an item changed in the file since the page was built is a conflict naming it, and nothing is written', async () => {
    // The page showed load-spike as to do; the file says not applicable (an expired waiver).
    const body = JSON.stringify({ changes: [{ item: 'load-spike', action: 'tick' }], seen: { 'load-spike': { state: 'todo' } } });
    const answer = await send({ body });
    expect(answer.status).toBe(409);
    expect(answer.body.conflicts?.map((conflict) => conflict.item)).toEqual(['load-spike']);
    expect(answer.body.error).toMatch(/changed since this page was built/);
    expect(readFileSync(file(), 'utf8')).toBe(original);
  });

  test('the person may then overwrite it on purpose', async () => {
    const body = JSON.stringify({ changes: [{ item: 'load-spike', action: 'tick' }], seen: { 'load-spike': { state: 'todo' } }, overwrite: true });
    const answer = await send({ body });
    expect(answer.status).toBe(200);
    expect(readFileSync(file(), 'utf8')).toMatch(/load-spike:\n\s+state: done/);
  });
});
