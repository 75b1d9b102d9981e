import { describe, expect, test } from 'vitest';
import { formatMilliseconds, outcomeCounts, summaryTable } from '../../src/lib/summary-table.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

describe('summaryTable', () => {
  test('renders the sample run (regenerate with vitest -u)', async () => {
    await expect(`${summaryTable(sampleDocument()).join('\n')}\n`).toMatchFileSnapshot('../fixtures/reports/summary-table.txt');
  });

  // Written by hand from the sample run (tests/fixtures/sample-result.ts), read column by column
  // under the header: each page's figures and verdict, the missed target, and the page in error.
  const COLUMNS = ['PROJECT', 'PAGE', 'TTFB', 'FCP', 'TTI', 'LCP', 'CLS', 'TBT', 'SCORES (P/A/BP/SEO)', 'STATUS'];
  test.each<[string, string[]]>([
    ['the page that passes', ['fixtures', 'Home', '12 ms ✓', '182 ms ✓', '182 ms ✓', '182 ms', '0', '0 ms', '100/100/100/100', '✓ pass']],
    ['the page that misses TTFB, with the target', ['fixtures', 'Slow | first byte', '352 ms ✗ (< 200)', '525 ms ✓', '525 ms ✓', '525 ms', '0', '0 ms', '100/100/100/100', '✗ fail']],
    ['the page in error, its name as written', ['fixtures', 'Broken <page>', '–', '–', '–', '–', '–', '–', '–', '! error']],
  ])('%s has a row whose every cell sits under its column', (_, cells) => {
    const [header, ...lines] = summaryTable(sampleDocument());
    const starts = COLUMNS.map((column) => header!.indexOf(column));
    expect(starts.every((at, i) => at >= 0 && (i === 0 || at > starts[i - 1]!)), header).toBe(true);
    const rows = lines.map((line) => starts.map((at, i) => line.slice(at, starts[i + 1]).trim()));
    expect(rows).toContainEqual(cells);
  });

  test.each<[string, string]>([
    ['the error of the page in error, with its URL', '! fixtures · Broken <page> (http://127.0.0.1:8080/error): the page answered HTTP 500 Internal Server Error: fix the page, or the URL in the project file'],
    ['the counts and the run', '3 pages: 1 pass, 1 fail, 1 error · profile desktop · 1 Lighthouse run and 3 TTFB samples per page · Lighthouse 13.5.0 · Chrome 156.0.8078.79'],
  ])('has %s as a line of its own', (_, line) => {
    expect(summaryTable(sampleDocument())).toContain(line);
  });

  test('paints verdicts only through the painter', () => {
    const painted = summaryTable(sampleDocument(), (text, style) => (style ? `<${style}>${text}</${style}>` : text)).join('\n');
    expect(painted).toContain('<bad>352 ms ✗ (< 200)</bad>');
    expect(painted).toMatch(/<good>12 ms ✓ *<\/good>/);
    expect(summaryTable(sampleDocument()).join('\n')).not.toMatch(/\u001b/);
  });

  test('no line ends in spaces', () => {
    for (const line of summaryTable(sampleDocument())) expect(line).toBe(line.trimEnd());
  });
});

describe('formatMilliseconds', () => {
  test.each<[number, string]>([
    [0, '0 ms'],
    [4.44, '4.4 ms'],
    [12.6, '13 ms'],
    [1234.4, '1234 ms'],
  ])('%s → %s', (value, expected) => {
    expect(formatMilliseconds(value)).toBe(expected);
  });
});

test('outcomeCounts leaves out outcomes nobody had', () => {
  expect(outcomeCounts(sampleDocument())).toBe('3 pages: 1 pass, 1 fail, 1 error');
});
