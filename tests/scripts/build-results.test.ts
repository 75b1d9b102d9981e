import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { READER_BUILD_ENV, validatePages } from '../html-validity.ts';
import { PAGE_TYPES } from '../page-types.ts';

// One real Astro build of a copy of the content whose results files are broken the ways a bad
// merge, a hand edit or a hostile pull request breaks them (PERF_HANDBOOK_ROOT points the build at
// the copy). The site must still build, say which file and line it skipped, and show the rest.
/** The project's Node (Astro 7 needs 22+), whatever Node runs the tests. */
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
const root = mkdtempSync(join(tmpdir(), 'perf-handbook-build-results-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A history line as verify-web-vitals writes it: two pages, one TTFB figure each. */
const line = (at: string, home: number, product: number, target = 300) =>
  JSON.stringify({
    generatedAt: at,
    profile: 'mobile',
    pages: [
      { name: 'Home', url: 'https://shop.example.com/', status: 'pass', metrics: { ttfb: { value: home, target, status: home < target ? 'pass' : 'fail' } } },
      { name: 'Product page', url: 'https://shop.example.com/products/espresso-cup', status: 'pass', metrics: { ttfb: { value: product, target, status: product < target ? 'pass' : 'fail' } } },
    ],
  });

const STOREFRONT_HISTORY = [
  line('2026-11-01T10:00:00.000Z', 0, 0), // line 1: a cached first byte, zero on both pages
  line('not-a-date', 120, 140), // line 2: broke the build with a RangeError from Intl
  line('2026-11-02T10:00:00.000Z', 0, 0, 0), // line 3: a target of 0 broke it with "niceStep needs a positive maximum"
  '{"generatedAt":"2026-11-0', // line 4: a torn line
  line('2026-11-03T10:00:00.000Z', 250, 250), // line 5: every value alike
  line('2026-11-04T10:00:00.000Z', 250, 250), // line 6
].join('\n');

/** The storefront's latest result, measured under an override of the TTFB target that has been changed since. */
const STOREFRONT_LATEST = {
  schemaVersion: 1,
  generatedAt: '2026-11-04T10:00:00.000Z',
  tools: { lighthouse: '13.5.0', chrome: '156.0.8078.73', node: 'v24.21.0' },
  profile: 'mobile',
  runs: 1,
  ttfbSamples: 1,
  status: 'pass',
  projects: [
    {
      id: 'storefront',
      status: 'pass',
      profile: 'mobile',
      pages: [{ name: 'Home', url: 'https://shop.example.com/', status: 'pass', metrics: { ttfb: { value: 350, target: 400, comparison: 'lt', status: 'pass', overridden: true } }, runs: 1, ttfbSamples: 1 }],
    },
  ],
};

let build: { status: number | null; output: string };
const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  mkdirSync(join(root, 'src/content/results'));
  writeFileSync(join(root, 'src/content/results/storefront.history.jsonl'), `${STOREFRONT_HISTORY}\n`);
  // A run judged the Home page's TTFB of 350 ms against the project's override of the day, < 400 ms;
  // the override was tightened to < 300 ms afterwards (it is what storefront.yaml says now).
  writeFileSync(join(root, 'src/content/results/storefront.json'), JSON.stringify(STOREFRONT_LATEST));
  // A latest result whose date is no date: the handbook shows as never measured instead of failing the site.
  writeFileSync(join(root, 'src/content/results/handbook.json'), JSON.stringify({ schemaVersion: 1, generatedAt: 'yesterday', tools: { lighthouse: '13', chrome: '156', node: 'v24' }, profile: 'mobile', runs: 1, ttfbSamples: 1, status: 'pass', projects: [] }));
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(root, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, ...READER_BUILD_ENV, PERF_HANDBOOK_ROOT: root, PERF_HANDBOOK_NOW: '2026-11-05T00:00:00Z', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 200_000);

describe('broken results files do not fail the build', () => {
  test('the build succeeds', () => expect(build.status, build.output.slice(-3000)).toBe(0));

  test.each<[string, RegExp]>([
    ['a date that is not a date', /storefront\.history\.jsonl: line 2 skipped: field `generatedAt` is "not-a-date": expected an ISO 8601 date-time/],
    ['a target of zero', /storefront\.history\.jsonl: line 3 skipped: field `pages\[0\]\.metrics\.ttfb\.target` is 0: expected a positive target/],
    ['a torn line', /storefront\.history\.jsonl: line 4 skipped: is not valid JSON/],
    ['an invalid latest result', /results\/handbook\.json: skipped, handbook shows as not measured: field `generatedAt` is "yesterday"/],
  ])('the output names the file and the line of %s', (_, warning) => expect(build.output).toMatch(warning));

  test('each bad line is reported once, though two pages in two languages read the history', () => {
    expect(build.output.match(/storefront\.history\.jsonl: line 2 skipped/g)).toHaveLength(1);
  });

  test.each(['projects/storefront', 'en/projects/storefront'])('%s still charts the three good runs, zeros and equal values included', (path) => {
    const html = page(path);
    const chart = html.slice(html.indexOf('<figure class="ph-chart'), html.indexOf('</figure>'));
    expect(chart).toMatch(/(over|sur) 3 (run|mesure)/);
    expect(chart.match(/<th scope="row">/g)).toHaveLength(3);
    // every dot is placed at a finite position
    const ys = [...chart.matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/g)].flatMap((match) => [Number(match[1]), Number(match[2])]);
    expect(ys).toHaveLength(12);
    for (const y of ys) expect(Number.isFinite(y)).toBe(true);
  });

  test.each<[string, RegExp, RegExp]>([
    ['en/projects/storefront', /Fail/, /judged here against today’s target; the run aimed at &lt;\s400\sms/],
    ['projects/storefront', /Échec/, /jugé ici selon la cible actuelle ; la mesure visait &lt;\s400\sms/],
  ])('%s judges a run against the target shown beside it, today\'s, and names the one the run used', (path, fail, note) => {
    const html = page(path);
    const row = html.slice(html.indexOf('<tr data-item="web-ttfb"'), html.indexOf('</tr>', html.indexOf('<tr data-item="web-ttfb"')));
    expect(row).toContain('data-status="fail"');
    expect(row).toMatch(fail);
    expect(row).toMatch(/&lt;\s300\sms/);
    expect(row).toMatch(note);
  });

  test('the whole history is offered as built downloads: the file as it is, and a CSV row per good run, page and metric', () => {
    expect(readFileSync(join(root, 'dist/projects/storefront.history.jsonl'), 'utf8')).toBe(`${STOREFRONT_HISTORY}\n`);
    const csv = readFileSync(join(root, 'dist/projects/storefront.history.csv'), 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('time,kind,profile,page,url,metric,value,min,max,runs,misses,target,status,error,subject');
    expect(csv).toHaveLength(1 + 3 * 2); // three good runs, two pages, one metric each
    for (const path of ['projects/storefront', 'en/projects/storefront']) {
      expect(page(path)).toContain('href="/projects/storefront.history.csv"');
      expect(page(path)).toContain('href="/projects/storefront.history.jsonl"');
    }
  });

  test('the SLO exports and the k6 script are built downloads, byte for byte what npm run export writes, linked from both languages', () => {
    for (const [format, file] of [['prometheus', 'storefront.rules.yaml'], ['openslo', 'storefront.openslo.yaml'], ['k6', 'storefront.k6.js']] as const) {
      const command = spawnSync(NODE, ['--import', 'tsx', 'scripts/export.ts', 'storefront', '--format', format], { encoding: 'utf8', env: { ...process.env, PERF_HANDBOOK_ROOT: root } });
      expect(command.status, command.stderr).toBe(0);
      expect(readFileSync(join(root, 'dist/projects/storefront/exports', file), 'utf8')).toBe(command.stdout);
      for (const path of ['projects/storefront', 'en/projects/storefront']) expect(page(path)).toContain(`href="/projects/storefront/exports/${file}"`);
    }
  });

  test.each<[string, string]>([
    ['en/projects/storefront', 'Last measured 14 hours ago, on 4 Nov 2026, 10:00 UTC (age as of this page’s build, 5 Nov 2026, 00:00 UTC).'],
    ['projects/storefront', 'Dernière mesure il y a 14 heures, le 4 nov. 2026, 10:00 UTC (âge calculé à la construction de cette page, le 5 nov. 2026, 00:00 UTC).'],
  ])('%s opens with the latest run’s age at the build’s time, and its date', (path, sentence) => {
    const html = page(path);
    const summary = html.slice(html.indexOf('<section class="ph-summary'), html.indexOf('</section>', html.indexOf('<section class="ph-summary')));
    expect(summary.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(sentence);
  });

  test('the handbook, whose latest result is unusable, shows as never measured', () => {
    expect(page('en/projects/handbook')).toMatch(/Never measured; to measure, run/);
  });
});

// The same build, a page of every type in both languages (the storefront's with its charts), and the 404.
describe('the built pages are valid HTML, but for what plain Starlight itself breaks (tests/html-validity.ts)', () => {
  test('html-validate finds no error', async () => {
    const files = [...PAGE_TYPES.flatMap(({ path }) => [path, `/en${path}`]).map((path) => join(root, 'dist', path, 'index.html')), join(root, 'dist/404.html')];
    expect(page('projects/storefront')).toContain('<figure class="ph-chart'); // the project page has what it is checked for
    expect((await validatePages(files)).map((error) => error.text)).toEqual([]);
  });
});
