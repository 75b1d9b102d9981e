import { describe, expect, test } from 'vitest';
import { markdownCell, markdownSummary } from '../../src/lib/markdown-summary.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

describe('markdownSummary', () => {
  test('renders the sample run (regenerate with vitest -u)', async () => {
    await expect(markdownSummary(sampleDocument(), ['ttfb', 'fcp', 'tti'])).toMatchFileSnapshot('../fixtures/reports/step-summary.md');
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
