import { isHistoryDay, type HistoryLine } from './schema/result.ts';

/** The columns of the history CSV: one row per line, page (or endpoint: `subject` says which, last so older readers keep their columns) and metric. */
export const HISTORY_CSV_COLUMNS = ['time', 'kind', 'profile', 'page', 'url', 'metric', 'value', 'min', 'max', 'runs', 'misses', 'target', 'status', 'error', 'subject'] as const;

/**
 * Quotes one CSV field (RFC 4180), and defuses a text a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) with a leading apostrophe, as OWASP
 * advises: page names come from files many people write.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A line's pages, then its endpoints, each with the word the `subject` column gives it. */
function subjects<T>(pages: readonly T[], endpoints: readonly T[] | undefined): Array<['page' | 'endpoint', T]> {
  return [...pages.map((page): ['page', T] => ['page', page]), ...(endpoints ?? []).map((endpoint): ['endpoint', T] => ['endpoint', endpoint])];
}

/** The whole history as CSV for spreadsheets: a run's figures as they were, a rolled-up day's median with its range, runs and misses. */
export function historyCsv(lines: readonly HistoryLine[]): string {
  const rows: Array<Array<string | number | undefined>> = [];
  for (const line of lines) {
    if (isHistoryDay(line)) {
      for (const [subject, page] of subjects(line.pages, line.endpoints)) {
        for (const [metric, day] of Object.entries(page.metrics)) {
          rows.push([line.day, 'day', line.profile, page.name, page.url, metric, day.median, day.min, day.max, day.count, day.misses, day.target, day.misses > 0 ? 'fail' : 'pass', page.errors > 0 ? `${page.errors} of ${page.runs} runs in error` : undefined, subject]);
        }
      }
    } else {
      for (const [subject, page] of subjects(line.pages, line.endpoints)) {
        const metrics = Object.entries(page.metrics);
        if (metrics.length === 0) rows.push([line.generatedAt, 'run', line.profile, page.name, page.url, undefined, undefined, undefined, undefined, 1, undefined, undefined, page.status, page.error, subject]);
        for (const [metric, figure] of metrics) {
          rows.push([line.generatedAt, 'run', line.profile, page.name, page.url, metric, figure.value, figure.value, figure.value, 1, figure.status === 'fail' ? 1 : 0, figure.target, figure.status, page.error, subject]);
        }
      }
    }
  }
  return `${[HISTORY_CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
