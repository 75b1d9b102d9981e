import { describe, expect, test } from 'vitest';
import { MAX_HISTORY_LINE_LENGTH, MAX_HISTORY_LINES } from '../../src/lib/content-limits.ts';
import { historyLines } from '../../src/lib/history-lines.ts';
import { historyLineTime } from '../../src/lib/schema/result.ts';

const FILE = 'src/content/results/shop.history.jsonl';
/** A history line as our writer makes it: one page, one TTFB figure. */
const line = (at: string, value = 120, target = 200) =>
  JSON.stringify({ generatedAt: at, profile: 'mobile', pages: [{ name: 'Home', url: 'https://shop.example/', status: 'pass', metrics: { ttfb: { value, target, status: value < target ? 'pass' : 'fail' } } }] });
const GOOD_1 = line('2026-11-01T10:00:00.000Z');
const GOOD_2 = line('2026-11-02T10:00:00.000Z');

describe('historyLines: a bad line is skipped with a warning naming the file and the line, the others still read', () => {
  test.each<[string, string, RegExp]>([
    // what broke the build with a RangeError from Intl.DateTimeFormat
    ['a date that is not a date', line('not-a-date'), /^src\/content\/results\/shop\.history\.jsonl: line 2 skipped: field `generatedAt` is "not-a-date": expected an ISO 8601 date-time with its zone/],
    ['a date of a day that does not exist', line('2026-02-30T10:00:00Z'), /line 2 skipped: field `generatedAt` is "2026-02-30T10:00:00Z"/],
    ['a date without its zone', line('2026-11-01T10:00:00'), /line 2 skipped: field `generatedAt`/],
    // what broke the build with "niceStep needs a positive maximum"
    ['a target of zero', line('2026-11-01T11:00:00Z', 0, 0), /line 2 skipped: field `pages\[0\]\.metrics\.ttfb\.target` is 0: expected a positive target/],
    ['a negative value', line('2026-11-01T11:00:00Z', -5), /line 2 skipped: field `pages\[0\]\.metrics\.ttfb\.value` is -5: expected a value of 0 or more/],
    // JSON has no Infinity, but 1e999 parses to it
    ['a value too large to be finite', line('2026-11-01T11:00:00Z').replace('"value":120', '"value":1e999'), /line 2 skipped: field `pages\[0\]\.metrics\.ttfb\.value`/],
    ['a torn line', '{"generatedAt":"2026-11-2', /line 2 skipped: is not valid JSON/],
    ['a line of another shape', '[1, 2, 3]', /line 2 skipped: field `\(top level\)` is \[1,2,3\]: expected object/],
    ['a line longer than a run can be', `${GOOD_1.slice(0, -1)}, "pad": "${'x'.repeat(MAX_HISTORY_LINE_LENGTH)}"}`, /line 2 skipped: is 1,048,\d+ characters long, over the 1,048,576 a run can take \(MAX_HISTORY_LINE_LENGTH\)/],
  ])('%s', (_, bad, warning) => {
    const { entries, warnings } = historyLines(`${GOOD_1}\n${bad}\n${GOOD_2}\n`, { file: FILE });
    expect(entries.map(historyLineTime)).toEqual(['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
    expect(warnings[0]).toMatch(/The other runs still show; fix or delete that line\.$/);
  });
});

describe('historyLines: what is read', () => {
  test('orders the runs by time, and a blank line or a missing last newline is no problem', () => {
    const { entries, warnings } = historyLines(`${GOOD_2}\n\n${GOOD_1}`, { file: FILE });
    expect(entries.map(historyLineTime)).toEqual(['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z']);
    expect(warnings).toEqual([]);
  });

  test('numbers lines from where the text starts in the file', () => {
    const { warnings } = historyLines(`${GOOD_1}\nnot json\n`, { file: FILE, firstLine: 5001 });
    expect(warnings).toEqual([expect.stringMatching(/: line 5002 skipped: is not valid JSON/)]);
  });

  test(`reads only the last ${MAX_HISTORY_LINES} lines, and says which were left out`, () => {
    const text = Array.from({ length: MAX_HISTORY_LINES + 5 }, (_, i) => line(new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString())).join('\n');
    const { entries, warnings } = historyLines(text, { file: FILE });
    expect(entries).toHaveLength(MAX_HISTORY_LINES);
    expect(historyLineTime(entries[0]!)).toBe(new Date(Date.UTC(2026, 0, 1) + 5 * 3_600_000).toISOString());
    expect(warnings).toEqual([expect.stringMatching(/: lines 1–5 skipped: only the last 10,000 runs are read \(MAX_HISTORY_LINES\)/)]);
  });
});
