import { expect, test, type Page } from '@playwright/test';
import { axeOn } from './axe.ts';

// A project's page opens with its summary: each checklist's progress, the items that need someone
// with a link down to each row, and the latest run's age. On the build the suite serves (the
// content as it is), the storefront has failures, a stale figure, a lapsed waiver and items it
// can measure but never has.

const LANGS = [
  { lang: 'en', prefix: '/en', heading: 'At a glance', attention: /^Needs attention \(\d+\)$/, never: 'Never measured; to measure, run npm run verify-web-vitals -- --project storefront' },
  { lang: 'fr', prefix: '', heading: 'En bref', attention: /^À traiter \(\d+\)$/, never: 'Jamais mesuré ; pour mesurer, lancez npm run verify-web-vitals -- --project storefront' },
] as const;

/** The summary's links down to the items, with the anchor each one names. */
async function attentionLinks(page: Page): Promise<Array<{ text: string; anchor: string; kind: string }>> {
  return page.locator('.ph-summary-attention li').evaluateAll((items) =>
    items.map((li) => ({ text: li.querySelector('a')!.textContent!.trim(), anchor: li.querySelector('a')!.getAttribute('href')!, kind: li.querySelector('.ph-status')!.getAttribute('data-status')! })),
  );
}

for (const { lang, prefix, heading, attention, never } of LANGS) {
  test.describe(`${lang}: the storefront's page`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`${prefix}/projects/storefront/`);
    });

    test('opens with the summary: the first thing in the main content, above every table', async ({ page }) => {
      const first = page.locator('main .sl-markdown-content > *').first();
      await expect(first).toHaveAttribute('data-summary', '');
      await expect(first.getByRole('heading', { level: 2 })).toHaveText(heading);
      const summaryBottom = (await first.boundingBox())!.y + (await first.boundingBox())!.height;
      expect(summaryBottom).toBeLessThanOrEqual((await page.locator('main table').first().boundingBox())!.y);
      await expect(first.locator('[data-measured]')).toHaveText(never);
    });

    test('gives each checklist’s progress as a bar and in words, as the checklist’s own section counts it', async ({ page }) => {
      const sections = page.locator('section[data-checklist]');
      const count = await sections.count();
      expect(count).toBeGreaterThan(3);
      await expect(page.locator('.ph-summary-progress li')).toHaveCount(count);
      for (let index = 0; index < count; index += 1) {
        const section = sections.nth(index);
        const id = (await section.getAttribute('data-checklist'))!;
        const [settled, total] = (await section.locator('p strong').first().textContent())!.match(/(\d+)\/(\d+)/)!.slice(1);
        const line = page.locator(`.ph-summary-progress li[data-summary-checklist="${id}"]`);
        await expect(line.locator('progress')).toHaveAttribute('value', settled!);
        await expect(line.locator('progress')).toHaveAttribute('max', total!);
        await expect(line.locator('span').first()).toContainText(lang === 'en' ? `${settled} of ${total} settled` : `${settled} sur ${total} réglés`);
        await expect(line.locator('a')).toHaveAttribute('href', `#checklist-${id}`);
      }
    });

    test('lists what needs attention, most urgent first, each link landing on its item’s row with the same status', async ({ page }) => {
      await expect(page.locator('#summary-attention')).toHaveText(attention);
      const links = await attentionLinks(page);
      const kinds = links.map((link) => link.kind);
      // failures, a stale figure, a lapsed waiver, and measurable items not measured yet, in that order
      expect(kinds).toEqual(expect.arrayContaining(['fail', 'stale', 'waiver-expired', 'not-measured']));
      const ORDER = ['fail', 'error', 'stale', 'waiver-expired', 'review-due', 'not-measured'];
      expect(kinds.map((kind) => ORDER.indexOf(kind))).toEqual([...kinds.map((kind) => ORDER.indexOf(kind))].sort((a, b) => a - b));
      for (const [index, link] of links.entries()) {
        const row = page.locator(`tr${link.anchor}`);
        await expect(row, `${link.anchor} is one row of the page`).toHaveCount(1);
        await expect(row).toHaveAttribute('data-status', link.kind);
        await expect(row.locator('th')).toContainText(link.text);
        await page.locator('.ph-summary-attention a').nth(index).click();
        await expect(page).toHaveURL(new RegExp(`${link.anchor}$`));
        await expect(row).toBeInViewport();
        // not hidden under Starlight's sticky header
        const header = (await page.locator('header.header').boundingBox())!;
        expect((await row.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
        await page.goBack();
      }
    });

    test('has no WCAG 2.2 AA violation, summary and a landed-on row included', async ({ page }) => {
      const before = await (await axeOn(page)).analyze();
      expect(before.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      await page.locator('.ph-summary-attention a').first().click();
      const after = await (await axeOn(page)).include('.ph-summary').include('tr:target').analyze();
      expect(after.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the summary reads, and its links still lead down to the rows', async ({ page }) => {
    await page.goto('/en/projects/storefront/');
    await expect(page.locator('.ph-summary-progress li').first()).toBeVisible();
    const link = page.locator('.ph-summary-attention a').first();
    const anchor = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page.locator(`tr${anchor}`)).toBeInViewport();
  });
});
