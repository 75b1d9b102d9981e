import { expect, test, type Page } from '@playwright/test';
import { axeOn } from './axe.ts';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { contentWithProjects, generatedId, TEAMS } from '../fixtures/many-projects.ts';
import { buildCopy, serveCopy } from './built-copy.ts';

// The projects overview at a company's scale: the handbook with 200 projects (198 generated over
// a dozen teams, most measured, some failing, stale or never measured), built once. A dashboard
// that fits at 1280 px and on a 390 px phone, filters and sorts with JavaScript, lists every
// project under its owner without it, passes axe in both languages; and the sidebar stays short.

const PORT = 4346;
const site = `http://127.0.0.1:${PORT}`;
const NOW = '2026-12-01T09:00:00.000Z';
const GENERATED = 198;
/** The handbook's own projects and the generated ones. */
const PROJECTS = GENERATED + 2;
/** The owners: the generated teams and the handbook's own two. */
const OWNERS = TEAMS.length + 2;
let root = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = contentWithProjects(GENERATED, NOW);
  buildCopy(root, { PERF_HANDBOOK_NOW: NOW });
  server = await serveCopy(root, PORT, { PERF_HANDBOOK_NOW: NOW });
});

test.afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The cards of the page a reader can see (not hidden by the filter). */
const visibleCards = (page: Page) => page.locator('[data-project]:visible');

for (const { lang, prefix, showing } of [
  { lang: 'en', prefix: '/en', showing: (shown: number) => `Showing ${shown} of ${PROJECTS} projects.` },
  { lang: 'fr', prefix: '', showing: (shown: number) => `${shown} projets affichés sur ${PROJECTS}.` },
]) {
  test(`${lang}: at 1280 px no heading or label wraps past two lines and nothing is cut`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site}${prefix}/projects/`);
    await expect(page.locator('[data-project]')).toHaveCount(PROJECTS);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const label = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      for (const element of document.querySelectorAll('main h1, main h2:not(.sr-only), main h3, .ph-ov-totals dt, .ph-ov-cards label')) {
        const style = getComputedStyle(element);
        const lines = Math.round(element.getBoundingClientRect().height / parseFloat(style.lineHeight));
        if (lines > 2) found.push(`${label(element)} runs over ${lines} lines`);
      }
      const main = document.querySelector('main')!.getBoundingClientRect();
      for (const element of document.querySelectorAll('.ph-ov, .ph-ov-totals > div, .ph-ov-cards > li, .ph-ov-cards ul > li, .ph-ov-trend, .ph-ov-urgent li')) {
        if (element.scrollWidth > element.clientWidth) found.push(`${label(element)} is cut: ${element.scrollWidth} px of content in ${element.clientWidth} px`);
        if (element.getBoundingClientRect().right > main.right + 0.5) found.push(`${label(element)} runs past the main column`);
      }
      if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways');
      return found;
    });
    expect(problems).toEqual([]);
    // The room of a dashboard: three cards a row beside the sidebar.
    const tops = await page.locator('.ph-ov-group').nth(1).locator('[data-project]').evaluateAll((cards) => cards.slice(0, 3).map((card) => card.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
  });

  test(`${lang}: on a 390 px phone every project shows its last run and each checklist's progress, in full`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site}${prefix}/projects/`);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const fits = (element: Element | null) => {
        if (element === null) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= window.innerWidth;
      };
      for (const card of document.querySelectorAll<HTMLElement>('[data-project]')) {
        const id = card.dataset.project;
        if (!fits(card.querySelector('.ph-status'))) found.push(`${id}: its last run's status is not in view`);
        const bars = [...card.querySelectorAll('ul > li')];
        if (bars.length === 0) found.push(`${id}: no checklist progress`);
        for (const bar of bars) if (!fits(bar) || !fits(bar.querySelector('progress')) || !/\d+\/\d+$/.test(bar.textContent ?? '')) found.push(`${id}: "${bar.textContent}" is not shown in full`);
      }
      if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways');
      return found;
    });
    expect(problems).toEqual([]);
  });

  test(`${lang}: the filter narrows the list by name, id or owner, and says how many it shows`, async ({ page }) => {
    await page.goto(`${site}${prefix}/projects/`);
    const filter = page.locator('ph-project-filter').getByRole('searchbox');
    const status = page.locator('ph-project-filter').getByRole('status');
    // By owner: every project of the first team, and only its group.
    const payments = Array.from({ length: GENERATED }, (_, index) => index + 1).filter((n) => (n - 1) % TEAMS.length === 0);
    await filter.fill(`${TEAMS[0]} team`);
    await expect(visibleCards(page)).toHaveCount(payments.length);
    await expect(status).toHaveText(showing(payments.length));
    await expect(page.locator('section[data-owner]:visible')).toHaveCount(1);
    // By id, any case.
    await filter.fill(generatedId(42).toUpperCase());
    await expect(visibleCards(page)).toHaveCount(1);
    await expect(visibleCards(page).locator('h3')).toHaveText('Service 042');
    // Nothing: says so.
    await filter.fill('no such service');
    await expect(visibleCards(page)).toHaveCount(0);
    await expect(page.locator('.ph-ov-none')).toBeVisible();
    await filter.fill('');
    await expect(visibleCards(page)).toHaveCount(PROJECTS);
  });

  test(`${lang}: the sort orders each owner's projects, and keeps them all`, async ({ page }) => {
    await page.goto(`${site}${prefix}/projects/`);
    const sort = page.locator('ph-project-filter').getByRole('combobox');
    const inGroups = () => page.locator('section[data-owner]').evaluateAll((sections) => sections.map((section) => [...section.querySelectorAll<HTMLElement>('[data-project]')].map((card) => ({ name: card.querySelector('h3')!.textContent!.trim(), progress: Number(card.dataset.progress), attention: Number(card.dataset.attention) }))));
    // As built: most attention first in each group.
    for (const group of await inGroups()) expect(group.map((card) => card.attention)).toEqual([...group.map((card) => card.attention)].sort((a, b) => b - a));
    await sort.selectOption('name');
    const named = await inGroups();
    for (const group of named) expect(group.map((card) => card.name)).toEqual([...group.map((card) => card.name)].sort((a, b) => a.localeCompare(b, lang, { numeric: true })));
    await sort.selectOption('progress');
    const byProgress = await inGroups();
    for (const group of byProgress) expect(group.map((card) => card.progress)).toEqual([...group.map((card) => card.progress)].sort((a, b) => a - b));
    expect(byProgress.flat()).toHaveLength(PROJECTS);
  });

  test(`${lang}: the overview of 200 projects has no WCAG 2.2 AA violation${lang === 'en' ? ', filtered or not' : ' once filtered'}`, async ({ page }) => {
    // axe weighs every one of the 200 cards' colours, most of a minute on a shared machine: the
    // whole list once, in English; each language filtered to one team (accessibility.spec.ts checks
    // the handbook's own overview in both languages and themes).
    test.setTimeout(180_000);
    await page.goto(`${site}${prefix}/projects/`);
    if (lang === 'en') {
      const whole = await (await axeOn(page)).analyze();
      expect(whole.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
    }
    await page.locator('ph-project-filter').getByRole('searchbox').fill(`${TEAMS[1]} team`);
    const filtered = await (await axeOn(page)).analyze();
    expect(filtered.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every project is listed, under its owner’s heading, each with its trend’s words', async ({ page }) => {
    await page.goto(`${site}/en/projects/`);
    await expect(visibleCards(page)).toHaveCount(PROJECTS);
    await expect(page.locator('section[data-owner] > h2')).toHaveCount(OWNERS);
    await expect(page.locator('.ph-ov-owners a')).toHaveCount(OWNERS);
    // No control that would do nothing.
    await expect(page.locator('ph-project-filter').getByRole('searchbox')).toBeHidden();
    // A measured project's trend has a text alternative; a project never measured says so.
    await expect(page.locator(`[data-project="${generatedId(1)}"] svg[role="img"] title`)).toHaveText(/^Trend of TTFB \(worst of 2 pages\) over 14 runs/);
    await expect(page.locator(`[data-project="${generatedId(5)}"] .ph-status`)).toHaveText(/Not measured/);
    await expect(page.locator(`[data-project="${generatedId(11)}"] .ph-status`)).toHaveText(/Stale/);
  });
});

test('the sidebar keeps the overview link alone under Projects, on every page', async ({ page }) => {
  for (const path of ['/en/role/', '/projects/', `/projects/${generatedId(7)}/`]) {
    await page.goto(`${site}${path}`);
    await expect(page.locator('nav.sidebar a[href*="/projects/"]')).toHaveCount(1);
  }
});
