import { COMPARISON_SIGN } from './schema/comparison.ts';
import { ENDPOINT_METRIC_IDS, API_ERROR_RATE_ID } from './endpoints/endpoint-targets.ts';
import { isJudged, type EndpointMetric, type EndpointResult, type JudgedMetric, type PageResult, type ResultDocument } from './schema/result.ts';
import { STATUS_LABELS } from './status-labels.ts';
import { textTable, type Cell, type Painter } from './text-table.ts';

/** The project column's text for pages given with --url. */
export const AD_HOC_PROJECT = 'ad-hoc';

/** The category scores shown, in Lighthouse's order, with their short names. */
const SCORES: Array<[string, string]> = [
  ['performance', 'P'],
  ['accessibility', 'A'],
  ['best-practices', 'BP'],
  ['seo', 'SEO'],
];

/** Formats a time: tenths below 10 ms, whole milliseconds above. */
export function formatMilliseconds(value: number): string {
  return `${value < 10 && !Number.isInteger(value) ? value.toFixed(1) : Math.round(value)} ms`;
}

/** Formats a metric's value in its unit: bare for CLS, percent for the API error rate, ms for every time. */
export function metricFigure(id: string, value: number): string {
  if (id === 'cls') return String(Math.round(value * 1000) / 1000);
  if (id === API_ERROR_RATE_ID) return `${Math.round(value * 1000) / 1000} %`;
  return formatMilliseconds(value);
}

/** "350 ms ✗ (< 200)": the value, its verdict, and the target when it was missed. */
function metricCell(id: string, metric: JudgedMetric | undefined): Cell {
  if (metric === undefined) return { text: '–', style: 'dim' };
  const symbol = STATUS_LABELS[metric.status].symbol;
  const missed = metric.status === 'fail' ? ` (${COMPARISON_SIGN[metric.comparison]} ${id === 'cls' ? metric.target : Math.round(metric.target)})` : '';
  return { text: `${metricFigure(id, metric.value)} ${symbol}${missed}`, style: metric.status === 'pass' ? 'good' : 'bad' };
}

/** "100/94/100/91": the four category scores of the median run. */
function scoresText(page: PageResult): string {
  const scores = page.lighthouse?.scores;
  if (scores === undefined) return '–';
  return SCORES.map(([id]) => (scores[id] === null || scores[id] === undefined ? '?' : String(scores[id]))).join('/');
}

/** The metric ids present in a document, in the order they first appear. */
function metricIds(document: ResultDocument): string[] {
  const ids = new Set<string>();
  for (const project of document.projects) for (const page of project.pages) for (const id of Object.keys(page.metrics)) ids.add(id);
  return [...ids];
}

/** "7 pages: 5 pass, 1 fail, 1 error", for one kind of thing measured. */
function countsOf(entries: ReadonlyArray<{ status: string }>, noun: string): string {
  const count = (status: string) => entries.filter((entry) => entry.status === status).length;
  const parts = (['pass', 'fail', 'error'] as const).filter((status) => count(status) > 0).map((status) => `${count(status)} ${status}`);
  return `${entries.length} ${noun}${entries.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** Counts pages and endpoints per outcome: "7 pages: 5 pass, 1 fail, 1 error · 2 endpoints: 2 pass"; a kind nobody measured is left out (pages are always named). */
export function outcomeCounts(document: ResultDocument): string {
  const pages = document.projects.flatMap((project) => project.pages);
  const endpoints = document.projects.flatMap((project) => project.endpoints ?? []);
  if (endpoints.length === 0) return countsOf(pages, 'page');
  if (pages.length === 0) return countsOf(endpoints, 'endpoint');
  return `${countsOf(pages, 'page')} · ${countsOf(endpoints, 'endpoint')}`;
}

/** "812 ms ?" for a figure on too few samples, "45 ms ✓", "240 ms ✗ (< 200)". */
function endpointMetricCell(id: string, metric: EndpointMetric | undefined): Cell {
  if (metric === undefined) return { text: '–', style: 'dim' };
  if (isJudged(metric)) return metricCell(id, metric);
  return { text: `${metricFigure(id, metric.value)} ? (n ${metric.samples.toLocaleString('en-US')} < ${metric.minimumSamples.toLocaleString('en-US')})`, style: 'dim' };
}

/** "2 timeout, 1 status", or "0". */
function errorKinds(endpoint: EndpointResult): string {
  const parts = Object.entries(endpoint.errors).filter(([, count]) => (count ?? 0) > 0).map(([kind, count]) => `${count} ${kind}`);
  return parts.length > 0 ? parts.join(', ') : '0';
}

/** The endpoints' table: a row per endpoint with its latency percentiles, error rate, errors by kind and the rate it reached against the plan. */
function endpointRows(document: ResultDocument, paint: Painter, errors: string[]): string[] {
  const endpoints = document.projects.flatMap((project) => (project.endpoints ?? []).map((endpoint) => ({ project: project.id, endpoint })));
  if (endpoints.length === 0) return [];
  const header: Cell[] = ['PROJECT', 'ENDPOINT', ...ENDPOINT_METRIC_IDS.map((id) => id.toUpperCase()), 'ERRORS', 'REQ/S', 'QUEUE P99', 'STATUS'].map((text) => ({ text, style: 'bold' }));
  const rows: Array<Array<Cell | string>> = [header];
  for (const { project, endpoint } of endpoints) {
    const label = STATUS_LABELS[endpoint.status];
    // The gap between the latency from the due time and the service time from the send: the queue a slow server built.
    const queue = endpoint.latency && endpoint.serviceTime ? formatMilliseconds(Math.max(0, Math.round((endpoint.latency.p99 - endpoint.serviceTime.p99) * 10) / 10)) : '–';
    rows.push([
      project,
      `${endpoint.method} ${endpoint.name}`,
      ...ENDPOINT_METRIC_IDS.map((id) => endpointMetricCell(id, endpoint.metrics[id])),
      errorKinds(endpoint),
      `${endpoint.throughput.achieved.toFixed(1)} of ${endpoint.throughput.planned}`,
      queue,
      { text: `${label.symbol} ${endpoint.status}`, style: endpoint.status === 'pass' ? 'good' : 'bad' },
    ]);
    if (endpoint.error !== undefined) errors.push(`${paint(label.symbol, 'bad')} ${project} · ${endpoint.name} (${endpoint.url}): ${endpoint.error}`);
  }
  return ['', ...textTable(rows, paint)];
}

/** The table printed at the end of a run: a row per page with each judged metric, LCP, CLS, TBT and scores, then the errors and a summary line. */
export function summaryTable(document: ResultDocument, paint: Painter = (text) => text): string[] {
  const ids = metricIds(document);
  const header: Cell[] = ['PROJECT', 'PAGE', ...ids.map((id) => id.toUpperCase()), 'LCP', 'CLS', 'TBT', `SCORES (${SCORES.map(([, short]) => short).join('/')})`, 'STATUS'].map((text) => ({ text, style: 'bold' }));
  const rows: Array<Array<Cell | string>> = [header];
  const errors: string[] = [];
  for (const project of document.projects) {
    for (const page of project.pages) {
      const label = STATUS_LABELS[page.status];
      const lighthouse = page.lighthouse;
      rows.push([
        project.id,
        page.name,
        ...ids.map((id) => metricCell(id, page.metrics[id])),
        lighthouse?.lcp != null ? formatMilliseconds(lighthouse.lcp) : '–',
        lighthouse?.cls != null ? String(Math.round(lighthouse.cls * 1000) / 1000) : '–',
        lighthouse?.tbt != null ? formatMilliseconds(lighthouse.tbt) : '–',
        scoresText(page),
        { text: `${label.symbol} ${page.status}`, style: page.status === 'pass' ? 'good' : 'bad' },
      ]);
      if (page.error !== undefined) errors.push(`${paint(label.symbol, 'bad')} ${project.id} · ${page.name} (${page.url}): ${page.error}`);
    }
  }
  const endpointTable = endpointRows(document, paint, errors);
  const measuredPages = rows.length > 1;
  const facts = measuredPages
    ? `profile ${document.profile} · ${document.runs} Lighthouse run${document.runs === 1 ? '' : 's'} and ${document.ttfbSamples} TTFB sample${document.ttfbSamples === 1 ? '' : 's'} per page · Lighthouse ${document.tools.lighthouse} · Chrome ${document.tools.chrome}`
    : `open-model probe · Node ${document.tools.node}`;
  const pageTable = measuredPages ? textTable(rows, paint) : [];
  const tables = pageTable.length > 0 ? [...pageTable, ...endpointTable] : endpointTable.slice(1);
  return [...tables, ...(errors.length > 0 ? ['', ...errors] : []), '', `${outcomeCounts(document)} · ${facts}`];
}
