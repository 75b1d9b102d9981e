import { COMPARISON_SIGN } from './schema/comparison.ts';
import type { JudgedMetric, ResultDocument } from './schema/result.ts';
import { STATUS_LABELS } from './status-labels.ts';
import { formatMilliseconds, outcomeCounts } from './summary-table.ts';

/** Escapes text for a Markdown table cell: pipes, and anything that would start markup. */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (char) => (char === '<' ? '&lt;' : '&gt;')).replace(/[\r\n]+/g, ' ');
}

/** "350 ms ✗ (target < 200 ms)". */
function metricText(id: string, metric: JudgedMetric | undefined): string {
  if (metric === undefined) return '–';
  const format = (value: number) => (id === 'cls' ? String(value) : formatMilliseconds(value));
  const symbol = STATUS_LABELS[metric.status].symbol;
  return metric.status === 'pass' ? `${format(metric.value)} ${symbol}` : `**${format(metric.value)} ${symbol}** (target ${COMPARISON_SIGN[metric.comparison]} ${format(metric.target)})`;
}

/** The Markdown a run appends to `$GITHUB_STEP_SUMMARY`: a heading with the verdict, a table per project, the errors, and the tools. */
export function markdownSummary(document: ResultDocument, metricIds: readonly string[]): string {
  const lines = [`## ${STATUS_LABELS[document.status].symbol} Web vitals: ${document.status}`, '', `${outcomeCounts(document)}.`, ''];
  for (const project of document.projects) {
    lines.push(`### ${markdownCell(project.id)} (${project.profile ?? document.profile})`, '');
    lines.push(`| Page | ${metricIds.map((id) => id.toUpperCase()).join(' | ')} | Status |`, `| --- | ${metricIds.map(() => '---:').join(' | ')} | --- |`);
    for (const page of project.pages) {
      const cells = metricIds.map((id) => metricText(id, page.metrics[id]));
      lines.push(`| [${markdownCell(page.name)}](${page.url.replace(/[()\s<>]/g, (char) => encodeURIComponent(char).replace('(', '%28').replace(')', '%29'))}) | ${cells.join(' | ')} | ${STATUS_LABELS[page.status].symbol} ${page.status} |`);
    }
    const errors = project.pages.filter((page) => page.error !== undefined);
    if (errors.length > 0) lines.push('', ...errors.map((page) => `- **${markdownCell(page.name)}**: ${markdownCell(page.error!)}`));
    lines.push('');
  }
  lines.push(`<sub>${markdownCell(document.generatedAt)} · Lighthouse ${markdownCell(document.tools.lighthouse)} · Chrome ${markdownCell(document.tools.chrome)} · ${document.runs} run(s), ${document.ttfbSamples} TTFB sample(s) per page</sub>`, '');
  return lines.join('\n');
}
