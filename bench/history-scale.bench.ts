// The history-scale bench: the handbook project with a year of hourly runs (8,760 lines, rolled up
// as verify-web-vitals does at each append) beside the same project with 30 runs, in one run on
// one machine. Prints the project page's HTML size, the build time, the history file's size
// after the rollup and the time of one more run's append, as ratios against the 30-run case.
// Goals: page ≤ 1.25x, build ≤ 1.2x, history ≤ 2 MB, append < 100 ms.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentPaths } from '../src/io/content-paths.ts';
import { rewriteHistory } from '../src/io/history-file.ts';
import { writeProjectResults } from '../src/io/write-results.ts';
import { loadCatalog } from '../src/io/load-catalog.ts';
import type { HistoryEntry, ResultDocument } from '../src/lib/schema/result.ts';
import { buildAstro, cleanBuild } from './lib/astro-site.ts';
import { median } from './lib/median.ts';
import { textTable } from './lib/text-table.ts';

/** The time the year ends at; the rollup and the site's statuses are computed at it. */
const NOW = '2026-12-01T09:00:00.000Z';
const HOUR = 3_600_000;
/** Builds per case: the median is reported. */
const BUILDS = 3;
/** Appends timed on the rolled-up year. */
const APPENDS = 5;

const project = loadCatalog().projects.get('handbook')!;
/** One run of the handbook's pages at `at`: TTFB, FCP and TTI that wander a little, and a miss now and then. */
function run(at: number): HistoryEntry {
  const wave = (offset: number) => Math.round(100 + 40 * Math.sin(at / (7 * HOUR) + offset));
  return {
    generatedAt: new Date(at).toISOString(),
    profile: 'mobile',
    pages: project.pages.map((page, index) => {
      const ttfb = wave(index);
      const miss = at % (997 * HOUR) === 0;
      return {
        name: page.name,
        url: `http://127.0.0.1:4321${page.path ?? '/'}`,
        status: miss ? 'fail' : 'pass',
        metrics: {
          ttfb: { value: miss ? 260 : ttfb, target: 200, status: miss ? 'fail' : 'pass' },
          fcp: { value: 600 + ttfb, target: 1000, status: 'pass' },
          tti: { value: 900 + 2 * ttfb, target: 3000, status: 'pass' },
        },
      };
    }),
    // Its API too: four percentiles and the error rate of each endpoint, every run (P99.9 stays out, as on 300 requests).
    endpoints: project.endpoints.map((endpoint, index) => {
      const p50 = wave(index + 3) / 20;
      return {
        name: endpoint.name,
        url: `http://127.0.0.1:4321${endpoint.path ?? '/'}`,
        status: 'pass',
        metrics: {
          'api-p50': { value: p50, target: 100, status: 'pass' },
          'api-p95': { value: 2 * p50, target: 200, status: 'pass' },
          'api-p99': { value: 3 * p50, target: 500, status: 'pass' },
          'api-error-rate': { value: 0, target: 1, status: 'pass' },
        },
      };
    }),
  };
}

/** A content copy whose handbook history holds `hours` hourly runs ending at NOW, rolled up as an append would leave it; returns the root and the rollup's time. */
function contentWith(hours: number): { root: string; rollupMs: number } {
  const root = mkdtempSync(join(tmpdir(), `bench-history-${hours}-`));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  const results = contentPaths(root).results;
  mkdirSync(results, { recursive: true });
  const end = Date.parse(NOW);
  const lines = Array.from({ length: hours }, (_, index) => JSON.stringify(run(end - (hours - 1 - index) * HOUR)));
  const path = contentPaths(root).history('handbook');
  writeFileSync(path, `${lines.join('\n')}\n`);
  const started = performance.now();
  rewriteHistory(path, new Date(NOW));
  return { root, rollupMs: performance.now() - started };
}

/** A history line's metrics as a result judges them. */
const judged = (metrics: HistoryEntry['pages'][number]['metrics']) => Object.fromEntries(Object.entries(metrics).map(([id, m]) => [id, { ...m, comparison: 'lt' as const, overridden: false }]));

/** A result document of one more run of the handbook, an hour after NOW. */
function nextRun(offsetHours: number): ResultDocument {
  const entry = run(Date.parse(NOW) + offsetHours * HOUR);
  return {
    schemaVersion: 2,
    generatedAt: entry.generatedAt,
    tools: { lighthouse: '13.5.0', chrome: '156.0.8078.73', node: process.version },
    profile: 'mobile',
    runs: 1,
    ttfbSamples: 5,
    status: 'pass',
    projects: [
      {
        id: 'handbook',
        status: 'pass',
        profile: 'mobile',
        pages: entry.pages.map((page) => ({ ...page, metrics: judged(page.metrics), runs: 1, ttfbSamples: 5 })),
        endpoints: (entry.endpoints ?? []).map((endpoint) => ({
          ...endpoint,
          method: 'GET',
          metrics: judged(endpoint.metrics),
          throughput: { planned: 10, sent: 10, achieved: 10 },
          planned: 300,
          sent: 300,
          completed: 300,
          errors: {},
          lateSends: 0,
          probeBehind: false,
          warmup: { sent: 20, errors: 0 },
        })),
      },
    ],
  };
}

/** Builds the site from a content copy `BUILDS` times, cold; returns the median time and the project page's HTML size. */
async function buildCase(root: string): Promise<{ buildMs: number; pageBytes: number }> {
  const outDir = join(root, 'dist');
  const times: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    cleanBuild(process.cwd(), outDir);
    times.push(await buildAstro(process.cwd(), { outDir, env: { PERF_HANDBOOK_ROOT: root, PERF_HANDBOOK_NOW: NOW } }));
  }
  return { buildMs: median(times), pageBytes: statSync(join(outDir, 'en/projects/handbook/index.html')).size };
}

const small = contentWith(30);
const year = contentWith(365 * 24);
try {
  const smallBuild = await buildCase(small.root);
  const yearBuild = await buildCase(year.root);
  const historyBytes = statSync(contentPaths(year.root).history('handbook')).size;
  const historyLines = readFileSync(contentPaths(year.root).history('handbook'), 'utf8').trim().split('\n').length;
  const appends: number[] = [];
  for (let i = 1; i <= APPENDS; i++) {
    const started = performance.now();
    await writeProjectResults(nextRun(i), year.root);
    appends.push(performance.now() - started);
  }
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    textTable(
      ['figure', '30 runs', 'a year of hourly runs', 'ratio', 'goal'],
      [
        ['project page HTML (en)', kb(smallBuild.pageBytes), kb(yearBuild.pageBytes), ratio(yearBuild.pageBytes, smallBuild.pageBytes), '≤ 1.25x'],
        [`build, median of ${BUILDS}`, `${(smallBuild.buildMs / 1000).toFixed(1)} s`, `${(yearBuild.buildMs / 1000).toFixed(1)} s`, ratio(yearBuild.buildMs, smallBuild.buildMs), '≤ 1.2x'],
        ['history file after rollup', '', `${(historyBytes / 1024 / 1024).toFixed(2)} MB, ${historyLines} lines (from 8,760)`, '', '≤ 2 MB'],
        ['rollup of the raw year', '', `${year.rollupMs.toFixed(0)} ms`, '', ''],
        [`one run's append, median of ${APPENDS}`, '', `${median(appends).toFixed(1)} ms`, '', '< 100 ms'],
      ],
    ),
  );
} finally {
  rmSync(small.root, { recursive: true, force: true });
  rmSync(year.root, { recursive: true, force: true });
}
