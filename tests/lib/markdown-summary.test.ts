import { describe, expect, test } from 'vitest';
import { markdownCell, markdownSummary } from '../../src/lib/markdown-summary.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

describe('markdownSummary', () => {
  test('renders the sample run (regenerate with vitest -u)', async () => {
    await expect(markdownSummary(sampleDocument(), ['ttfb', 'fcp', 'tti'])).toMatchFileSnapshot('../fixtures/reports/step-summary.md');
  });

  // Written by hand from the sample run (tests/fixtures/sample-result.ts): the verdict, the counts,
  // which page missed which target and by how much, and the error of the page in error.
  test.each<[string, string]>([
    ['the verdict', '## ! Web vitals: error'],
    ['the counts', '3 pages: 1 pass, 1 fail, 1 error.'],
    ['the project and its profile', '### fixtures (desktop)'],
    ['the columns', '| Page | TTFB | FCP | TTI | Status |'],
    ['the page that passes', '| [Home](http://127.0.0.1:8080/fast) | 12 ms ✓ | 182 ms ✓ | 182 ms ✓ | ✓ pass |'],
    ['the page that misses TTFB, with its figure and the target', '| [Slow \\| first byte](http://127.0.0.1:8080/slow) | **352 ms ✗** (target < 200 ms) | 525 ms ✓ | 525 ms ✓ | ✗ fail |'],
    ['the page in error, its name escaped', '| [Broken &lt;page&gt;](http://127.0.0.1:8080/error) | – | – | – | ! error |'],
    ['the error of that page', '- **Broken &lt;page&gt;**: the page answered HTTP 500 Internal Server Error: fix the page, or the URL in the project file'],
    ['the run', '<sub>2026-11-23T10:00:00.000Z · Lighthouse 13.5.0 · Chrome 156.0.8078.79 · 1 run(s), 3 TTFB sample(s) per page</sub>'],
  ])('has %s as a line of its own', (_, line) => {
    expect(markdownSummary(sampleDocument(), ['ttfb', 'fcp', 'tti']).split('\n')).toContain(line);
  });

  test('every row of the table has as many cells as its header, whatever the page names hold', () => {
    const rows = markdownSummary(sampleDocument(), ['ttfb', 'fcp', 'tti']).split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).toBe(7); // 5 cells between 6 unescaped pipes
  });

  test('a page name cannot break the table', () => {
    const text = markdownSummary(sampleDocument(), ['ttfb']);
    expect(text).toContain('[Slow \\| first byte]');
    expect(text).toContain('Broken &lt;page&gt;');
  });
});

describe('markdownCell', () => {
  test.each<[string, string]>([
    ['a | b', 'a \\| b'],
    ['<script>', '&lt;script&gt;'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (text, expected) => {
    expect(markdownCell(text)).toBe(expected);
  });
});
