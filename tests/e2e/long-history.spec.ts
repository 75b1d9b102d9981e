import { expect, test } from '@playwright/test';
import { axeOn } from './axe.ts';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rewriteHistory } from '../../src/io/history-file.ts';
import { MAX_POINTS } from '../../src/lib/trend-buckets.ts';
import type { HistoryEntry } from '../../src/lib/schema/result.ts';
import { buildCopy, serveCopy } from './built-copy.ts';

// The storefront with a year of hourly runs, rolled up as verify-web-vitals leaves a history, and
// one missed hour last spring. Its page must draw a bounded chart and table, keep that miss
// visible, read without JavaScript, pass axe in both languages, and offer the whole history.

const PORT = 4336;
const site = `http://127.0.0.1:${PORT}`;
const NOW = '2026-12-01T09:00:00.000Z';
const MISS = '2026-04-15T13:00:00.000Z';
const HOURS = 365 * 24;
let root = '';
let server: ChildProcess | undefined;

/** A run of the storefront's two pages at `at`: TTFB well under its 300 ms target, but for the missed hour. */
function run(at: Date): HistoryEntry {
  const miss = at.toISOString() === MISS;
  const value = miss ? 480 : 120 + (at.getUTCHours() % 5) * 10;
  const metric = { value, target: 300, status: miss ? ('fail' as const) : ('pass' as const) };
  return { generatedAt: at.toISOString(), profile: 'mobile', pages: ['Home', 'Product page'].map((name) => ({ name, url: `https://shop.example.com/${name}`, status: metric.status, metrics: { ttfb: metric } })) };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = mkdtempSync(join(tmpdir(), 'perf-handbook-long-history-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  mkdirSync(join(root, 'src/content/results'));
  const history = join(root, 'src/content/results/storefront.history.jsonl');
  const end = Date.parse(NOW);
  writeFileSync(history, `${Array.from({ length: HOURS }, (_, hour) => JSON.stringify(run(new Date(end - (HOURS - 1 - hour) * 3_600_000)))).join('\n')}\n`);
  rewriteHistory(history, new Date(NOW));
  buildCopy(root, { PERF_HANDBOOK_NOW: NOW });
  server = await serveCopy(root, PORT, { PERF_HANDBOOK_NOW: NOW });
});

test.afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

for (const { lang, prefix, missMonth } of [
  { lang: 'en', prefix: '/en', missMonth: 'April 2026' },
  { lang: 'fr', prefix: '', missMonth: 'avril 2026' },
]) {
  test(`${lang}: a year of runs draws a bounded chart and table, with last spring's miss still marked`, async ({ page }) => {
    await page.goto(`${site}${prefix}/projects/storefront/`);
    const chart = page.locator('figure.ph-chart').first();
    expect(await chart.locator('circle').count()).toBeLessThanOrEqual(2 * MAX_POINTS);
    expect(await chart.locator('circle.ph-chart-dot--fail').count()).toBe(2); // one miss, on both pages' lines
    const rows = chart.locator('details table tbody tr');
    expect(await rows.count()).toBeLessThanOrEqual(MAX_POINTS);
    await chart.locator('summary').click();
    await expect(rows.filter({ hasText: missMonth })).toContainText('✗');
  });

  test(`${lang}: the page with a year of history has no WCAG 2.2 AA violation`, async ({ page }) => {
    await page.goto(`${site}${prefix}/projects/storefront/`);
    await page.locator('figure.ph-chart summary').first().click();
    const results = await (await axeOn(page)).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the figures behind the chart are there to read, in a disclosure', async ({ page }) => {
    await page.goto(`${site}/en/projects/storefront/`);
    const details = page.locator('figure.ph-chart details').first();
    await details.locator('summary').click();
    await expect(details.locator('tbody tr').first()).toBeVisible();
  });
});

test('the whole history is a download, every line of it', async () => {
  const jsonl = await fetch(`${site}/projects/storefront.history.jsonl`).then((response) => response.text());
  expect(jsonl).toBe(readFileSync(join(root, 'src/content/results/storefront.history.jsonl'), 'utf8'));
  const lines = jsonl.trim().split('\n').map((line) => JSON.parse(line) as { schemaVersion?: number; runs?: number });
  // Every run of the year is in the file: the recent ones as runs, the older ones counted in their days.
  expect(lines.reduce((sum, line) => sum + (line.schemaVersion === 2 ? line.runs! : 1), 0)).toBe(HOURS);
  const csv = await fetch(`${site}/projects/storefront.history.csv`).then((response) => response.text());
  expect(csv.trim().split('\r\n')).toHaveLength(1 + lines.length * 2);
  expect(csv).toMatch(new RegExp(`^${MISS.slice(0, 10)},day,mobile,Home,.*,ttfb,\\d+(\\.\\d+)?,\\d+,480,24,1,300,fail,`, 'm'));
});
