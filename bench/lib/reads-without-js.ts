// Whether a page reads without JavaScript: every line of text its <main> shows with scripts
// (leaving out the controls scripts add, which are for acting, not reading) is also on screen
// with scripts turned off. Checked in the system Chromium.
import { chromium, type Browser } from '@playwright/test';
import { CHROME_FLAGS, findChrome } from '../../src/io/find-chrome.ts';

/**
 * Controls are for acting on a page, not reading it; scripts may add them (sort buttons, tick
 * boxes). The budget calculator is one too: what it works out for typed figures, the budget table
 * beside it gives for the common objectives.
 */
const HIDE_CONTROLS = 'main :is(button, input, select, textarea, label, ph-budget-calculator) { display: none !important; }';
/**
 * Blocks drawn only near the screen (`content-visibility: auto`, as long code blocks are) stay out
 * of innerText until drawn: both readers get them drawn at once, by a style written into the page
 * as it arrives (a script cannot add it where scripts are off).
 */
const DRAW_ALL = '<style>main * { content-visibility: visible !important; }</style>';

/** Starts the system Chromium through Playwright (no browser is ever downloaded). */
export function launchReader(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chromium found: install the chromium package or set CHROME_PATH');
  return chromium.launch({ executablePath, args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')) });
}

/** The non-empty lines of text a reader sees in the page's <main>. */
async function mainLines(browser: Browser, url: string, javaScriptEnabled: boolean): Promise<string[]> {
  // The page's own policy would refuse the style added below: the reader is a measuring tool, not a visitor.
  const context = await browser.newContext({ javaScriptEnabled, bypassCSP: true });
  try {
    await context.route(url, async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace('</head>', `${DRAW_ALL}</head>`) });
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (javaScriptEnabled) await page.addStyleTag({ content: HIDE_CONTROLS });
    const text = await page.locator('main').innerText();
    return text.split('\n').map((line) => line.trim()).filter(Boolean);
  } finally {
    await context.close();
  }
}

/** The lines of text that show only with JavaScript on; empty when the page reads fully without it. */
export async function linesNeedingJs(browser: Browser, url: string): Promise<string[]> {
  const withScript = await mainLines(browser, url, true);
  if (withScript.length === 0) throw new Error(`${url} shows no text in <main>`);
  const withoutScript = new Set(await mainLines(browser, url, false));
  return withScript.filter((line) => !withoutScript.has(line));
}
