import { describe, expect, test } from 'vitest';
import { formatMilliseconds, outcomeCounts, summaryTable } from '../../src/lib/summary-table.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

describe('summaryTable', () => {
  test('renders the sample run (regenerate with vitest -u)', async () => {
    await expect(`${summaryTable(sampleDocument()).join('\n')}\n`).toMatchFileSnapshot('../fixtures/reports/summary-table.txt');
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
