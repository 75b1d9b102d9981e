import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

// How the shard and workflow tests run the real command: in a child process, on a temp copy of
// src/content (PERF_HANDBOOK_ROOT), never the repository's.

/** The project's Node (Lighthouse 13 and Astro 7 need 22+), whatever Node runs the tests. */
export const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

/** What a finished command left. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in a child process and collects its output. */
export function runProcess(command: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs verify-web-vitals (or its merge) with these arguments on a content root. */
export function verify(args: string[], root: string, env: Record<string, string> = {}): Promise<Run> {
  return runProcess(NODE, ['--import', 'tsx', 'scripts/verify-web-vitals.ts', ...args], { PERF_HANDBOOK_ROOT: root, ...env });
}

/** A fresh copy of the content, without results, with extra project files; returns its root. */
export function contentCopy(work: string, projects: Record<string, string> = {}): string {
  const root = mkdtempSync(join(work, 'root-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  for (const [id, yaml] of Object.entries(projects)) writeFileSync(join(root, 'src/content/projects', `${id}.yaml`), yaml);
  return root;
}

/** The files of a root's results folder. */
export const resultFiles = (root: string) => (existsSync(join(root, 'src/content/results')) ? readdirSync(join(root, 'src/content/results')).sort() : []);

/** First-byte delay of the page that misses its TTFB target whatever the machine's load: far above the target the fixture projects set. */
export const SLOWER_FIRST_BYTE_MS = 1_500;

/** A project file of fixture pages and endpoints, judged with targets a loaded test machine always meets (TTFB 1 s, FCP 20 s, TTI 40 s), so only the fixtures decide the statuses: a page whose first byte takes SLOWER_FIRST_BYTE_MS always fails. */
export function fixtureProject(pages: Array<{ name: string; url: string }>, endpoints: Array<{ name: string; url: string; load: string }> = []): string {
  const pageLines = pages.map((page) => `  - { name: ${page.name}, url: "${page.url}" }`);
  const endpointLines = endpoints.map((endpoint) => `  - { name: ${endpoint.name}, url: "${endpoint.url}", load: ${endpoint.load} }`);
  return [
    'name: Fixtures',
    'description: Pages served by the test.',
    'owner: { name: Tests }',
    'profile: desktop',
    'targets:',
    '  ttfb: { value: 1000, reason: a shared test machine runs several Lighthouse at once }',
    '  fcp: { value: 20000, reason: a shared test machine runs several Lighthouse at once }',
    '  tti: { value: 40000, reason: a shared test machine runs several Lighthouse at once }',
    ...(pages.length > 0 ? ['pages:', ...pageLines] : []),
    ...(endpoints.length > 0 ? ['endpoints:', ...endpointLines] : []),
    '',
  ].join('\n');
}

/** A server on 127.0.0.1 whose one page takes SLOWER_FIRST_BYTE_MS to answer; returns its URL and its closer. */
export async function startSlowerPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_, response) => void setTimeout(() => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html), SLOWER_FIRST_BYTE_MS));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/slower`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
