import { expect, test, type Page } from '@playwright/test';
import { axeOn } from './axe.ts';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ENDPOINT_NOW, ENDPOINT_PROJECT_ID, endpointProject, endpointRuns, HOSTILE_ENDPOINT_NAME } from '../fixtures/endpoint-result.ts';
import { validatePages } from '../html-validity.ts';
import { buildCopy, serveCopy } from './built-copy.ts';

// A project measured on its API endpoints only, five days running, as verify-web-vitals leaves its
// files: the latest result with a pass (P99.9 on too few samples), a fail, an endpoint that refused
// every connection and one whose probe fell behind, named with markup. One build serves every test.

const PORT = 4337;
const site = `http://127.0.0.1:${PORT}`;
let root = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = mkdtempSync(join(tmpdir(), 'perf-handbook-endpoints-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  writeFileSync(join(root, `src/content/projects/${ENDPOINT_PROJECT_ID}.yaml`), stringify(endpointProject()));
  const { latest, history } = endpointRuns();
  mkdirSync(join(root, 'src/content/results'));
  writeFileSync(join(root, `src/content/results/${ENDPOINT_PROJECT_ID}.json`), `${JSON.stringify(latest, null, 2)}\n`);
  writeFileSync(join(root, `src/content/results/${ENDPOINT_PROJECT_ID}.history.jsonl`), history.map((line) => `${JSON.stringify(line)}\n`).join(''));
  buildCopy(root, { PERF_HANDBOOK_NOW: ENDPOINT_NOW });
  server = await serveCopy(root, PORT, { PERF_HANDBOOK_NOW: ENDPOINT_NOW });
});

test.afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

const LANGS = [
  {
    lang: 'en',
    prefix: '/en',
    heading: 'API endpoints',
    pass: 'Pass',
    fail: 'Fail',
    search: ['46.3 ms', '170 ms', '420.5 ms', '612 ms', '655 ms', '0.67%', 'unexpected status 2', '10 of 10 req/s', '60 ms'],
    basket: ['260 ms', '1,400 ms', '1.25%', 'timeout 12, connection 3', '19.8 of 20 req/s', '600 ms', '40 sent late'],
    tooFew: 'too few samples to judge: 300 of the 1,000 needed',
    wrong: 'What went wrong',
    lastGood: 'Last good figures, run of 22 Nov 2026, 10:00 UTC:',
    probeBehind: 'The probe fell behind its own schedule: nothing was judged.',
    trends: ['API latency P50 (median)', 'API latency P95', 'API latency P99', 'API latency P99.9', 'API error rate'],
  },
  {
    lang: 'fr',
    prefix: '',
    heading: 'Points d’accès API',
    pass: 'Réussi',
    fail: 'Échec',
    search: ['46,3 ms', '170 ms', '420,5 ms', '612 ms', '655 ms', '0,67 %', 'statut inattendu 2', '10 sur 10 req/s', '60 ms'],
    basket: ['260 ms', '1 400 ms', '1,25 %', 'délai dépassé 12, connexion 3', '19,8 sur 20 req/s', '600 ms', '40 envoyée(s) en retard'],
    tooFew: 'trop peu d’échantillons pour juger : 300 sur les 1 000 nécessaires',
    wrong: 'Ce qui s’est passé',
    lastGood: 'Derniers bons chiffres, mesure du 22 nov. 2026, 10:00 UTC :',
    probeBehind: 'La sonde a pris du retard sur son propre calendrier : rien n’a été jugé.',
    trends: ['Latence API P50 (médiane)', 'Latence API P95', 'Latence API P99', 'Latence API P99.9', 'Taux d\'erreur API'],
  },
] as const;

/** Text as a reader compares it: no-break spaces as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The endpoint section of the project page, and its row for an endpoint. */
function endpoints(page: Page) {
  const section = page.locator('section[data-endpoints]');
  return { section, row: (name: string) => section.locator('tbody tr').filter({ has: page.locator('th', { hasText: name }) }) };
}

for (const expected of LANGS) {
  test(`${expected.lang}: the endpoint table shows each figure with its verdict, and a figure on too few samples as unjudged`, async ({ page }) => {
    await page.goto(`${site}${expected.prefix}/projects/${ENDPOINT_PROJECT_ID}/`);
    const { section, row } = endpoints(page);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(expected.heading);
    await expect(page.locator('.right-sidebar, starlight-toc').first()).toContainText(expected.heading);
    const search = plain((await row('Catalogue search').innerText()) ?? '');
    for (const figure of expected.search) expect(search, figure).toContain(figure);
    const basket = plain(await row('Basket update').innerText());
    for (const figure of expected.basket) expect(basket, figure).toContain(figure);
    await expect(row('Basket update').locator('td').last()).toContainText(expected.fail);
    await expect(row('Catalogue search').locator('td').last()).toContainText(expected.pass);
    // P99.9 is the fourth figure: greyed, with the samples it lacks, and no verdict at all.
    const p999 = row('Catalogue search').locator('td').nth(3);
    expect(plain(await p999.innerText())).toContain(expected.tooFew);
    await expect(p999.locator('.ph-unjudged')).toHaveText('612 ms');
    await expect(p999.locator('.ph-status')).toHaveCount(0);
  });

  test(`${expected.lang}: an endpoint in error links to its message and last good figures; a probe that fell behind says nothing was judged`, async ({ page }) => {
    await page.goto(`${site}${expected.prefix}/projects/${ENDPOINT_PROJECT_ID}/`);
    const { section, row } = endpoints(page);
    await row('Checkout').getByRole('link', { name: expected.wrong }).click();
    const note = section.locator('li:target');
    await expect(note).toContainText('Checkout');
    await expect(note).toContainText('no request completed: 300 sent, errors: connection 300');
    expect(plain(await note.innerText())).toContain(expected.lastGood);
    await expect(note).toContainText('P50 58 ms');
    await expect(section.locator('.ph-endpoint-notes li').filter({ hasText: HOSTILE_ENDPOINT_NAME })).toContainText(expected.probeBehind);
  });

  test(`${expected.lang}: the API trends are drawn from the history's endpoints`, async ({ page }) => {
    await page.goto(`${site}${expected.prefix}/projects/${ENDPOINT_PROJECT_ID}/`);
    const titles = await page.locator('figure.ph-chart svg > title').allTextContents();
    expect(titles).toEqual(expected.trends);
    const p95 = page.locator('figure.ph-chart').filter({ has: page.locator('#trend-api-p95-title') });
    await expect(p95.locator('.ph-chart-legend li')).toHaveText(['Catalogue search', 'Basket update', 'Checkout', HOSTILE_ENDPOINT_NAME]);
    // Basket update's P95 missed its 200 ms target on the last two days.
    expect(await p95.locator('circle.ph-chart-dot--fail').count()).toBe(2);
  });
}

test('a hostile endpoint name and URL read as text: no element is created, nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${site}/en/projects/${ENDPOINT_PROJECT_ID}/`);
  const { section, row } = endpoints(page);
  await expect(row(HOSTILE_ENDPOINT_NAME).locator('th')).toContainText(`GET ${HOSTILE_ENDPOINT_NAME}`);
  await expect(row(HOSTILE_ENDPOINT_NAME).locator('th')).toContainText('q=%22%3E%3Cscript%3E');
  expect(await section.locator('img, script').count()).toBe(0);
  const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length);
  expect(handlers).toBe(0);
  expect(dialogs).toEqual([]);
});

for (const { lang, prefix, theme } of [
  { lang: 'fr', prefix: '', theme: 'light' },
  { lang: 'en', prefix: '/en', theme: 'dark' },
] as const) {
  test(`${lang} (${theme}): the project page with endpoint figures has no WCAG 2.2 AA violation`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    await page.goto(`${site}${prefix}/projects/${ENDPOINT_PROJECT_ID}/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const { violations } = await (await axeOn(page)).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('the project page with endpoint figures is valid HTML in both languages, but for what plain Starlight itself breaks', async () => {
  const pages = ['', 'en/'].map((prefix) => join(root, 'dist', `${prefix}projects/${ENDPOINT_PROJECT_ID}/index.html`));
  expect((await validatePages(pages)).map((error) => error.text)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the endpoint table and its notes are all there to read', async ({ page }) => {
    await page.goto(`${site}/en/projects/${ENDPOINT_PROJECT_ID}/`);
    const { section, row } = endpoints(page);
    await expect(section.locator('tbody tr')).toHaveCount(4);
    await expect(row('Catalogue search')).toBeVisible();
    await expect(section.locator('.ph-endpoint-notes li')).toHaveCount(2);
    await expect(section.locator('.ph-endpoint-notes li').first()).toBeVisible();
  });
});
