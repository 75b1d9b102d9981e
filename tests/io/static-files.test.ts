import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveStaticFile, sendStaticFile } from '../../src/io/static-files.ts';

// A small built site beside a secret file outside it, and a symlink that points out of the root.
const work = mkdtempSync(join(tmpdir(), 'static-files-'));
const root = join(work, 'dist');
let server: Server;
let origin = '';

beforeAll(async () => {
  mkdirSync(join(root, 'en'), { recursive: true });
  writeFileSync(join(root, 'index.html'), `<html><head><meta http-equiv="content-security-policy" content="script-src 'self'"></head><body>home</body></html>`);
  writeFileSync(join(root, 'en', 'index.html'), '<html><head></head><body>en</body></html>');
  writeFileSync(join(root, 'data.yaml'), 'a: 1\n');
  writeFileSync(join(work, 'secret.txt'), 'outside the root\n');
  symlinkSync(join(work, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync(work, join(root, 'up'));
  server = createServer((request, response) => {
    const file = resolveStaticFile(root, request.url ?? '/');
    if (file) return sendStaticFile(request, response, file);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('resolveStaticFile', () => {
  test.each<[string, string, string | undefined]>([
    ['the home page', '/', 'index.html'],
    ['a folder page', '/en/', 'en/index.html'],
    ['a query string is ignored', '/data.yaml?v=1', 'data.yaml'],
    ['a parent folder', '/../secret.txt', undefined],
    ['an encoded parent folder', '/%2e%2e/secret.txt', undefined],
    ['an encoded slash and parent', '/en%2f..%2f..%2fsecret.txt', undefined],
    ['a malformed escape', '/%E0%A4%A', undefined],
    ['a NUL byte', '/index.html%00.txt', undefined],
    ['a symlinked file that leaves the root', '/leak.txt', undefined],
    ['a path through a symlinked folder that leaves the root', '/up/secret.txt', undefined],
    ['a file that does not exist', '/nope.html', undefined],
  ])('%s', (_, url, expected) => {
    expect(resolveStaticFile(root, url)).toBe(expected === undefined ? undefined : join(root, expected));
  });
});

describe('sendStaticFile', () => {
  test("a page is sent with its own policy as a header, and framing forbidden", async () => {
    const response = await fetch(`${origin}/`);
    expect(await response.text()).toContain('home');
    expect(response.headers.get('content-security-policy')).toBe("script-src 'self'; frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('a data file is data: its type, and a policy under which nothing runs', async () => {
    const response = await fetch(`${origin}/data.yaml`);
    expect(response.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
