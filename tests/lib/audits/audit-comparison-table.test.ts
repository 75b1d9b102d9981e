import { describe, expect, test } from 'vitest';
import { auditComparisonTable, baselineComparison } from '../../../src/lib/tables/audit-comparison-table.ts';
import { tableText } from '../tables/table-text.ts';
import { audit, TARGETS } from './report-fixture.ts';

const baseline = (rows: unknown[]) => audit((input) => ({ ...input, baseline: { status: 'draft', rows: rows as never } }));
const row = (metric: string, current: number | string, extra: Record<string, unknown> = {}) => ({ metric, current, source: 'APM', target: metric === 'throughput' ? 250 : 200, ...extra });

const previous = baseline([row('api-p95', 300, { subject: 'Search' }), row('throughput', 180, { unit: 'req/s' }), row('api-p50', 90), row('ttfb', 0), row('cpu', 50, { unit: 'percent' })]);
const current = baseline([row('api-p95', 240, { subject: 'Search' }), row('throughput', 150, { unit: 'req/s' }), row('api-p95', 250, { subject: 'Basket' }), row('ttfb', 120), row('cpu', 'TODO: measure', { unit: 'percent' })]);

describe('baselineComparison', () => {
  test.each([
    // less latency is better
    ['api-p95', 'Search', { absolute: -60, percent: -20 }, 'better'],
    // less throughput is worse
    ['throughput', undefined, { absolute: -30, percent: -16.7 }, 'worse'],
    // only this audit measured it
    ['api-p95', 'Basket', undefined, 'new'],
    // from zero: the change has no percent
    ['ttfb', undefined, { absolute: 120 }, 'worse'],
    // a figure still to measure: nothing computed
    ['cpu', undefined, undefined, 'open'],
    // only the previous audit measured it: it comes last
    ['api-p50', undefined, undefined, 'dropped'],
  ])('%s %s: %j, %s', (metric, subject, change, trend) => {
    const found = baselineComparison(previous, current, TARGETS).find((entry) => entry.metric === metric && entry.subject === subject);
    expect(found?.change).toEqual(change);
    expect(found?.trend).toBe(trend);
  });

  test('keeps this audit’s order, then the rows only the previous one had', () =>
    expect(baselineComparison(previous, current, TARGETS).map((entry) => entry.metric)).toEqual(['api-p95', 'throughput', 'api-p95', 'ttfb', 'cpu', 'api-p50']));

  test('matches the same metric twice in order', () => {
    const twice = baseline([row('api-p95', 300), row('api-p95', 400)]);
    const again = baseline([row('api-p95', 200), row('api-p95', 300)]);
    expect(baselineComparison(twice, again, TARGETS).map((entry) => entry.change?.absolute)).toEqual([-100, -100]);
  });
});

describe('auditComparisonTable', () => {
  test('reads as before, now, the computed change and its direction', () => {
    const text = tableText(auditComparisonTable(baselineComparison(previous, current, TARGETS), '14 Aug 2026', TARGETS, 'en'));
    expect(text.caption).toBe('Baseline: before (14 Aug 2026), now, the change computed');
    expect(text.headers).toEqual(['Metric', 'Subject', 'Before', 'Now', 'Change', 'Direction']);
    expect(text.rows).toEqual([
      ['api-p95 → /en/targets/#target-api-p95', 'Search', '300 ms', '240 ms', '−60 ms (−20%)', 'better'],
      ['Throughput', '–', '180 req/s', '150 req/s', '−30 req/s (−16.7%)', 'worse'],
      ['api-p95 → /en/targets/#target-api-p95', 'Basket', '–', '250 ms', '–', 'newly measured'],
      ['ttfb → /en/targets/#target-ttfb', '–', '0 ms', '120 ms', '+120 ms', 'worse'],
      ['CPU', '–', '50%', 'TODO: measure', '–', 'to fill in'],
      ['api-p50 → /en/targets/#target-api-p50', '–', '90 ms', '–', '–', 'no longer measured'],
    ]);
  });
});
