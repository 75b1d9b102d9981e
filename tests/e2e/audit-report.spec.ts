import { expect, test, type Page } from '@playwright/test';
import { axeOn } from './axe.ts';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildCopy, serveCopy } from './built-copy.ts';

// The storefront's worked audit as its report pages show it, in both languages, beside an earlier
// audit of the same project written into a copy of the content: that one holds markup in a finding,
// lists its plan backwards (so the format findings show and the computed order differs from the
// file's) and has other baseline figures (so the newer report compares with it). One build serves
// every test: the reports, the project page's list, axe, no JavaScript, and the report on A4.

const PORT = 4341;
const site = `http://127.0.0.1:${PORT}`;
const EXAMPLE = 'src/content/audits/storefront/2026-11-20.yaml';
const NEWEST = '2026-11-20';
const EARLIER = '2026-08-14';
/** Markup that would run if a finding were ever set as HTML. */
const HOSTILE = '<img src=x onerror=alert(1)>';
/** The plan's actions in the order the method ranks them: P0 then P1 then P2, the cheaper first. */
const RANKED = [
  'Add an index on products.category_id',
  'Turn on Brotli for HTML and JSON at the load balancer',
  "Size the connection pool to the database's cores and add a wait timeout",
  'Serve images, CSS and scripts from the CDN with long cache lifetimes',
  'Return only the fields the search page shows',
];
let root = '';
let server: ChildProcess | undefined;

/** The earlier audit: the example's sections with older figures, a hostile finding and the plan listed backwards. */
function earlierAudit(): string {
  const audit = parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, any>;
  audit.example = false;
  audit.by = 'Ada Lovelace';
  const row = (metric: string, subject?: string) => audit.baseline.rows.find((entry: any) => entry.metric === metric && entry.subject === subject);
  row('api-p95', 'Catalogue search').current = 300;
  row('throughput').current = 150;
  audit.baseline.rows = audit.baseline.rows.filter((entry: any) => entry.metric !== 'cold-start');
  audit.profiling.application[0].finding = HOSTILE;
  audit.plan.actions.reverse();
  return stringify(audit);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = mkdtempSync(join(tmpdir(), 'perf-handbook-audit-report-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  writeFileSync(join(root, `src/content/audits/storefront/${EARLIER}.yaml`), earlierAudit());
  buildCopy(root);
  server = await serveCopy(root, PORT);
});

test.afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Text as a reader compares it: no-break spaces as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A report's section, and its row whose header cell holds `name`. */
function section(page: Page, id: string) {
  const element = page.locator(`section[data-section="${id}"]`);
  return { element, row: (name: string, nth = 0) => element.locator('tbody tr').filter({ has: page.locator('th', { hasText: name }) }).nth(nth) };
}

/** A row's cells as text. */
const cells = async (row: ReturnType<ReturnType<typeof section>['row']>) => (await row.locator('th, td').allInnerTexts()).map(plain);

const LANGS = [
  {
    lang: 'en',
    prefix: '/en',
    title: 'Storefront: audit of 20 November 2026',
    example: 'This audit is an example: its figures are made up',
    p95: ['API latency P95', 'Catalogue search', '240 ms', '< 200 ms', '+40 ms', '+20%', 'high'],
    throughput: ['Throughput', '–', '180 req/s', '≥ 250 req/s', '−70 req/s', '−28%', 'high'],
    index: ['−75 ms', '−31.3%'],
    comparison: ['API latency P95', 'Catalogue search', '300 ms', '240 ms', '−60 ms (−20%)', 'better'],
    newlyMeasured: 'newly measured',
    status: 'complete',
    findings: 'Format findings',
    previous: '14 August 2026',
  },
  {
    lang: 'fr',
    prefix: '',
    title: 'Storefront : audit du 20 novembre 2026',
    example: 'Cet audit est un exemple : ses chiffres sont inventés',
    p95: ['Latence API P95', 'Catalogue search', '240 ms', '< 200 ms', '+40 ms', '+20 %', 'élevée'],
    throughput: ['Débit', '–', '180 req/s', '≥ 250 req/s', '−70 req/s', '−28 %', 'élevée'],
    index: ['−75 ms', '−31,3 %'],
    comparison: ['Latence API P95', 'Catalogue search', '300 ms', '240 ms', '−60 ms (−20 %)', 'mieux'],
    newlyMeasured: 'nouvelle mesure',
    status: 'terminée',
    findings: 'Constats de format',
    previous: '14 août 2026',
  },
] as const;

for (const expected of LANGS) {
  const report = (date: string) => `${site}${expected.prefix}/projects/storefront/audits/${date}/`;

  test(`${expected.lang}: the storefront's audit shows each phase as tables with the figures the method computes`, async ({ page }) => {
    await page.goto(report(NEWEST));
    await expect(page.locator('h1')).toHaveText(expected.title);
    await expect(page.locator('[data-example-notice]')).toContainText(expected.example);
    // A valid example breaks no format rule: no findings at the top.
    await expect(page.locator('[data-format-findings]')).toHaveCount(0);
    for (const id of ['baseline', 'profiling', 'load-tests', 'plan', 'implementation', 'capacity', 'monitoring']) {
      await expect(section(page, id).element.locator('.ph-audit-status strong')).toHaveText(expected.status);
    }

    const baseline = section(page, 'baseline');
    expect((await cells(baseline.row(expected.p95[0]))).slice(0, 7)).toEqual(expected.p95);
    expect((await cells(baseline.row(expected.throughput[0]))).slice(0, 7)).toEqual(expected.throughput);
    await expect(section(page, 'load-tests').element.locator('tbody tr')).toHaveCount(3);

    const plan = section(page, 'plan').element;
    expect(await plan.locator('tbody tr td:first-child').allInnerTexts()).toEqual(['1', '2', '3', '4', '5']);
    expect(await plan.locator('tbody th').allInnerTexts()).toEqual(RANKED);

    const done = await cells(section(page, 'implementation').row(RANKED[0]!));
    expect(done.slice(-2)).toEqual(expected.index);

    const projection = section(page, 'capacity').element.locator('table').nth(1);
    expect(await projection.locator('tbody td:last-child').allInnerTexts()).toEqual(['3', '5', '8', '24']);
    await expect(section(page, 'monitoring').element.locator('table').first().locator('tbody tr')).toHaveCount(3);
  });

  test(`${expected.lang}: the newer audit is compared with the earlier one, metric by metric`, async ({ page }) => {
    await page.goto(report(NEWEST));
    expect(plain(await page.locator('.ph-audit-facts').innerText())).toContain(expected.previous);
    const comparison = section(page, 'comparison');
    expect(await cells(comparison.row(expected.comparison[0]))).toEqual(expected.comparison);
    // Only the newer audit measured the cold start.
    await expect(comparison.element.locator('tbody tr').last()).toContainText(expected.newlyMeasured);
    // The earliest audit has nothing before it.
    await page.goto(report(EARLIER));
    await expect(page.locator('section[data-section="comparison"]')).toHaveCount(0);
  });

  test(`${expected.lang}: markup in a finding reads as text, the format findings lead, and the plan keeps the computed order`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(report(EARLIER));
    await expect(section(page, 'profiling').element.locator('tbody th').first()).toHaveText(HOSTILE);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('[data-example-notice]')).toHaveCount(0);
    const findings = page.locator('[data-format-findings]');
    await expect(findings.getByRole('heading', { level: 2 })).toHaveText(expected.findings);
    // The findings come before the first phase.
    expect(await page.locator('[data-format-findings] ~ section[data-section="baseline"]').count()).toBe(1);
    await expect(findings.locator('li[data-rule="plan-order"]').first()).toContainText(`src/content/audits/storefront/${EARLIER}.yaml:`);
    // Listed backwards in the file, ranked as the method ranks it on the page.
    expect(await section(page, 'plan').element.locator('tbody th').allInnerTexts()).toEqual(RANKED);
    expect(dialogs).toEqual([]);
  });

  test(`${expected.lang}: the project page lists its audits newest first, each linked to its report`, async ({ page }) => {
    await page.goto(`${site}${expected.prefix}/projects/storefront/`);
    const links = page.locator('section[data-audits] tbody th a');
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      `${expected.prefix}/projects/storefront/audits/${NEWEST}/`,
      `${expected.prefix}/projects/storefront/audits/${EARLIER}/`,
    ]);
    await links.first().click();
    await expect(page.locator('h1')).toHaveText(expected.title);
  });
}

for (const { lang, prefix, theme, date } of [
  { lang: 'fr', prefix: '', theme: 'light', date: NEWEST },
  { lang: 'en', prefix: '/en', theme: 'dark', date: NEWEST },
  { lang: 'en', prefix: '/en', theme: 'light', date: EARLIER },
] as const) {
  test(`${lang} (${theme}): the report of ${date} has no WCAG 2.2 AA violation`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    await page.goto(`${site}${prefix}/projects/storefront/audits/${date}/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const { violations } = await (await axeOn(page)).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every table of the report is there to read', async ({ page }) => {
    await page.goto(`${site}/en/projects/storefront/audits/${NEWEST}/`);
    await expect(page.locator('[data-example-notice]')).toBeVisible();
    // baseline, profiling, load tests, plan, implementation, capacity (2), monitoring (2), comparison
    await expect(page.locator('.ph-audit-table table')).toHaveCount(10);
    for (const table of await page.locator('.ph-audit-table table').all()) await expect(table).toBeVisible();
    expect(plain(await section(page, 'baseline').row('API latency P95').innerText())).toContain('+40 ms');
  });
});

test.describe('on paper', () => {
  test('the report prints on a few A4 pages, without the site around it', async ({ page }) => {
    await page.goto(`${site}/en/projects/storefront/audits/${NEWEST}/`);
    const pdf = await page.pdf({ format: 'A4' });
    // Each page is one "/Type /Page" object in the PDF Chromium writes ("/Type /Pages" is the tree).
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    console.log(`the storefront's report prints on ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);

    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav.sidebar', 'header.header', 'site-search', 'starlight-theme-select', '.right-sidebar-container', 'mobile-starlight-toc', '.ph-audit-contents']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(section(page, 'baseline').element.locator('table')).toBeVisible();
    // A row is never cut across two pages.
    expect(await page.locator('.ph-audit-table tr').first().evaluate((row) => getComputedStyle(row).breakInside)).toBe('avoid');
  });
});
