import { COMPARISON_SIGN } from './schema/comparison.ts';
import type { JudgedMetric, PageResult, ResultDocument } from './schema/result.ts';
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

/** Formats a judged metric's value in its unit: ms for times, bare for CLS. */
function metricValue(id: string, value: number): string {
  return id === 'cls' ? String(Math.round(value * 1000) / 1000) : formatMilliseconds(value);
}

/** "350 ms ✗ (< 200)": the value, its verdict, and the target when it was missed. */
function metricCell(id: string, metric: JudgedMetric | undefined): Cell {
  if (metric === undefined) return { text: '–', style: 'dim' };
  const symbol = STATUS_LABELS[metric.status].symbol;
  const missed = metric.status === 'fail' ? ` (${COMPARISON_SIGN[metric.comparison]} ${id === 'cls' ? metric.target : Math.round(metric.target)})` : '';
  return { text: `${metricValue(id, metric.value)} ${symbol}${missed}`, style: metric.status === 'pass' ? 'good' : 'bad' };
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

/** Counts pages per outcome: "7 pages: 5 pass, 1 fail, 1 error". */
export function outcomeCounts(document: ResultDocument): string {
  const pages = document.projects.flatMap((project) => project.pages);
  const count = (status: string) => pages.filter((page) => page.status === status).length;
  const parts = (['pass', 'fail', 'error'] as const).filter((status) => count(status) > 0).map((status) => `${count(status)} ${status}`);
  return `${pages.length} page${pages.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
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
  const facts = `profile ${document.profile} · ${document.runs} Lighthouse run${document.runs === 1 ? '' : 's'} and ${document.ttfbSamples} TTFB sample${document.ttfbSamples === 1 ? '' : 's'} per page · Lighthouse ${document.tools.lighthouse} · Chrome ${document.tools.chrome}`;
  return [...textTable(rows, paint), ...(errors.length > 0 ? ['', ...errors] : []), '', `${outcomeCounts(document)} · ${facts}`];
}
