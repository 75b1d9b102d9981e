import { describe, expect, test } from 'vitest';
import { junitReport } from '../../src/lib/junit-report.ts';
import { markdownSummary } from '../../src/lib/markdown-summary.ts';
import type { EndpointMetric, EndpointResult, ResultDocument } from '../../src/lib/schema/result.ts';
import { outcomeCounts, summaryTable } from '../../src/lib/summary-table.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

// The reports of a run that measured API endpoints: the terminal table, the step summary and the
// JUnit report. Every expected line is written by hand from the endpoints below.

const ENDPOINT_IDS = ['api-p50', 'api-p95', 'api-p99', 'api-p999', 'api-error-rate'];
const PAGE_IDS = ['ttfb', 'fcp', 'tti'];

/** A judged metric; `comparison` lte for the error rate. */
const judged = (value: number, target: number, comparison: 'lt' | 'lte' = 'lt'): EndpointMetric => ({ value, target, comparison, status: (comparison === 'lt' ? value < target : value <= target) ? 'pass' : 'fail', overridden: false });

/** What every endpoint below shares: 300 measured requests at 10 req/s. */
const BASE = { method: 'GET', planned: 300, sent: 300, completed: 300, lateSends: 0, probeBehind: false, warmup: { sent: 50, errors: 0 } } as const;

/** Passes every judged target; P99.9 rests on 300 answers of the 1,000 it needs. */
const SEARCH: EndpointResult = {
  ...BASE,
  name: 'Search',
  url: 'https://api.example.com/search',
  status: 'pass',
  metrics: {
    'api-p50': judged(42, 100),
    'api-p95': judged(120, 200),
    'api-p99': judged(300, 500),
    'api-p999': { value: 480, target: 1000, comparison: 'lt', overridden: false, insufficient: true, samples: 300, minimumSamples: 1000 },
    // 2 errors of 300 sent
    'api-error-rate': judged(0.667, 1, 'lte'),
  },
  latency: { p50: 42, p95: 120, p99: 300, p999: 480, max: 500 },
  // 50 ms of P99 were spent queued
  serviceTime: { p50: 40, p95: 110, p99: 250, p999: 470, max: 490 },
  throughput: { planned: 10, sent: 10, achieved: 9.94 },
  errors: { status: 1, timeout: 1 },
};
/** Misses P95 (260 ms against 200) and the error rate (2.5 % against 1 %). */
const CART: EndpointResult = {
  ...BASE,
  name: 'Cart',
  url: 'https://api.example.com/cart',
  method: 'POST',
  status: 'fail',
  metrics: { 'api-p95': judged(260, 200), 'api-error-rate': judged(2.5, 1, 'lte') },
  latency: { p50: 90, p95: 260, p99: 400, p999: 450, max: 460 },
  serviceTime: { p50: 90, p95: 260, p99: 400, p999: 450, max: 460 },
  throughput: { planned: 10, sent: 10, achieved: 10 },
  errors: { status: 8 },
};
const DOWN_ERROR = 'no request completed: 300 sent, errors: connection 300; check that the endpoint answers from this machine';
/** Could not be measured at all. */
const DOWN: EndpointResult = {
  ...BASE,
  name: 'Down',
  url: 'https://api.example.com/down',
  status: 'error',
  error: DOWN_ERROR,
  metrics: {},
  completed: 0,
  throughput: { planned: 10, sent: 10, achieved: 0 },
  errors: { connection: 300 },
};

/** The sample run (three pages) with the three endpoints added to its project. */
function mixedDocument(): ResultDocument {
  const base = sampleDocument();
  return { ...base, projects: [{ ...base.projects[0]!, endpoints: [SEARCH, CART, DOWN] }] };
}
/** A run of endpoints only: `--only endpoints`. */
function endpointDocument(endpoints: EndpointResult[] = [SEARCH, CART, DOWN]): ResultDocument {
  const base = sampleDocument();
  return { ...base, status: 'error', projects: [{ id: 'api', status: 'error', profile: 'desktop', pages: [], endpoints }] };
}

const ENDPOINT_COLUMNS = ['PROJECT', 'ENDPOINT', 'API-P50', 'API-P95', 'API-P99', 'API-P999', 'API-ERROR-RATE', 'ERRORS', 'REQ/S', 'QUEUE P99', 'STATUS'];

/** The rows of the endpoints' table, each cut into cells at its header's column starts. */
function endpointTableRows(lines: string[]): string[][] {
  const at = lines.findIndex((line) => line.startsWith('PROJECT') && line.includes('ENDPOINT'));
  expect(at, 'the endpoints’ header').toBeGreaterThanOrEqual(0);
  const header = lines[at]!;
  const starts = ENDPOINT_COLUMNS.map((column) => header.indexOf(column));
  expect(starts.every((start, i) => start >= 0 && (i === 0 || start > starts[i - 1]!)), header).toBe(true);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 1)) {
    if (line === '') break;
    rows.push(starts.map((start, i) => line.slice(start, starts[i + 1]).trim()));
  }
  return rows;
}

describe('summaryTable with endpoints', () => {
  test.each<[string, string[]]>([
    ['the endpoint that passes, its P99.9 on too few samples shown with n', ['fixtures', 'GET Search', '42 ms ✓', '120 ms ✓', '300 ms ✓', '480 ms ? (n 300 < 1,000)', '0.667 % ✓', '1 status, 1 timeout', '9.9 of 10', '50 ms', '✓ pass']],
    ['the endpoint that misses, with its targets; a metric it has not is a dash', ['fixtures', 'POST Cart', '–', '260 ms ✗ (< 200)', '–', '–', '2.5 % ✗ (≤ 1)', '8 status', '10.0 of 10', '0 ms', '✗ fail']],
    ['the endpoint in error', ['fixtures', 'GET Down', '–', '–', '–', '–', '–', '300 connection', '0.0 of 10', '–', '! error']],
  ])('%s has a row whose every cell sits under its column', (_, cells) => {
    expect(endpointTableRows(summaryTable(mixedDocument()))).toContainEqual(cells);
  });

  test('an endpoint with no error at all shows 0 errors', () => {
    const rows = endpointTableRows(summaryTable(endpointDocument([{ ...SEARCH, errors: {} }])));
    expect(rows[0]![7]).toBe('0');
  });

  test('the pages’ table comes first, then the endpoints’ table', () => {
    const lines = summaryTable(mixedDocument());
    const pages = lines.findIndex((line) => line.startsWith('PROJECT') && line.includes('PAGE'));
    const endpoints = lines.findIndex((line) => line.startsWith('PROJECT') && line.includes('ENDPOINT'));
    expect(pages).toBe(0);
    expect(endpoints).toBeGreaterThan(pages + 3);
    expect(lines[endpoints - 1]).toBe('');
  });

  test('lists the error of the endpoint in error, with its project and URL, after the page’s', () => {
    const lines = summaryTable(mixedDocument());
    const endpointError = lines.indexOf(`! fixtures · Down (https://api.example.com/down): ${DOWN_ERROR}`);
    const pageError = lines.findIndex((line) => line.startsWith('! fixtures · Broken <page>'));
    expect(endpointError).toBeGreaterThan(pageError);
    expect(pageError).toBeGreaterThan(0);
  });

  test('the last line counts pages and endpoints apart', () => {
    expect(summaryTable(mixedDocument()).at(-1)).toMatch(/^3 pages: 1 pass, 1 fail, 1 error · 3 endpoints: 1 pass, 1 fail, 1 error · profile desktop · /);
  });

  test('an endpoint-only document has no page table and names the probe, not Lighthouse', () => {
    const lines = summaryTable(endpointDocument());
    expect(lines[0]).toMatch(/^PROJECT +ENDPOINT +API-P50/);
    expect(lines.some((line) => line.includes('PAGE'))).toBe(false);
    expect(lines.some((line) => line.includes('SCORES'))).toBe(false);
    expect(lines.at(-1)).toBe('3 endpoints: 1 pass, 1 fail, 1 error · open-model probe · Node v24.21.0');
    expect(lines.join('\n')).not.toContain('Lighthouse');
    expect(endpointTableRows(lines)).toHaveLength(3);
  });

  test('paints an insufficient figure dim, a miss bad', () => {
    const painted = summaryTable(endpointDocument(), (text, style) => (style ? `<${style}>${text}</${style}>` : text)).join('\n');
    expect(painted).toMatch(/<dim>480 ms \? \(n 300 < 1,000\) *<\/dim>/);
    expect(painted).toMatch(/<bad>260 ms ✗ \(< 200\) *<\/bad>/);
  });

  test('no line ends in spaces', () => {
    for (const line of summaryTable(mixedDocument())) expect(line).toBe(line.trimEnd());
  });
});

describe('outcomeCounts with endpoints', () => {
  test.each<[string, () => ResultDocument, string]>([
    ['pages and endpoints', mixedDocument, '3 pages: 1 pass, 1 fail, 1 error · 3 endpoints: 1 pass, 1 fail, 1 error'],
    ['endpoints only, pages left out', () => endpointDocument(), '3 endpoints: 1 pass, 1 fail, 1 error'],
    // one endpoint: singular, and outcomes nobody had are left out
    ['one endpoint', () => endpointDocument([SEARCH]), '1 endpoint: 1 pass'],
    ['pages only, endpoints left out', sampleDocument, '3 pages: 1 pass, 1 fail, 1 error'],
  ])('%s', (_, document, text) => expect(outcomeCounts(document())).toBe(text));
});

describe('markdownSummary with endpoints', () => {
  const lines = markdownSummary(mixedDocument(), [...PAGE_IDS, ...ENDPOINT_IDS]).split('\n');

  test.each<[string, string]>([
    ['the counts', '3 pages: 1 pass, 1 fail, 1 error · 3 endpoints: 1 pass, 1 fail, 1 error.'],
    ['the page columns, without the API ones', '| Page | TTFB | FCP | TTI | Status |'],
    ['the endpoint columns', '| Endpoint | API-P50 | API-P95 | API-P99 | API-P999 | API-ERROR-RATE | Status |'],
    ['the endpoint that passes, its P99.9 on too few samples', '| [Search](https://api.example.com/search) | 42 ms ✓ | 120 ms ✓ | 300 ms ✓ | 480 ms ? (300 of 1,000 samples) | 0.667 % ✓ | ✓ pass |'],
    ['the endpoint that misses, with the targets in their units', '| [Cart](https://api.example.com/cart) | – | **260 ms ✗** (target < 200 ms) | – | – | **2.5 % ✗** (target ≤ 1 %) | ✗ fail |'],
    ['the endpoint in error', '| [Down](https://api.example.com/down) | – | – | – | – | – | ! error |'],
    ['the error of that endpoint', `- **Down**: ${DOWN_ERROR}`],
  ])('has %s as a line of its own', (_, line) => expect(lines).toContain(line));

  test('every row of the endpoints’ table has as many cells as its header', () => {
    const rows = lines.filter((line) => line.startsWith('| [') && line.includes('api.example.com'));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).toBe(9); // 7 cells between 8 unescaped pipes
  });

  test('an endpoint-only project has no page table', () => {
    const text = markdownSummary(endpointDocument(), [...PAGE_IDS, ...ENDPOINT_IDS]);
    expect(text).not.toContain('| Page |');
    expect(text).toContain('| Endpoint |');
    expect(text).toContain('3 endpoints: 1 pass, 1 fail, 1 error.');
  });
});

describe('junitReport with endpoints', () => {
  const xml = junitReport(endpointDocument(), ENDPOINT_IDS);
  /** The body of the test case named `name`. */
  const body = (name: string) => new RegExp(`<testcase classname="verify-web-vitals\\.api" name="${name}" time="0">\\n\\s*(.*)\\n\\s*</testcase>`).exec(xml)?.[1];

  test('a figure on too few samples is a skipped case that says why', () => {
    expect(body('Search · api-p999')).toBe('<skipped message="api-p999 480 ms on 300 samples, fewer than the 1000 it needs to be judged"/>');
  });

  test.each<[string, string]>([
    ['Search · api-p95', '<system-out>api-p95 120 ms, target &lt; 200 ms</system-out>'],
    // the error rate reads in percent, not milliseconds
    ['Search · api-error-rate', '<system-out>api-error-rate 0.667 %, target ≤ 1 %</system-out>'],
    ['Cart · api-p95', '<failure message="api-p95 260 ms, target &lt; 200 ms" type="target-missed">https://api.example.com/cart: api-p95 260 ms, target &lt; 200 ms</failure>'],
    ['Cart · api-error-rate', '<failure message="api-error-rate 2.5 %, target ≤ 1 %" type="target-missed">https://api.example.com/cart: api-error-rate 2.5 %, target ≤ 1 %</failure>'],
    ['Down · api-p50', `<error message="${DOWN_ERROR}" type="not-measured">https://api.example.com/down: ${DOWN_ERROR}</error>`],
  ])('the case %s holds its verdict and figure', (name, expected) => expect(body(name)).toBe(expected));

  test('counts: a case per judged or shown metric, and a case per target for the endpoint in error', () => {
    // Search 5 cases (one skipped), Cart 2 (two failures), Down 5 (errors, one per endpoint target).
    expect(xml).toContain('<testsuites name="verify-web-vitals" tests="12" failures="2" errors="5" skipped="1">');
    expect(xml).toContain('<testsuite name="api" tests="12" failures="2" errors="5" skipped="1" timestamp="2026-11-23T10:00:00.000Z">');
  });

  test('pages are judged on page targets and endpoints on API targets in one suite', () => {
    const mixed = junitReport(mixedDocument(), [...PAGE_IDS, ...ENDPOINT_IDS]);
    // 9 page cases (3 errors, 1 failure) + 12 endpoint cases (5 errors, 2 failures, 1 skipped).
    expect(mixed).toContain('<testsuite name="fixtures" tests="21" failures="3" errors="8" skipped="1"');
    expect(mixed).not.toContain('name="Broken &lt;page&gt; · api-p50"');
    expect(mixed).not.toContain('name="Down · ttfb"');
  });
});
