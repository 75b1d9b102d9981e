import { expect, test } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveStaticFile, sendStaticFile } from '../../src/io/static-files.ts';
import { buildCopy, serveCopy } from './built-copy.ts';

// These tests build the handbook from a copy of its content (PERF_HANDBOOK_ROOT), so saving
// writes into the copy, never into the repository. Two servers serve that build: the local
// server of `npm start` (with the save endpoint) and a plain static server (as any host would).
const LOCAL_PORT = 4331;
const STATIC_PORT = 4332;
let root = '';
let local: ChildProcess | undefined;
let staticServer: Server | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = mkdtempSync(join(tmpdir(), 'perf-handbook-editor-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  // A project whose name and note try to inject markup: both must render as text.
  writeFileSync(
    join(root, 'src/content/projects/injection.yaml'),
    'name: "<script>window.__pwned = 1</script>Injection"\ndescription: "<img src=x onerror=window.__pwned=2>"\nowner:\n  name: "<b>Mallory</b>"\nitems:\n  load-smoke:\n    state: done\n    note: "<script>window.__pwned = 3</script>"\n',
  );
  buildCopy(root);
  local = await serveCopy(root, LOCAL_PORT);
  staticServer = createServer((request, response) => {
    const file = resolveStaticFile(join(root, 'dist'), request.url ?? '/');
    if (file && (request.method === 'GET' || request.method === 'HEAD')) return sendStaticFile(request, response, file);
    response.writeHead(404).end();
  }).listen(STATIC_PORT, '127.0.0.1');
});

test.afterAll(() => {
  local?.kill();
  staticServer?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const localUrl = (path: string) => `http://127.0.0.1:${LOCAL_PORT}${path}`;
const staticUrl = (path: string) => `http://127.0.0.1:${STATIC_PORT}${path}`;
const row = (page: import('@playwright/test').Page, item: string) => page.locator(`tr[data-item="${item}"]`);

test('a tick is kept as a draft across a reload', async ({ page }) => {
  await page.goto(localUrl('/en/projects/storefront/'));
  await row(page, 'cache-frequent-reads').getByRole('checkbox', { name: 'Done' }).check();
  await expect(page.getByRole('heading', { name: 'Pending changes' })).toBeVisible();
  await page.reload();
  await expect(row(page, 'cache-frequent-reads').getByRole('checkbox', { name: 'Done' })).toBeChecked();
  await expect(row(page, 'cache-frequent-reads')).toContainText('Draft: done');
  await expect(page.locator('.ph-pending-list')).toContainText('Frequently read data is cached');
});

test('not applicable needs a reason, from the keyboard', async ({ page }) => {
  await page.goto(localUrl('/en/projects/storefront/'));
  const item = row(page, 'load-soak');
  await item.getByRole('button', { name: /Note, evidence, not applicable/ }).press('Enter');
  await item.getByRole('checkbox', { name: 'Not applicable' }).press('Space');
  await item.getByRole('button', { name: 'Keep as draft' }).press('Enter');
  await expect(item.getByRole('alert')).toHaveText(/Give a reason/);
  await item.getByLabel(/Reason/).fill('Nightly batch only; no long sessions');
  await item.getByLabel(/Until/).fill('2027-06-30');
  await item.getByRole('button', { name: 'Keep as draft' }).press('Enter');
  await expect(item).toContainText('Draft: not applicable');
});

test('saving through the local server writes the YAML and keeps its comments', async ({ page }) => {
  const file = join(root, 'src/content/projects/storefront.yaml');
  const before = readFileSync(file, 'utf8');
  await page.goto(localUrl('/en/projects/storefront/'));
  await row(page, 'cache-frequent-reads').getByRole('checkbox', { name: 'Done' }).check();
  const soak = row(page, 'load-soak');
  await soak.getByRole('button', { name: /Note, evidence, not applicable/ }).click();
  await soak.getByRole('checkbox', { name: 'Not applicable' }).check();
  await soak.getByLabel(/Reason/).fill('Nightly batch only; no long sessions');
  await soak.getByLabel(/Until/).fill('2027-06-30');
  await soak.getByRole('button', { name: 'Keep as draft' }).click();
  await page.getByRole('button', { name: /Save to src\/content\/projects\/storefront\.yaml/ }).click();
  await expect(page.locator('.ph-pending-message')).toHaveText(/Saved to src\/content\/projects\/storefront\.yaml/);
  const after = readFileSync(file, 'utf8');
  expect(after).not.toBe(before);
  expect(after).toContain('# An example project: an online shop');
  expect(after).toContain('# This waiver has lapsed');
  expect(after).toMatch(/cache-frequent-reads:\n\s+state: done/);
  expect(after).toMatch(/load-soak:\n\s+state: not-applicable\n(.*\n)*?\s+reason: Nightly batch only; no long sessions\n\s+until: 2027-06-30/);
  // Once saved, the drafts are gone from the browser.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pending changes' })).toBeHidden();
});

test('the save endpoint refuses another origin', async () => {
  const response = await fetch(localUrl('/__handbook/api/projects/storefront/changes'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
    body: JSON.stringify({ changes: [{ item: 'load-smoke', action: 'untick' }] }),
  });
  expect(response.status).toBe(403);
});

test('an expired waiver shows as expired', async ({ page }) => {
  await page.goto(localUrl('/en/projects/storefront/'));
  await expect(row(page, 'load-spike').locator('.ph-status').first()).toHaveText(/Waiver expired/);
  await page.goto(localUrl('/projects/storefront/'));
  await expect(row(page, 'load-spike').locator('.ph-status').first()).toHaveText(/Dérogation expirée/);
});

test('the static build has no write endpoint and offers the commands instead', async ({ page }) => {
  expect(existsSync(join(root, 'dist', '__handbook'))).toBe(false);
  const health = await fetch(staticUrl('/__handbook/api/health'));
  expect(health.status).toBe(404);
  await page.goto(staticUrl('/en/projects/storefront/'));
  await row(page, 'paginated-listings').getByRole('checkbox', { name: 'Done' }).check();
  await expect(page.getByRole('button', { name: /Save to/ })).toBeHidden();
  await expect(page.locator('.ph-commands')).toHaveText('npm run checklist -- tick storefront paginated-listings');
  // The storefront has a page behind a header: the site publishes nothing of its file, so offers no copy of it.
  await expect(page.getByRole('button', { name: /Download the updated/ })).toHaveCount(0);
  await expect(page.locator('.ph-pending-static')).toContainText('the site does not publish this file');
  expect((await fetch(staticUrl('/projects/storefront.yaml'))).status).toBe(404);
  expect(readdirSync(join(root, 'dist', 'projects')).filter((name) => name.endsWith('.yaml'))).not.toContain('storefront.yaml');
});

test('a project without request headers can be downloaded with the drafts applied, comments kept', async ({ page }) => {
  await page.goto(staticUrl('/en/projects/handbook/'));
  await row(page, 'no-n-plus-one').getByRole('checkbox', { name: 'Done' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the updated handbook\.yaml/ }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text).toContain('# The handbook measures itself');
  expect(text).toMatch(/no-n-plus-one:\n\s+state: done/);
});

test('no file of the built site holds a project\'s request headers', () => {
  const files = spawnSync('grep', ['-rl', '--exclude-dir=_astro', 'STOREFRONT_PREVIEW_TOKEN', join(root, 'dist')], { encoding: 'utf8' });
  expect(files.stdout).toBe('');
});

test('a save from the same origin without the editor\'s token is refused', async () => {
  const file = join(root, 'src/content/projects/storefront.yaml');
  const before = readFileSync(file, 'utf8');
  const response = await fetch(localUrl('/__handbook/api/projects/storefront/changes'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: localUrl('') },
    body: JSON.stringify({ changes: [{ item: 'load-smoke', action: 'tick' }], seen: { 'load-smoke': { state: 'todo' } } }),
  });
  expect(response.status).toBe(403);
  expect(((await response.json()) as { error: string }).error).toMatch(/token/);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('the form keeps notes within the limit and refuses a waiver that already ended, in the page\'s language', async ({ page }) => {
  await page.goto(localUrl('/projects/storefront/'));
  const item = row(page, 'load-stress');
  await item.getByRole('button', { name: /Note, preuve, non applicable/ }).click();
  const note = item.getByLabel('Note', { exact: true });
  await note.fill('x'.repeat(2001));
  expect((await note.inputValue()).length).toBe(2000);
  await item.getByRole('checkbox', { name: 'Non applicable' }).check();
  await item.getByLabel(/Raison/).fill('Plus utilisé');
  await item.getByLabel(/Jusqu’au/).fill('2000-01-01');
  await item.getByRole('button', { name: 'Garder en brouillon' }).click();
  await expect(item.getByRole('alert')).toHaveText('La date de fin doit être aujourd’hui ou plus tard.');
  await expect(page.getByRole('heading', { name: 'Modifications en attente' })).toBeHidden();
});

test('a save too large for the endpoint gets an answer the editor shows, not a reset connection', async ({ page }) => {
  // Forty drafts with the longest note allowed: over the endpoint's 64 KB, so the server must answer in words.
  await page.goto(localUrl('/en/projects/storefront/'));
  await page.evaluate(() => {
    const drafts = Array.from({ length: 40 }, (_, index) => ({ item: `bulk-item-${index}`, action: 'tick', note: 'x'.repeat(2000) }));
    localStorage.setItem('perf-handbook:drafts:storefront', JSON.stringify(drafts));
  });
  await page.reload();
  await page.getByRole('button', { name: /Save to src\/content\/projects\/storefront\.yaml/ }).click();
  await expect(page.locator('.ph-pending-message')).toHaveText(/Saving failed: the (changes|request body) (are|is) \d+ KB, over the 64 KB limit/);
  await page.getByRole('button', { name: 'Discard the drafts' }).click();
});

test('a save over an item changed from the terminal since the page was built lets the person choose', async ({ page }) => {
  const file = join(root, 'src/content/projects/storefront.yaml');
  await page.goto(localUrl('/en/projects/storefront/'));
  await row(page, 'load-stress').getByRole('checkbox', { name: 'Done' }).check();
  // Meanwhile, someone waives the same item from the terminal.
  const terminal = spawnSync('node_modules/.bin/tsx', ['scripts/checklist.ts', 'na', 'storefront', 'load-stress', '--reason', 'Decided in the terminal'], { env: { ...process.env, PERF_HANDBOOK_ROOT: root }, encoding: 'utf8' });
  expect(terminal.status, terminal.stderr).toBe(0);
  await page.getByRole('button', { name: /Save to src\/content\/projects\/storefront\.yaml/ }).click();
  const conflict = page.locator('.ph-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('the page showed “to do”, the file now says “not applicable”');
  expect(readFileSync(file, 'utf8')).toMatch(/load-stress:\n(.*\n)*?\s+reason: Decided in the terminal/);
  await page.getByRole('button', { name: 'Overwrite with my drafts' }).click();
  await expect(page.locator('.ph-pending-message')).toHaveText(/Saved to/);
  expect(readFileSync(file, 'utf8')).toMatch(/load-stress:\n\s+state: done/);
});

test('keeping the file\'s version drops the draft and shows the file', async ({ page }) => {
  await page.goto(localUrl('/en/projects/storefront/'));
  await row(page, 'load-spike').getByRole('checkbox', { name: 'Done' }).check();
  const terminal = spawnSync('node_modules/.bin/tsx', ['scripts/checklist.ts', 'tick', 'storefront', 'load-spike', '--note', 'Ticked in the terminal'], { env: { ...process.env, PERF_HANDBOOK_ROOT: root }, encoding: 'utf8' });
  expect(terminal.status, terminal.stderr).toBe(0);
  await page.getByRole('button', { name: /Save to src\/content\/projects\/storefront\.yaml/ }).click();
  await page.getByRole('button', { name: /Keep the file’s version/ }).click();
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { name: 'Pending changes' })).toBeHidden();
  expect(readFileSync(join(root, 'src/content/projects/storefront.yaml'), 'utf8')).toContain('note: Ticked in the terminal');
});

test('markup in a project file renders as text', async ({ page }) => {
  await page.goto(localUrl('/en/projects/injection/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>window.__pwned = 1</script>Injection');
  await expect(page.locator('main')).toContainText('<img src=x onerror=window.__pwned=2>');
  await expect(row(page, 'load-smoke')).toContainText('<script>window.__pwned = 3</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
