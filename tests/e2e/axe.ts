import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The axe rule sets that make up WCAG 2.2 AA (and the A and AA rules of 2.0 and 2.1 it builds on). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Draws the blocks the browser lays out only near the screen (`content-visibility: auto`: long
 * code blocks, a project's checklists), as a reader who scrolls through the page gets them. Until
 * then Chromium leaves them out of `innerText` and gives their contents no real geometry. Done
 * through the CSS object model, which the pages' policy allows (a <style> would be refused), and
 * which works with the page's own scripts turned off.
 */
export async function drawEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}

/**
 * axe set to WCAG 2.2 AA over the page as a reader who scrolls through it sees it: axe measures
 * sizes, overlaps and colours on what is laid out, and would otherwise judge every target in an
 * undrawn block as zero-sized or piled on the others.
 */
export async function axeOn(page: Page): Promise<AxeBuilder> {
  await drawEverything(page);
  return new AxeBuilder({ page }).withTags(WCAG_TAGS);
}
