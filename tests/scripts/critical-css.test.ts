import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAstro } from '../../bench/lib/astro-site.ts';
import { serve } from '../../scripts/serve.ts';
import { APPLY_DEFERRED_STYLESHEETS_HASH } from '../../src/io/critical-css.ts';
import { CHROME_FLAGS, findChrome } from '../../src/io/find-chrome.ts';
import { sha256Source } from '../../src/lib/csp-sources.ts';

// One real build of the handbook: no page waits for a stylesheet before its first paint, every
// page's inline CSS is allowed by its own policy, and the full sheets still apply, with scripts
// (switched on once loaded) and without (from <noscript>).

// Inside the repository (ignored by git), as the bench builds it.
const dir = mkdtempSync(join(process.cwd(), '.scratch-critical-css-'));
const dist = join(dir, 'dist');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let pages: Array<{ path: string; html: string }> = [];

beforeAll(async () => {
  await buildAstro(process.cwd(), { outDir: dist });
  pages = (readdirSync(dist, { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).map((path) => ({ path, html: readFileSync(join(dist, path), 'utf8') }));
}, 240_000);

/** The page with its <noscript> parts taken out: what a browser with scripts reads. */
const withScripts = (html: string) => html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
const directive = (html: string, name: string) => new RegExp(`[;"]\\s*${name} ([^;"]*)`).exec(html)?.[1]?.split(' ') ?? [];

describe('the built pages', () => {
  test('are all there', () => expect(pages.length).toBeGreaterThan(40));

  test('load every stylesheet without blocking rendering: print media, switched once loaded', () => {
    for (const { path, html } of pages) {
      const links = [...withScripts(html).matchAll(/<link rel="stylesheet"[^>]*>/g)].map((match) => match[0]);
      expect(links.length, path).toBeGreaterThan(0);
      for (const link of links) expect(link, `${path}: ${link}`).toMatch(/ media="print"/);
    }
  });

  test('carry the rules they use inline, allowed by their own policy', () => {
    for (const { path, html } of pages) {
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
      expect(styles.some((css) => css.includes('.sl-markdown-content') && css.includes('data-theme=light')), path).toBe(true);
      const allowed = directive(html, 'style-src');
      for (const css of styles) expect(allowed, `${path}: a <style> its policy does not allow`).toContain(sha256Source(css));
      expect(directive(html, 'script-src'), path).toContain(`'${APPLY_DEFERRED_STYLESHEETS_HASH}'`);
    }
  });

  test('load each deferred sheet from a <noscript> for readers without scripts', () => {
    for (const { path, html } of pages) {
      const deferred = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)" media="print" data-ph-media="all">/g)].map((match) => match[1]);
      const fallback = [...html.matchAll(/<noscript><link rel="stylesheet" href="([^"]+)"><\/noscript>/g)].map((match) => match[1]);
      expect(deferred.length, path).toBeGreaterThan(0);
      expect(fallback, path).toEqual(deferred);
    }
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => void };
  beforeAll(async () => {
    const executablePath = findChrome();
    if (!executablePath) throw new Error('no Chromium found: install the chromium package or set CHROME_PATH');
    browser = await chromium.launch({ executablePath, args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')) });
    // The handbook's own server, which also sends each page's policy as a header.
    server = await serve(0, dist, dir);
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** The media of each stylesheet of a page of code (Starlight's and Expressive Code's), and the policy violations seen. */
  async function load(javaScriptEnabled: boolean) {
    const context = await browser.newContext({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(new URL('/patterns/pagination/', server.url).href, { waitUntil: 'load' });
      const sheets = await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href?.includes('/_astro/')).map((sheet) => `${new URL(sheet.href!).pathname} ${sheet.media.mediaText || 'all'}`));
      return { sheets, violations };
    } finally {
      await context.close();
    }
  }

  test('with scripts, the full sheets apply once loaded and the policy refuses nothing', async () => {
    const { sheets, violations } = await load(true);
    expect(violations).toEqual([]);
    expect(sheets.filter((sheet) => !sheet.includes('print.')).map((sheet) => sheet.split(' ')[1])).toEqual(['all', 'all']);
  });

  test('without scripts, the <noscript> sheets apply', async () => {
    const { sheets } = await load(false);
    expect(sheets.filter((sheet) => sheet.endsWith(' all')).length).toBe(2);
  });
});
