import { expect, test, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { historyEntry } from '../../src/lib/result-files.ts';
import type { ResultDocument } from '../../src/lib/schema/result.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';
import { buildCopy, serveCopy } from './built-copy.ts';

// Every string field of a project, a checklist and a result file holds markup that tries to run
// script, break out of an attribute, close the <title> or an inline script, and fetch from a
// "leak" server. The handbook is built from that content and opened in the real browser, served
// by the local server of `npm start`: no dialog may open, no request may leave the site, every
// payload must read as text, and the handbook's own scripts must still be the ones that run.

const SITE_PORT = 4335;
const site = `http://127.0.0.1:${SITE_PORT}`;
let leakPort = 0;
/** Every request the payloads managed to make: must stay empty. */
const leaks: string[] = [];
let leakServer: Server | undefined;
let server: ChildProcess | undefined;
let root = '';

/** The attack, written into one field: its name first, so a leak says which field let it through. */
const payload = (field: string) =>
  `${field} "'><script>alert('${field}')</script><img src=http://127.0.0.1:${leakPort}/${field} onerror=alert(1)></title></script><svg onload=alert(2)>`;
/** The same attack inside a URL's query, where a schema allows only http(s) links. */
const payloadUrl = (field: string) => `https://hostile.example/?q=${encodeURIComponent(payload(field))}`;

/** Writes the hostile project, checklist, result and history into the content copy. */
function writeHostileContent(): void {
  const project = {
    name: payload('name'),
    description: payload('description'),
    owner: { name: payload('owner-name'), contact: payload('owner-contact') },
    pages: [{ name: payload('page-name'), url: payloadUrl('page-url') }],
    endpoints: [{ name: payload('endpoint-name'), url: payloadUrl('endpoint-url') }],
    targets: { ttfb: { value: 300, reason: payload('override-reason') } },
    items: {
      'load-smoke': { state: 'done', by: payload('item-by'), at: '2026-11-20T10:00:00Z', note: payload('item-note'), evidence: payloadUrl('item-evidence') },
      'load-soak': { state: 'not-applicable', by: payload('waiver-by'), reason: payload('waiver-reason'), until: '2099-12-31' },
    },
    records: { 'api-p95': { value: 240, source: payload('record-source'), at: '2026-11-20T10:00:00Z', by: payload('record-by') } },
  };
  writeFileSync(join(root, 'src/content/projects/hostile.yaml'), stringify(project));

  const checklistFile = join(root, 'src/content/checklists/load-tests.yaml');
  const checklist = parse(readFileSync(checklistFile, 'utf8')) as { title: Record<string, string>; description: Record<string, string>; items: Array<{ label: Record<string, string> }> };
  checklist.title = { fr: payload('checklist-title-fr'), en: payload('checklist-title-en') };
  checklist.description = { fr: payload('checklist-description-fr'), en: payload('checklist-description-en') };
  checklist.items[0]!.label = { fr: payload('item-label-fr'), en: payload('item-label-en') };
  writeFileSync(checklistFile, stringify(checklist));

  const document: ResultDocument = sampleDocument();
  const generatedAt = new Date().toISOString();
  const result: ResultDocument = {
    ...document,
    generatedAt,
    tools: { lighthouse: payload('tool-lighthouse'), chrome: payload('tool-chrome'), node: payload('tool-node') },
    projects: document.projects.map((entry) => ({
      ...entry,
      id: 'hostile',
      pages: entry.pages.map((page, index) => ({ ...page, name: payload(`result-page-${index}`), url: payloadUrl(`result-url-${index}`), ...(page.error ? { error: payload('result-error') } : {}) })),
    })),
  };
  const results = join(root, 'src/content/results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'hostile.json'), `${JSON.stringify(result, null, 2)}\n`);
  // Two runs a day apart, so the trend charts have a line to draw.
  const earlier = { ...result, generatedAt: new Date(Date.now() - 86_400_000).toISOString() };
  writeFileSync(join(results, 'hostile.history.jsonl'), [earlier, result].map((entry) => `${JSON.stringify(historyEntry(entry, entry.projects[0]!))}\n`).join(''));
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  leakServer = createServer((request, response) => {
    leaks.push(request.url ?? '/');
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => leakServer!.listen(0, '127.0.0.1', resolve));
  leakPort = (leakServer.address() as { port: number }).port;
  root = mkdtempSync(join(tmpdir(), 'perf-handbook-hostile-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  writeHostileContent();
  buildCopy(root);
  server = await serveCopy(root, SITE_PORT);
});

test.afterAll(() => {
  server?.kill();
  leakServer?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Opens a page and records every dialog, console error and request that leaves the site. */
async function openWatched(page: Page, path: string) {
  const seen = { dialogs: [] as string[], errors: [] as string[], offsite: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(site) && !request.url().startsWith('data:')) seen.offsite.push(request.url());
  });
  const response = await page.goto(`${site}${path}`);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  return seen;
}

/**
 * The handbook's own scripts ran and are the only ones: every external script is from the site,
 * the editor is defined on pages that have it, and no element anywhere carries an event-handler attribute or points at
 * the leak server (what an injection that became markup would leave behind).
 */
async function expectOwnScriptsOnly(page: Page, { editor = true } = {}) {
  const sources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
  for (const source of sources) expect(source.startsWith(`${site}/`), source).toBe(true);
  if (editor) expect(await page.evaluate(() => customElements.get('ph-checklist-editor') !== undefined)).toBe(true);
  const injected = await page.evaluate(
    (port) =>
      [...document.querySelectorAll('*')]
        .filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on') || attribute.value.includes(`127.0.0.1:${port}/`) && attribute.name === 'src'))
        .map((element) => element.outerHTML.slice(0, 120)),
    leakPort,
  );
  expect(injected).toEqual([]);
}

for (const { lang, prefix } of [
  { lang: 'fr', prefix: '' },
  { lang: 'en', prefix: '/en' },
]) {
  test(`${lang}: the project page shows every hostile string as text and runs none of it`, async ({ page }) => {
    const seen = await openWatched(page, `${prefix}/projects/hostile/`);
    await expect(page).toHaveTitle(`${payload('name')} | Perf Handbook`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload('name'));
    const main = page.locator('main');
    const fields = ['description', 'owner-name', 'owner-contact', 'page-name', 'override-reason', 'item-note', 'waiver-reason', `checklist-title-${lang}`, `checklist-description-${lang}`, `item-label-${lang}`];
    for (const field of fields) await expect(main, field).toContainText(payload(field));
    // Attributes keep the text whole: the hostile note is handed to the editor as data, not markup.
    await expect(page.locator('ph-item-control[data-item="load-smoke"]')).toHaveAttribute('data-note', payload('item-note'));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', payload('description'));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', payload('name'));
    await expectOwnScriptsOnly(page);
    expect(seen.dialogs).toEqual([]);
    expect(seen.offsite).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(leaks).toEqual([]);
  });

  test(`${lang}: the projects overview lists the hostile project as text`, async ({ page }) => {
    const seen = await openWatched(page, `${prefix}/projects/`);
    await expect(page.locator('main')).toContainText(payload('name'));
    expect(seen.dialogs).toEqual([]);
    expect(seen.offsite).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(leaks).toEqual([]);
  });
}

test('the hostile result file reads as text: page names, URLs, errors and tool versions', async ({ page }) => {
  const seen = await openWatched(page, '/en/projects/hostile/');
  const main = page.locator('main');
  await expect(main).toContainText(payload('tool-lighthouse'));
  await expect(main).toContainText(payload('tool-chrome'));
  // Trend charts draw the history: their SVG titles and descriptions are text too.
  await expect(page.locator('main svg').first()).toBeVisible();
  await expectOwnScriptsOnly(page);
  expect(seen.dialogs).toEqual([]);
  expect(seen.offsite).toEqual([]);
  expect(leaks).toEqual([]);
});

test('search results that quote the hostile text show it as text', async ({ page }) => {
  const seen = await openWatched(page, '/en/');
  const open = page.locator('site-search button[data-open-modal]').filter({ visible: true }).first();
  await expect(open).toBeEnabled();
  await open.click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('searchbox').or(dialog.locator('input')).first().fill('onerror');
  await expect(dialog.locator('a[href*="/projects/hostile/"]').first()).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(500);
  await expectOwnScriptsOnly(page, { editor: false });
  expect(seen.dialogs).toEqual([]);
  expect(seen.offsite).toEqual([]);
  expect(leaks).toEqual([]);
});

test('every page carries a policy under which an inline script cannot run, in the HTML and from the server', async ({ page }) => {
  const response = await fetch(`${site}/en/projects/hostile/`);
  const header = response.headers.get('content-security-policy') ?? '';
  const html = await response.text();
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  for (const policy of [header, meta]) {
    expect(policy).toMatch(/script-src 'self'/);
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).toMatch(/^'self'/);
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(policy).toMatch(/default-src 'self'/);
  }
  expect(header).toMatch(/frame-ancestors 'none'/);
  // The wall itself: a script added to the page the way an injection would be is refused.
  const seen = await openWatched(page, '/en/projects/hostile/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "alert('injected')";
    document.body.append(script);
  });
  await page.waitForTimeout(200);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors.join('\n')).toMatch(/Content Security Policy/);
});

test('the published project file is data, never a page', async () => {
  const response = await fetch(`${site}/projects/hostile.yaml`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/yaml/);
  expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
});
