import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inlineCriticalCssInBuild, PAGES_PER_WORKER, workersFor } from '../../src/io/critical-css.ts';

// The build step that inlines each page's CSS shares a large build among worker threads. A small
// build written here (a stylesheet and pages of three kinds, as Astro writes them) is rewritten
// once in the build's own thread and once by two workers: the pages and the report must be the same.

const root = mkdtempSync(join(tmpdir(), 'ph-critical-css-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SHEET = '.sidebar{color:red}.note{color:blue}p+p{margin-top:1rem}.unused{color:green}:root[data-theme=light]{--x:1}';
const page = (body: string) =>
  `<!DOCTYPE html><html data-theme="dark"><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self'"><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script></head><body>${body}</body></html>`;
const BODIES = ['<nav class="sidebar"></nav><p>One</p><p>Two</p>', '<p class="note">Note</p>', '<main>Plain</main>'];

/** A build folder of `count` pages, cycling through the three kinds. */
function writeBuild(dir: string, count: number): void {
  mkdirSync(join(dir, '_astro'), { recursive: true });
  writeFileSync(join(dir, '_astro/site.css'), SHEET);
  for (let index = 0; index < count; index += 1) {
    mkdirSync(join(dir, `page-${index}`), { recursive: true });
    writeFileSync(join(dir, `page-${index}/index.html`), page(BODIES[index % BODIES.length]!));
  }
}

const pagesOf = (dir: string) =>
  Object.fromEntries((readdirSync(dir, { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));

describe('inlineCriticalCssInBuild', () => {
  test('two worker threads rewrite the pages exactly as the build thread does', async () => {
    const one = join(root, 'one');
    writeBuild(one, 30);
    const two = join(root, 'two');
    cpSync(one, two, { recursive: true });
    const inThread = await inlineCriticalCssInBuild(one, 1);
    const inWorkers = await inlineCriticalCssInBuild(two, 2);
    expect(inThread.size).toBe(30);
    expect([...inWorkers.entries()].map(([file, result]) => [file.slice(two.length), result]).sort()).toEqual([...inThread.entries()].map(([file, result]) => [file.slice(one.length), result]).sort());
    const rewritten = pagesOf(one);
    expect(pagesOf(two)).toEqual(rewritten);
    // the step did its work: the rules each page uses inline, the sheet deferred, the script at low priority
    expect(rewritten['page-1/index.html']).toContain('<style>.note{color:blue}p+p{margin-top:1rem}:root[data-theme=light]{--x:1}</style>');
    expect(rewritten['page-0/index.html']).toMatch(/<style>\.sidebar\{color:red\}p\+p\{margin-top:1rem\}.*<\/style><link rel="stylesheet" href="\/_astro\/site.css" media="print"/);
    expect(rewritten['page-2/index.html']).toContain('<script type="module" src="/_astro/page.js" fetchpriority="low">');
    expect(rewritten['page-2/index.html']).not.toContain('.unused');
  });

  test('a page a worker cannot rewrite fails the step, naming the page', async () => {
    const dir = join(root, 'broken');
    writeBuild(dir, 6);
    writeFileSync(join(dir, 'page-4/index.html'), page('<p>No policy</p>').replace(/<meta[^>]*>/, ''));
    await expect(inlineCriticalCssInBuild(dir, 2)).rejects.toThrow(/page-4[\\/]index\.html has no content-security-policy meta tag/);
  });

  test('a build takes one thread per core, and only when each has enough pages to be worth starting', () => {
    expect(workersFor(61, 2)).toBe(1);
    expect(workersFor(PAGES_PER_WORKER * 2 - 1, 2)).toBe(1);
    expect(workersFor(PAGES_PER_WORKER * 2, 2)).toBe(2);
    expect(workersFor(2061, 2)).toBe(2);
    expect(workersFor(2061, 16)).toBe(8);
    expect(workersFor(2061, 1)).toBe(1);
  });
});
