import { expect, test } from '@playwright/test';
import type AxeBuilder from '@axe-core/playwright';
import { axeOn } from './axe.ts';
import { PAGE_TYPES as READING_PAGE_TYPES } from '../page-types.ts';

// axe-core checks one page of every page type, in both languages and both themes, against
// WCAG 2.2 AA (and the A and AA rules of 2.0 and 2.1 it builds on).

/** Where Starlight keeps the reader's theme choice. */
const THEME_KEY = 'starlight-theme';

/** One page of every page type, by its French path; the English one sits under /en/. */
const PAGE_TYPES = [
  ...READING_PAGE_TYPES,
  { type: '404', path: '/no-such-page/' },
];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One readable paragraph per violation: the rule, its impact, what to fix, and where. */
function describe(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['fr', 'en'] as const) {
    for (const { type, path } of PAGE_TYPES) {
      const url = lang === 'fr' ? path : `/en${path}`;
      test(`${type} (${lang}, ${theme}) has no WCAG 2.2 AA violation`, async ({ page }) => {
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme]);
        const response = await page.goto(url);
        expect(response?.status()).toBe(type === '404' ? 404 : 200);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const { violations } = await (await axeOn(page)).analyze();
        if (violations.length > 0) console.log(`\n${url} in the ${theme} theme:\n\n${describe(violations)}\n`);
        expect(violations.map((violation) => `${violation.id}: ${violation.help}`), `axe violations on ${url} (${theme})`).toEqual([]);
      });
    }
  }
}

// On a phone (the width Lighthouse's mobile default emulates) wide tables and code blocks scroll
// sideways, and a region that scrolls must be reachable from the keyboard.
const PHONE = { width: 412, height: 823 };

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });
  for (const { type, path } of PAGE_TYPES) {
    test(`${type} (fr, ${PHONE.width} px) has no WCAG 2.2 AA violation`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(type === '404' ? 404 : 200);
      const { violations } = await (await axeOn(page)).analyze();
      if (violations.length > 0) console.log(`\n${path} at ${PHONE.width} px:\n\n${describe(violations)}\n`);
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`), `axe violations on ${path} at ${PHONE.width} px`).toEqual([]);
    });
  }
});
