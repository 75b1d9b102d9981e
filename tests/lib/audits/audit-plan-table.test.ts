import { describe, expect, test } from 'vitest';
import { auditPlanTable } from '../../../src/lib/tables/audit-plan-table.ts';
import { tableText } from '../tables/table-text.ts';
import { figures, PATTERNS, TARGETS } from './report-fixture.ts';

/** The fixture's plan written out of order: the P1 action first, and two P0 with the costlier one first. */
const shuffled = figures((input) => ({
  ...input,
  plan: {
    status: 'draft',
    actions: [
      input.plan.actions![1]!,
      { id: 'compress', action: 'Turn on Brotli', layer: 'network', effort: '1 h', gains: [{ metric: 'ttfb', percentile: 'p50', before: 520, after: 'TODO: expected' }], priority: 'P0' },
      input.plan.actions![0]!,
    ],
  },
}));

describe('auditPlanTable', () => {
  test('reads as the plan in its computed order, quick wins first and the cheapest first, each gain with its computed change', () =>
    expect(tableText(auditPlanTable(shuffled.plan, { targets: TARGETS, patterns: PATTERNS }, 'en'))).toEqual({
      caption: 'The plan in its computed order: quick wins (P0) first, then P1 and P2, the cheapest first within a priority',
      headers: ['Rank', 'Action', 'Layer', 'Pattern', 'Effort', 'Expected gain', 'Priority'],
      rows: [
        ['1', 'Add the index', 'database', 'Missing indexes → /en/patterns/indexes/', '30 min', 'api-p95, P95: 240 ms → 160 ms (−33.3%)', 'P0'],
        // a gain still to estimate: no change computed
        ['2', 'Turn on Brotli', 'network', '–', '1 h', 'ttfb, P50: 520 ms → TODO: expected', 'P0'],
        ['3', 'Cache the search', 'application', 'Caching → /en/patterns/caching/', '1 d', 'Throughput, peak: 180 req/s → 300 req/s (+66.7%)', 'P1'],
      ],
      ids: ['plan-index', 'plan-compress', 'plan-cache'],
      rowHeaders: [1, 1, 1],
    }));

  test('speaks French on French pages, days of effort in "j"', () =>
    expect(tableText(auditPlanTable(shuffled.plan, { targets: TARGETS, patterns: PATTERNS }, 'fr')).rows[2]).toEqual(['3', 'Cache the search', 'application', 'Cache → /patterns/caching/', '1 j', 'Débit, pic : 180 req/s → 300 req/s (+66,7 %)', 'P1']));
});
