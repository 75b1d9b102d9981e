import { expect, test, type Page } from '@playwright/test';
import { axeOn } from './axe.ts';

// The error-budget calculator of the targets page and of each SLO of a project page, in the real
// browser, on the build Playwright's web server makes once for every spec: the figures it works
// out, what it says of bad input, that it agrees with the budget table a reader without JavaScript
// gets, and that it stays axe-clean.

const LANGUAGES = [
  {
    lang: 'fr',
    path: '/targets/',
    objective: 'Objectif (%)',
    window: 'Fenêtre (jours)',
    rate: /^Trafic/,
    typed: '99,9',
    minutes: /Indisponibilité permise sur 30 j/,
    minutesOverAWeek: /Indisponibilité permise sur 7 j/,
    minutesValue: '43,2 min',
    hour: /vide le budget en 1 heure/,
    tier: '14,4x pendant 1 h',
    tierValue: 'consomme 2 % du budget',
    badObjective: /Objectif : saisissez un pourcentage strictement entre 0 et 100/,
    badWindow: /Fenêtre : saisissez un nombre entier de jours/,
  },
  {
    lang: 'en',
    path: '/en/targets/',
    objective: 'Objective (%)',
    window: 'Window (days)',
    rate: /^Traffic/,
    typed: '99.9',
    minutes: /Downtime allowed over 30 d/,
    minutesOverAWeek: /Downtime allowed over 7 d/,
    minutesValue: '43.2 min',
    hour: /empties it in 1 hour/,
    tier: '14.4x for 1 h',
    tierValue: 'spends 2% of the budget',
    badObjective: /Objective: enter a percentage strictly between 0 and 100/,
    badWindow: /Window: enter a whole number of days/,
  },
] as const;

/** The figure a term of the calculator's list shows, spaces made plain. */
async function figure(page: Page, term: string | RegExp): Promise<string> {
  const text = await page.locator('ph-budget-calculator dl > div').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd').textContent();
  return (text ?? '').replaceAll('\u00a0', ' ');
}

for (const language of LANGUAGES) {
  test.describe(`${language.lang}: the calculator`, () => {
    test('99.9 % over 30 days is 43.2 minutes, emptied in an hour at 720x, and a 14.4x burn spends 2 % in an hour', async ({ page }) => {
      await page.goto(language.path);
      const form = page.locator('ph-budget-calculator form');
      await expect(form).toBeVisible();
      await form.getByLabel(language.objective).fill(language.typed);
      await form.getByLabel(language.window).fill('30');
      await form.getByLabel(language.rate).fill('10');
      await expect.poll(() => figure(page, language.minutes)).toBe(language.minutesValue);
      expect(await figure(page, language.hour)).toBe('720x');
      expect(await figure(page, language.tier)).toBe(language.tierValue);
      // A shorter window changes every figure: 7 days of 0.1 % is 10.08 minutes, emptied in an hour at 168x.
      await form.getByLabel(language.window).fill('7');
      await expect.poll(() => figure(page, language.hour)).toBe('168x');
      expect(await figure(page, language.minutesOverAWeek)).toMatch(/^10[.,]1 min \(10[.,]08 min\)$/);
      // Enter (or the button) works the figures out again and never leaves the page.
      await form.getByLabel(language.window).press('Enter');
      await form.getByRole('button').click();
      expect(new URL(page.url()).pathname).toBe(language.path);
      expect(await figure(page, language.hour)).toBe('168x');
    });

    test('bad input gets a message in the form, said aloud, and never a NaN', async ({ page }) => {
      await page.goto(language.path);
      const form = page.locator('ph-budget-calculator form');
      const objective = form.getByLabel(language.objective);
      const message = form.locator('.ph-calc-error');
      await expect(message).toHaveAttribute('aria-live', 'polite');
      for (const typed of ['100', '0', '', 'abc', '-5']) {
        await objective.fill(typed);
        await expect(message, `objective "${typed}"`).toHaveText(language.badObjective);
        await expect(objective).toHaveAttribute('aria-invalid', 'true');
        await expect(form.locator('.ph-calc-out')).toBeHidden();
        await expect(form).not.toContainText('NaN');
      }
      // Two bad fields, two messages; the input named by each message is the one marked.
      await form.getByLabel(language.window).fill('2.5');
      await expect(message.locator('p')).toHaveText([language.badObjective, language.badWindow]);
      const { violations } = await (await axeOn(page)).include('ph-budget-calculator').analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      // Fixed, the message goes and the figures come back.
      await objective.fill(language.typed);
      await form.getByLabel(language.window).fill('30');
      await expect(message).toHaveText('');
      await expect(objective).not.toHaveAttribute('aria-invalid', 'true');
      await expect.poll(() => figure(page, language.minutes)).toBe(language.minutesValue);
    });

    test('each common objective gives the figure the budget table shows', async ({ page }) => {
      await page.goto(language.path);
      const table = page.locator('table', { has: page.locator('caption', { hasText: /30/ }) }).filter({ has: page.locator('th', { hasText: /99[.,]95/ }) });
      const rows = await table.locator('tbody tr').all();
      expect(rows.length).toBe(5);
      for (const row of rows) {
        const objective = ((await row.locator('th').textContent()) ?? '').replace(/\s*%$/, '').trim();
        const minutes = ((await row.locator('td').nth(1).textContent()) ?? '').replaceAll('\u00a0', ' ');
        await page.locator('ph-budget-calculator form').getByLabel(language.objective).fill(objective);
        await expect.poll(() => figure(page, language.minutes), `objective ${objective}`).toMatch(new RegExp(`^${minutes.replace(/[.()]/g, '\\$&')}( \\(|$)`));
      }
    });

    test('the page with the calculator in use is axe-clean', async ({ page }) => {
      await page.goto(language.path);
      await page.locator('ph-budget-calculator form').getByLabel(language.objective).fill(language.typed);
      await expect.poll(() => figure(page, language.minutes)).toBe(language.minutesValue);
      const { violations } = await (await axeOn(page)).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  });
}

test('without JavaScript the form stays hidden and the table gives the figures', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/targets/');
  await expect(page.locator('ph-budget-calculator form')).toBeHidden();
  await expect(page.locator('table').filter({ has: page.locator('th', { hasText: '99.9%' }) }).locator('td', { hasText: '43.2 min' })).toBeVisible();
  await context.close();
});

for (const { lang, path, objective, minutes, main, database, none, cannot } of [
  { lang: 'fr', path: '/projects/handbook/', objective: 'Objectif (%)', minutes: /Indisponibilité permise sur 30 j/, main: /API principale/, database: /Base de données/, none: /pas encore de chiffres/, cannot: /incalculable/ },
  { lang: 'en', path: '/en/projects/handbook/', objective: 'Objective (%)', minutes: /Downtime allowed over 30 d/, main: /Main API/, database: /Database/, none: /no figures yet/, cannot: /cannot be computed/ },
] as const) {
  test(`${lang}: beside each SLO of a project, a calculator set to it, and the SLO table says what its figures are`, async ({ page }) => {
    await page.goto(path);
    // Each folded under its name: open them as a reader would.
    for (const summary of await page.locator('ph-budget-calculator summary').all()) await summary.click();
    const calculator = (service: RegExp) => page.locator('ph-budget-calculator details').filter({ has: page.locator('summary', { hasText: service }) }).locator('form');
    // The main API's 0.1 % over 30 days is 43.2 minutes; the database's 0.05 %, 21.6.
    await expect(calculator(main).getByLabel(objective)).toHaveValue(lang === 'fr' ? '99,9' : '99.9');
    await expect(calculator(database).getByLabel(objective)).toHaveValue(lang === 'fr' ? '99,95' : '99.95');
    const figureOf = async (service: RegExp) => ((await calculator(service).locator('dl > div').filter({ has: page.locator('dt', { hasText: minutes }) }).locator('dd').textContent()) ?? '').replaceAll('\u00a0', ' ');
    await expect.poll(() => figureOf(main)).toMatch(/^43[.,]2 min$/);
    await expect.poll(() => figureOf(database)).toMatch(/^21[.,]6 min$/);
    // The handbook's build has no results: no figures yet for the API, and nothing the probe measures stands for the database.
    const table = page.locator('table', { has: page.locator('caption', { hasText: /checklist record/ }) });
    await expect(table.locator('tbody tr', { has: page.locator('th', { hasText: main }) })).toContainText(none);
    await expect(table.locator('tbody tr', { has: page.locator('th', { hasText: database }) })).toContainText(cannot);
    await expect(page.locator('section[aria-labelledby="exports"] p', { hasText: /db_client_operation_duration_seconds_bucket/ })).toBeVisible();
    const { violations } = await (await axeOn(page)).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
