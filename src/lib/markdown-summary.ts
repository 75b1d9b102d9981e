import { COMPARISON_SIGN } from './schema/comparison.ts';
import { isJudged, type EndpointMetric, type ResultDocument } from './schema/result.ts';
import { STATUS_LABELS } from './status-labels.ts';
import { metricFigure, outcomeCounts } from './summary-table.ts';
import { isEndpointMetric } from './web-metric-sources.ts';

/** Escapes text for a Markdown table cell: pipes, and anything that would start markup. */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (char) => (char === '<' ? '&lt;' : '&gt;')).replace(/[\r\n]+/g, ' ');
}

/** "350 ms ✗ (target < 200 ms)"; "812 ms ? (300 of 1,000 samples)" for a figure on too few samples. */
function metricText(id: string, metric: EndpointMetric | undefined): string {
  if (metric === undefined) return '–';
  const format = (value: number) => metricFigure(id, value);
  if (!isJudged(metric)) return `${format(metric.value)} ? (${metric.samples.toLocaleString('en-US')} of ${metric.minimumSamples.toLocaleString('en-US')} samples)`;
  const symbol = STATUS_LABELS[metric.status].symbol;
  return metric.status === 'pass' ? `${format(metric.value)} ${symbol}` : `**${format(metric.value)} ${symbol}** (target ${COMPARISON_SIGN[metric.comparison]} ${format(metric.target)})`;
}

/** A link whose URL cannot close the Markdown around it. */
const link = (name: string, url: string) => `[${markdownCell(name)}](${url.replace(/[()\s<>]/g, (char) => encodeURIComponent(char).replace('(', '%28').replace(')', '%29'))})`;

/** A table of pages or endpoints: a row each, a column per metric, then the status. */
function table(heading: string, entries: ReadonlyArray<{ name: string; url: string; status: 'pass' | 'fail' | 'error'; metrics: Record<string, EndpointMetric> }>, ids: readonly string[]): string[] {
  if (entries.length === 0) return [];
  const rows = entries.map((entry) => `| ${link(entry.name, entry.url)} | ${ids.map((id) => metricText(id, entry.metrics[id])).join(' | ')} | ${STATUS_LABELS[entry.status].symbol} ${entry.status} |`);
  return [`| ${heading} | ${ids.map((id) => id.toUpperCase()).join(' | ')} | Status |`, `| --- | ${ids.map(() => '---:').join(' | ')} | --- |`, ...rows, ''];
}

/** The Markdown a run appends to `$GITHUB_STEP_SUMMARY`: a heading with the verdict, a table of pages and one of endpoints per project, the errors, and the tools. */
export function markdownSummary(document: ResultDocument, metricIds: readonly string[]): string {
  const lines = [`## ${STATUS_LABELS[document.status].symbol} Web vitals: ${document.status}`, '', `${outcomeCounts(document)}.`, ''];
  const pageIds = metricIds.filter((id) => !isEndpointMetric(id));
  const endpointIds = metricIds.filter(isEndpointMetric);
  for (const project of document.projects) {
    const endpoints = project.endpoints ?? [];
    lines.push(`### ${markdownCell(project.id)} (${project.profile ?? document.profile})`, '');
    lines.push(...table('Page', project.pages, pageIds), ...table('Endpoint', endpoints, endpointIds));
    const errors = [...project.pages, ...endpoints].filter((entry) => entry.error !== undefined);
    if (errors.length > 0) lines.push(...errors.map((entry) => `- **${markdownCell(entry.name)}**: ${markdownCell(entry.error!)}`), '');
  }
  lines.push(`<sub>${markdownCell(document.generatedAt)} · Lighthouse ${markdownCell(document.tools.lighthouse)} · Chrome ${markdownCell(document.tools.chrome)} · ${document.runs} run(s), ${document.ttfbSamples} TTFB sample(s) per page</sub>`, '');
  return lines.join('\n');
}
