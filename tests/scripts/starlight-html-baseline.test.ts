import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildAstro } from '../../bench/lib/astro-site.ts';
import { writeMinimalStarlight } from '../../bench/lib/minimal-starlight.ts';
import { READER_BUILD_ENV, STARLIGHT_BREAKS, validatePages } from '../html-validity.ts';

// The rules the handbook's pages are excused from are those plain Starlight's own output breaks,
// no more: a minimal Starlight site (the bench's, plus a page of code, a table and an aside)
// breaks exactly those, so the list can neither hide an error of ours nor outlive a Starlight fix.

/** A page with what Starlight renders beyond prose: a code block (Expressive Code), a table, an aside. */
const CODE_PAGE = '---\ntitle: Code\n---\n\nA command:\n\n```sh\nnpm run build\n```\n\n| Metric | Target |\n| --- | --- |\n| TTFB | 800 ms |\n\n:::note\nAn aside.\n:::\n';

// Inside the repository's .bench folder (ignored by git and tsc), as the bench builds it: the site links the repository's packages.
mkdirSync('.bench', { recursive: true });
const dir = mkdtempSync(join(process.cwd(), '.bench', 'html-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let pages: string[] = [];

beforeAll(async () => {
  writeMinimalStarlight(dir, 2000);
  writeFileSync(join(dir, 'src/content/docs/code.md'), CODE_PAGE);
  await buildAstro(dir, { env: READER_BUILD_ENV });
  pages = (readdirSync(join(dir, 'dist'), { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).map((path) => join(dir, 'dist', path));
}, 120_000);

test('the minimal site has its three pages', () => expect(pages.map((page) => page.slice(dir.length)).sort()).toEqual(['/dist/404.html', '/dist/code/index.html', '/dist/guide/index.html']));

test('plain Starlight breaks exactly the rules the handbook is excused from', async () => {
  const broken = new Set((await validatePages(pages, { all: true })).map((error) => error.rule));
  expect([...broken].sort()).toEqual(Object.keys(STARLIGHT_BREAKS).sort());
});

test('without them, plain Starlight validates', async () => expect((await validatePages(pages)).map((error) => error.text)).toEqual([]));
