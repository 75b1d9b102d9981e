import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawEverything } from './axe.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// A reader's journeys through the built handbook: the sidebar, the language switch, search, dark
// mode, the project pages and the overview, and reading with JavaScript turned off.

/** The checklists as the content data defines them, so the tests follow the data instead of repeating it. */
const CHECKLISTS = readdirSync('src/content/checklists')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => parse(readFileSync(join('src/content/checklists', name), 'utf8')) as { id: string; items: Array<{ id: string }> });
/** Every project id, one per file. */
const PROJECTS = readdirSync('src/content/projects')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();
/** The status words a reader sees, per language. */
const STATUS_WORDS = {
  fr: ['Échec', 'Erreur', 'Périmé', 'Dérogation expirée', 'À reconfirmer', 'À faire', 'Non mesuré', 'Réussi', 'Fait', 'Non applicable'],
  en: ['Fail', 'Error', 'Stale', 'Waiver expired', 'Review due', 'To do', 'Not measured', 'Pass', 'Done', 'Not applicable'],
} as const;

/** The one of Starlight's duplicated controls (mobile menu and header) that is on screen. */
const visible = (locator: Locator) => locator.filter({ visible: true }).first();
/** The sidebar's link with this exact text. */
const sidebarLink = (page: Page, name: string) => page.locator('nav.sidebar').getByRole('link', { name, exact: true });

for (const { lang, prefix, role, audit, phase, phaseHeading, targets } of [
  { lang: 'fr', prefix: '', role: 'Guide du rôle', audit: 'Méthode d’audit', phase: '3. Tests de charge', phaseHeading: /tests de charge/i, targets: 'Cibles et SLO' },
  { lang: 'en', prefix: '/en', role: 'Role guide', audit: 'Audit method', phase: '3. Load testing', phaseHeading: /load.testing/i, targets: 'Targets and SLOs' },
]) {
  test(`${lang}: the sidebar leads from the home page to the role guide, an audit phase and the targets`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await sidebarLink(page, role).click();
    await expect(page).toHaveURL(`${prefix}/role/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(sidebarLink(page, role)).toHaveAttribute('aria-current', 'page');

    await expect(page.locator('nav.sidebar summary', { hasText: audit })).toBeVisible();
    await sidebarLink(page, phase).click();
    await expect(page).toHaveURL(`${prefix}/audit/load-testing/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(phaseHeading);

    await sidebarLink(page, targets).click();
    await expect(page).toHaveURL(`${prefix}/targets/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}

test('the language switch keeps the page, both ways', async ({ page }) => {
  await page.goto('/audit/profiling/');
  await visible(page.locator('starlight-lang-select select')).selectOption({ label: 'English' });
  await expect(page).toHaveURL('/en/audit/profiling/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/en/patterns/pagination/');
  await visible(page.locator('starlight-lang-select select')).selectOption({ label: 'Français' });
  await expect(page).toHaveURL('/patterns/pagination/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

for (const { lang, prefix } of [
  { lang: 'fr', prefix: '' },
  { lang: 'en', prefix: '/en' },
]) {
  test(`${lang}: search finds the pagination pattern from "keyset"`, async ({ page }) => {
    await page.goto(`${prefix}/role/`);
    const open = visible(page.locator('site-search button[data-open-modal]'));
    // The button stays disabled until the search script has loaded.
    await expect(open).toBeEnabled();
    await open.click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('searchbox').or(dialog.locator('input')).first().fill('keyset');
    await expect(dialog.locator(`a[href^="${prefix}/patterns/pagination/"]`).first()).toBeVisible({ timeout: 15_000 });
  });
}

test('dark mode is chosen from the theme select and survives a reload', async ({ page }) => {
  await page.goto('/role/');
  await visible(page.locator('starlight-theme-select select')).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/en/patterns/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await visible(page.locator('starlight-theme-select select')).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

/** Checks that a project page shows every checklist and every item with its status as a word. */
async function expectEveryChecklist(page: Page, lang: 'fr' | 'en') {
  for (const checklist of CHECKLISTS) {
    const section = page.locator(`section[data-checklist="${checklist.id}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
    const rows = section.locator('tr[data-item]');
    await expect(rows).toHaveCount(checklist.items.length);
    for (const item of checklist.items) {
      const row = section.locator(`tr[data-item="${item.id}"]`);
      const kind = await row.getAttribute('data-status');
      const badge = row.locator(`.ph-status[data-status="${kind}"]`).first();
      await expect(badge).toBeVisible();
      // As a reader comes to it: a checklist is drawn only near the screen (content-visibility), on the next frame.
      await badge.scrollIntoViewIfNeeded();
      await expect
        .poll(async () => {
          const word = (await badge.innerText()).trim();
          return STATUS_WORDS[lang].some((status) => word.endsWith(status)) ? 'a status word' : word;
        }, { message: `item ${item.id}: its status reads as a ${lang} word` })
        .toBe('a status word');
    }
  }
}

for (const { lang, prefix } of [
  { lang: 'fr' as const, prefix: '' },
  { lang: 'en' as const, prefix: '/en' },
]) {
  test(`${lang}: a project page shows every checklist with each item's status as text`, async ({ page }) => {
    await page.goto(`${prefix}/projects/storefront/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Storefront');
    await expectEveryChecklist(page, lang);
    // The example project waives an item, so "not applicable" appears with its reason.
    await expect(page.locator('tr[data-status="not-applicable"]').first()).toBeVisible();
  });
}

test('the overview lists every project as a card under its owner, and sorting keeps them all', async ({ page }) => {
  await page.goto('/en/projects/');
  const cards = page.locator('section[data-owner] [data-project]');
  const ids = async () => cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-project') ?? ''));
  expect((await ids()).sort()).toEqual(PROJECTS);
  for (const id of PROJECTS) await expect(page.locator(`[data-project="${id}"] h3 a[href="/en/projects/${id}/"]`)).toBeVisible();

  for (const key of ['name', 'progress', 'measured', 'attention']) {
    await page.locator('ph-project-filter select').selectOption(key);
    expect((await ids()).sort()).toEqual(PROJECTS);
  }
});

test.describe('with JavaScript disabled', () => {
  /** The text of the page's main column, as a reader who scrolls through it sees it. */
  const mainText = async (page: Page) => {
    await drawEverything(page);
    return page.locator('main').innerText();
  };

  for (const path of ['/role/', '/en/audit/load-testing/', '/patterns/pagination/', '/en/patterns/pagination/']) {
    test(`${path} reads in full`, async ({ browser, page }) => {
      await page.goto(path);
      const withScript = await mainText(page);
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const noScript = await context.newPage();
        await noScript.goto(path);
        await expect(noScript.getByRole('heading', { level: 1 })).toBeVisible();
        // Nothing the page shows depends on a script: the same text is on screen either way.
        expect(await mainText(noScript)).toBe(withScript);
        if (path.includes('pagination')) await expect(noScript.locator('main')).toContainText('keyset');
      } finally {
        await context.close();
      }
    });
  }

  for (const { lang, prefix } of [
    { lang: 'fr' as const, prefix: '' },
    { lang: 'en' as const, prefix: '/en' },
  ]) {
    test(`${lang}: a project page shows every checklist and status`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${prefix}/projects/handbook/`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectEveryChecklist(page, lang);
        await page.goto(`${prefix}/projects/`);
        await expect(page.locator('section[data-owner] [data-project]')).toHaveCount(PROJECTS.length);
      } finally {
        await context.close();
      }
    });
  }
});
