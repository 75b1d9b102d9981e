import { describe, expect, test } from 'vitest';
import type { ChecklistListing, ListedItem } from '../../src/lib/checklist-listing.ts';
import { renderChecklistTable, targetText } from '../../src/lib/checklist-table.ts';

const progress = { settled: 1, total: 4, attention: 2, worst: 'fail' as const };
const items: ListedItem[] = [
  { id: 'no-n-plus-one', label: { fr: 'N', en: 'N' }, decidedBy: 'person', status: 'done', by: 'Ada', at: '2026-11-20T10:00:00.000Z', note: 'Batched', evidence: 'https://git.example.com/mr/1' },
  { id: 'load-spike', label: { fr: 'S', en: 'S' }, decidedBy: 'person', status: 'waiver-expired', reason: 'No campaign', until: '2026-10-31' },
  { id: 'load-smoke', label: { fr: 'S', en: 'S' }, decidedBy: 'person', status: 'review-due', reviewDays: 30, at: '2026-09-01' },
  {
    id: 'api-latency-p95',
    label: { fr: 'P', en: 'P' },
    decidedBy: 'measurement',
    status: 'stale',
    staleOf: 'fail',
    value: 240,
    source: 'APM',
    target: { id: 'api-p95', value: 300, comparison: 'lt', unit: 'ms', measuredBy: 'record', defaultValue: 200, overrideReason: 'Fans out.' },
  },
  {
    id: 'web-ttfb',
    label: { fr: 'T', en: 'T' },
    decidedBy: 'measurement',
    status: 'error',
    target: { id: 'ttfb', value: 200, comparison: 'lt', unit: 'ms', measuredBy: 'verify-web-vitals', defaultValue: 200 },
    pages: [
      { page: 'Home', url: 'https://shop.example.com/', status: 'pass', value: 120 },
      { page: 'Product', url: 'https://shop.example.com/p', status: 'error', error: 'timeout' },
    ],
  },
];
const LISTING: ChecklistListing = {
  schemaVersion: 1,
  project: { id: 'shop', name: 'Shop', owner: 'Team', freshnessDays: 3 },
  now: '2026-11-23T12:00:00.000Z',
  progress,
  checklists: [
    { id: 'performance', title: { fr: 'Checklist performance', en: 'Performance checklist' }, progress, items: items.slice(0, 3) },
    { id: 'api', title: { fr: 'Cibles', en: 'Targets' }, progress, items: items.slice(3) },
  ],
};
const text = renderChecklistTable(LISTING, 'en');
const lines = text.split('\n');
/** The line that shows an item or a page. */
const lineOf = (word: string) => lines.find((line) => line.includes(word)) ?? '';

describe('renderChecklistTable', () => {
  test('opens with the project, its owner, its freshness window and its progress', () => {
    expect(lines[0]).toBe('Shop (shop) · owner Team · measurements stay fresh 3 days');
    expect(lines[1]).toBe('1/4 settled, 2 need attention · statuses as of 2026-11-23 12:00 UTC');
  });

  test('gives each checklist a heading with its progress and a header row', () => {
    expect(lines).toContain('Performance checklist (performance) · 1/4 settled, 2 need attention');
    expect(lines.filter((line) => line.trim().startsWith('STATUS'))).toHaveLength(2);
  });

  test.each<[string, string, RegExp]>([
    ['a ticked item shows who, the day, the note and the evidence', 'no-n-plus-one', /✓ Done\s+no-n-plus-one\s+Ada\s+2026-11-20\s+Batched · evidence https:\/\/git\.example\.com\/mr\/1$/],
    ['an expired waiver shows its reason and last day', 'load-spike', /○ Waiver expired\s+load-spike\s+No campaign · until 2026-10-31$/],
    ['a review due says how often', 'load-smoke', /↻ Review due\s+load-smoke\s+2026-09-01\s+review every 30 days$/],
    ['a stale figure shows what it said, its value and the override beside the default', 'api-latency-p95', /◷ Stale \(fail\)\s+api-latency-p95\s+240\sms\s+<\s300\sms \(default <\s200\sms\)\s+APM$/],
    ['a measured page shows its figure', 'Home', /^\s+Home\s+✓ 120\sms\s+https:\/\/shop\.example\.com\/$/],
    ['a page that could not be measured shows its error', 'Product', /^\s+Product\s+! error\s+timeout$/],
  ])('%s', (_, word, pattern) => expect(lineOf(word)).toMatch(pattern));

  test('lines up the columns across checklists', () => {
    const column = (word: string) => lineOf(word).indexOf(word);
    expect(column('no-n-plus-one')).toBe(column('api-latency-p95'));
    expect(column('no-n-plus-one')).toBe(column('web-ttfb'));
  });

  test('has no colour codes and no trailing spaces without a painter', () => {
    expect(text).not.toMatch(/\u001b/);
    expect(lines.every((line) => line === line.trimEnd())).toBe(true);
  });

  test('paints statuses by what they call for', () => {
    const painted = renderChecklistTable(LISTING, 'en', (t, style) => (style ? `[${style}:${t.trim()}]` : t));
    expect(painted).toContain('[good:✓ Done]');
    expect(painted).toContain('[warn:○ Waiver expired]');
    expect(painted).toContain('[bad:! Error]');
  });

  test('speaks French when asked', () => {
    const french = renderChecklistTable(LISTING, 'fr');
    expect(french).toContain('Checklist performance (performance) · 1/4 réglés, 2 à examiner');
    expect(french).toMatch(/✓ Fait\s+no-n-plus-one/);
    expect(french).toContain("jusqu'au 2026-10-31");
  });
});

describe('targetText', () => {
  test.each<[string, ListedItem['target'], string]>([
    ['the default alone', { id: 'x', value: 200, comparison: 'lt', unit: 'ms', measuredBy: 'record', defaultValue: 200 }, '< 200 ms'],
    ['an override with the default beside it', { id: 'x', value: 5000, comparison: 'lt', unit: 'ms', measuredBy: 'record', defaultValue: 2000, overrideReason: 'r' }, '< 5 s (default < 2 s)'],
  ])('%s', (_, target, expected) => expect(targetText(target!, 'en').replace(/\u00a0/g, ' ')).toBe(expected));
});
