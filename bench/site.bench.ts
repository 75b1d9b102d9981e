// The handbook's speed goals, measured: Lighthouse on one page of every page type beside a
// minimal Starlight page, and the build time with many pattern pages beside plain Starlight.
// It prints figures and never fails on them; progress goes to stderr, figures to stdout.
import { launch } from 'chrome-launcher';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_FLAGS, findChrome } from '../src/io/find-chrome.ts';
import { buildAstro, cleanBuild, countPages } from './lib/astro-site.ts';
import { writeHandbookWithPatterns } from './lib/handbook-1000.ts';
import { CATEGORIES, medianFigures, runOnce, type PageFigures, type RunFigures, type Visit } from './lib/lighthouse-runs.ts';
import { median } from './lib/median.ts';
import { MINIMAL_PAGE, mainTextLength, writeMinimalStarlight } from './lib/minimal-starlight.ts';
import { launchReader, linesNeedingJs } from './lib/reads-without-js.ts';
import { writeStarlightWithPatterns } from './lib/starlight-1000.ts';
import { serveStatic } from './lib/static-host.ts';
import { textTable } from './lib/text-table.ts';
import { PAGE_TYPES as READING_PAGE_TYPES } from '../tests/page-types.ts';

/** Where every generated site and build goes (git-ignored). */
const BENCH_DIR = resolve('.bench');
/** The goals of the handbook's issue: every category at 100, FCP at most 0.9x the minimal Starlight page's, build at most 1.1x plain Starlight's. */
const GOAL_SCORE = 100;
const GOAL_FCP_RATIO = 0.9;
const GOAL_BUILD_RATIO = 1.1;
/** The page whose prose length the minimal Starlight page copies: a typical reading page. */
const READING_PAGE = '/role/';
/** Each page is measured on a first visit, then on a repeat visit (see lighthouse-runs.ts). */
const VISITS: readonly Visit[] = ['first', 'repeat'];

/** One page of every page type of the handbook (French, the default language), and the home page in English too. */
const PAGE_TYPES = [
  ...READING_PAGE_TYPES.flatMap((page) => (page.type === 'home' ? [page, { type: 'home (en)', path: `/en${page.path}` }] : [page])),
  // Lighthouse refuses to score a response with status 404, so the 404 page is fetched by its file name.
  { type: '404', path: '/404.html' },
];

const USAGE = `Usage: npm run bench:site -- [--part all|lighthouse|build] [--runs <n>] [--pages <types>] [--builds <n>] [--patterns <n>]

  --part       what to measure: Lighthouse scores and FCP, build time at scale, or both (default all)
  --runs       Lighthouse runs per page and kind of visit (first, repeat), the median is shown (default 3)
  --pages      page types to measure, comma-separated (default all: ${PAGE_TYPES.map((page) => page.type).join(', ')});
               the minimal Starlight page is always measured
  --builds     builds of each site for the build time, the median is shown (default 2)
  --patterns   generated pattern pages for the build time (default 1000)`;

/** Parses the flags; a bad one prints the usage and exits 2. */
function options() {
  try {
    const { values } = parseArgs({
      options: {
        part: { type: 'string', default: 'all' },
        runs: { type: 'string', default: '3' },
        builds: { type: 'string', default: '2' },
        patterns: { type: 'string', default: '1000' },
        pages: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!['all', 'lighthouse', 'build'].includes(values.part)) throw new Error(`--part is "${values.part}": expected all, lighthouse or build`);
    const count = (flag: 'runs' | 'builds' | 'patterns') => {
      const value = Number(values[flag]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} is "${values[flag]}": expected a whole number of at least 1`);
      return value;
    };
    const pages = values.pages?.split(',').map((type) => type.trim()).filter(Boolean);
    return { part: values.part, runs: count('runs'), builds: count('builds'), patterns: count('patterns'), pages };
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** Progress for the person waiting, on stderr so stdout holds only the figures. */
const progress = (message: string) => console.error(`… ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (value: number) => `${value.toFixed(2)}x`;

/** What missed its goal on one page, or "met". */
function goalsMissed(figures: PageFigures, fcpRatio: number, jsLines: number): string {
  const misses = CATEGORIES.filter((id) => figures.scores[id] < GOAL_SCORE).map((id) => `${id} ${figures.scores[id]}`);
  if (fcpRatio > GOAL_FCP_RATIO) misses.push(`FCP ${ratio(fcpRatio)}`);
  if (jsLines > 0) misses.push('needs JS');
  return misses.length === 0 ? 'met' : `missed: ${misses.join(', ')}`;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The pages of the run: the minimal Starlight page first (the reference), then the page types asked for. */
function pagesToMeasure(only: readonly string[] | undefined) {
  const unknown = only?.filter((type) => !PAGE_TYPES.some((page) => page.type === type)) ?? [];
  if (unknown.length > 0) {
    console.error(`bench: --pages names ${unknown.map((type) => `"${type}"`).join(', ')}: expected page types among ${PAGE_TYPES.map((page) => page.type).join(', ')}\n\n${USAGE}`);
    process.exit(2);
  }
  return PAGE_TYPES.filter((page) => !only || only.includes(page.type));
}

/** Part (a): Lighthouse on every page type of the handbook and on the minimal Starlight page, first and repeat visits. */
async function lighthousePart(runs: number, only: readonly string[] | undefined): Promise<void> {
  const pageTypes = pagesToMeasure(only);
  const handbookDir = join(BENCH_DIR, 'handbook');
  const handbookDist = join(handbookDir, 'dist');
  progress('building the handbook');
  cleanBuild(handbookDir, handbookDist);
  await buildAstro(process.cwd(), { outDir: handbookDist });

  const proseChars = mainTextLength(readFileSync(join(handbookDist, READING_PAGE, 'index.html'), 'utf8'));
  const minimalDir = join(BENCH_DIR, 'minimal-starlight');
  progress('building a minimal Starlight site');
  writeMinimalStarlight(minimalDir, proseChars);
  await buildAstro(minimalDir);
  const minimalChars = mainTextLength(readFileSync(join(minimalDir, 'dist', MINIMAL_PAGE, 'index.html'), 'utf8'));

  // Both sites through the same plain static host, so the transport is the same for both.
  const handbook = await serveStatic(handbookDist);
  const minimal = await serveStatic(join(minimalDir, 'dist'));
  const chromePath = findChrome();
  if (!chromePath) throw new Error('no Chromium found: install the chromium package or set CHROME_PATH');
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const pages = [{ type: 'minimal Starlight', url: new URL(MINIMAL_PAGE, minimal.url).href }, ...pageTypes.map(({ type, path }) => ({ type, url: new URL(path, handbook.url).href }))];
  const runsByVisit = Object.fromEntries(VISITS.map((visit) => [visit, new Map<string, RunFigures[]>(pages.map((page) => [page.url, []]))])) as Record<Visit, Map<string, RunFigures[]>>;
  try {
    // One run nobody counts warms Chrome and the server, so the first page measured is not the slowest.
    progress('Lighthouse warm-up run');
    await runOnce(pages[0]!.url, chrome.port);
    // Round after round over every page, so a slow spell of the machine spreads over all of them.
    // Each page's repeat visit follows its first visit, whose load filled the cache.
    for (let run = 1; run <= runs; run += 1) {
      for (const [index, page] of pages.entries()) {
        for (const visit of VISITS) {
          progress(`Lighthouse run ${run}/${runs}, page ${index + 1}/${pages.length}: ${page.type}, ${visit} visit`);
          runsByVisit[visit].get(page.url)!.push(await runOnce(page.url, chrome.port, visit));
        }
      }
    }
  } finally {
    chrome.kill();
  }
  const figures = Object.fromEntries(VISITS.map((visit) => [visit, new Map(pages.map((page) => [page.url, medianFigures(runsByVisit[visit].get(page.url)!)]))])) as Record<Visit, Map<string, PageFigures>>;

  progress('checking which pages read without JavaScript');
  const reader = await launchReader();
  const jsLines = new Map<string, string[]>();
  try {
    for (const page of pages) jsLines.set(page.url, await linesNeedingJs(reader, page.url));
  } finally {
    await reader.close();
    handbook.close();
    minimal.close();
  }

  const isReference = (page: (typeof pages)[number]) => page === pages[0];
  /** A page's FCP and Speed Index beside the minimal page's, on the same kind of visit. */
  const ratios = (visit: Visit, page: (typeof pages)[number]) => {
    const f = figures[visit].get(page.url)!;
    const reference = figures[visit].get(pages[0]!.url)!;
    return { fcp: f.timings.fcp / reference.timings.fcp, si: f.timings.si / reference.timings.si };
  };
  const firstRows = pages.map((page) => {
    const f = figures.first.get(page.url)!;
    const needsJs = jsLines.get(page.url)!.length;
    const r = ratios('first', page);
    return [
      page.type,
      new URL(page.url).pathname,
      ...CATEGORIES.map((id) => String(f.scores[id])),
      ms(f.timings.fcp),
      isReference(page) ? '1.00x (ref)' : ratio(r.fcp),
      ms(f.timings.si),
      ms(f.timings.lcp),
      ms(f.timings.tbt),
      f.cls.toFixed(3),
      kb(f.documentBytes),
      kb(f.stylesheetBytes),
      kb(f.scriptBytes),
      needsJs === 0 ? 'yes' : `no (${needsJs} lines)`,
      isReference(page) ? '' : goalsMissed(f, r.fcp, needsJs),
    ];
  });
  const repeatRows = pages.map((page) => {
    const f = figures.repeat.get(page.url)!;
    const r = ratios('repeat', page);
    return [
      page.type,
      String(f.scores.performance),
      ms(f.timings.fcp),
      isReference(page) ? '1.00x (ref)' : ratio(r.fcp),
      ms(f.timings.si),
      isReference(page) ? '1.00x (ref)' : ratio(r.si),
      ms(f.timings.lcp),
      kb(f.documentBytes),
      kb(f.stylesheetBytes),
      isReference(page) ? '' : r.fcp <= GOAL_FCP_RATIO && f.scores.performance >= GOAL_SCORE ? 'met' : `missed:${f.scores.performance < GOAL_SCORE ? ` performance ${f.scores.performance}` : ''}${r.fcp > GOAL_FCP_RATIO ? ` FCP ${ratio(r.fcp)}` : ''}`,
    ];
  });
  const medianNote = runs > 1 ? `median of ${runs} runs, ` : '';
  console.log(`\nLighthouse, first visit (${medianNote}mobile, simulated throttling; cache and storage emptied before each load)`);
  console.log(`Goals: ${GOAL_SCORE} in all four categories; FCP ≤ ${GOAL_FCP_RATIO}x the minimal Starlight page; readable without JavaScript.`);
  console.log(`Minimal Starlight page: default config, one docs page of ${minimalChars} characters of text in <main> (handbook ${READING_PAGE}: ${proseChars}).`);
  console.log('Both sites served by the same static host: gzip, hashed assets cached for a year, pages revalidated. Bytes are transferred bytes.\n');
  console.log(textTable(['page type', 'path', 'perf', 'a11y', 'best-pr', 'seo', 'FCP', 'FCP ratio', 'SI', 'LCP', 'TBT', 'CLS', 'page', 'CSS', 'script', 'reads w/o JS', 'goals'], firstRows));
  console.log(`\nLighthouse, repeat visit (${medianNote}same settings; the page loaded again in the same Chrome profile right after its first visit, nothing emptied: hashed CSS and scripts from the HTTP cache, the page from the network)\n`);
  console.log(textTable(['page type', 'perf', 'FCP', 'FCP ratio', 'SI', 'SI ratio', 'LCP', 'page', 'CSS', 'goals'], repeatRows));
  for (const page of pages) {
    const lines = jsLines.get(page.url)!;
    if (lines.length > 0) console.log(`\n${page.type}: text shown only with JavaScript: ${lines.slice(0, 5).map((line) => JSON.stringify(line)).join(', ')}${lines.length > 5 ? ', …' : ''}`);
  }
  for (const visit of VISITS) console.log(`\nFCP of every run, ${visit} visit (ms): ${pages.map((page) => `${page.type} ${figures[visit].get(page.url)!.fcpRuns.map(Math.round).join('/')}`).join('; ')}`);
  console.log(`\nPerformance (TBT in ms) of every run, first visit: ${pages.map((page) => {
    const f = figures.first.get(page.url)!;
    return `${page.type} ${f.performanceRuns.map((score, run) => `${score} (${Math.round(f.tbtRuns[run]!)})`).join('/')}`;
  }).join('; ')}`);
}

/** Part (b): build time of the handbook with many generated pattern pages against plain Starlight with the same pages. */
async function buildPart(builds: number, patterns: number): Promise<void> {
  const handbookDir = join(BENCH_DIR, `handbook-${patterns}`);
  const starlightDir = join(BENCH_DIR, `starlight-${patterns}`);
  progress(`generating ${patterns} pattern pages for the handbook and for plain Starlight`);
  writeHandbookWithPatterns(handbookDir, patterns);
  writeStarlightWithPatterns(starlightDir, patterns);
  const sites = [
    { name: `handbook + ${patterns} patterns`, dir: handbookDir, env: { PERF_HANDBOOK_ROOT: handbookDir }, times: [] as number[] },
    { name: `plain Starlight, ${patterns} MDX pages`, dir: starlightDir, env: {}, times: [] as number[] },
  ];
  for (let round = 1; round <= builds; round += 1) {
    // Alternate which site goes first, so neither always builds on a warmer machine.
    for (const site of round % 2 === 1 ? sites : [...sites].reverse()) {
      progress(`build ${round}/${builds}: ${site.name}`);
      cleanBuild(site.dir);
      site.times.push(await buildAstro(site.dir, { env: site.env }));
    }
  }
  const [handbook, starlight] = sites.map((site) => ({ ...site, median: median(site.times), pages: countPages(join(site.dir, 'dist')) }));
  console.log(`\nBuild time, cold (caches removed before each build), median of ${builds}`);
  console.log(`Goal: the handbook builds in at most ${GOAL_BUILD_RATIO}x the time of plain Starlight with the same pages.\n`);
  console.log(
    textTable(
      ['site', 'HTML pages', 'builds', 'median'],
      [handbook!, starlight!].map((site) => [site.name, String(site.pages), site.times.map(seconds).join(', '), seconds(site.median)]),
    ),
  );
  const buildRatio = handbook!.median / starlight!.median;
  console.log(`\nRatio handbook / plain Starlight: ${ratio(buildRatio)} (goal ≤ ${GOAL_BUILD_RATIO}x: ${buildRatio <= GOAL_BUILD_RATIO ? 'met' : 'missed'})`);
}

const { part, runs, builds, patterns, pages } = options();
if (part === 'all' || part === 'lighthouse') await lighthousePart(runs, pages);
if (part === 'all' || part === 'build') await buildPart(builds, patterns);
