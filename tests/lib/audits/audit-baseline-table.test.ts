import { describe, expect, test } from 'vitest';
import { auditBaselineTable } from '../../../src/lib/tables/audit-baseline-table.ts';
import { tableText } from '../tables/table-text.ts';
import { figures, TARGETS } from './report-fixture.ts';

describe('auditBaselineTable', () => {
  test('reads as the baseline: each figure, its target, the computed gap and criticality, then its source', () =>
    expect(tableText(auditBaselineTable(figures().baseline, TARGETS, 'en'))).toEqual({
      caption: 'Current metrics against their targets, gap and criticality computed',
      headers: ['Metric', 'Subject', 'Current value', 'Target', 'Gap', 'Gap (% of target)', 'Criticality', 'Source'],
      rows: [
        // a target missed by a fifth: high
        ['api-p95 → /en/targets/#target-api-p95', 'Search', '240 ms', '< 200 ms', '+40 ms', '+20%', 'high', 'APM, 7 days'],
        // a free metric within a fifth of its target: medium
        ['CPU', '–', '60%', '< 70%', '−10%', '−14.3%', 'medium', 'Node exporter'],
      ],
      ids: [undefined, undefined],
      rowHeaders: [0, 0],
    }));

  test('a placeholder shows as written, and what cannot be computed yet is a dash, never a zero', () => {
    const draft = figures((input) => ({ ...input, baseline: { status: 'draft', rows: [{ metric: 'api-p95', current: 'TODO: measure', source: 'APM', target: 200 }] } }));
    expect(tableText(auditBaselineTable(draft.baseline, TARGETS, 'en')).rows).toEqual([['api-p95 → /en/targets/#target-api-p95', '–', 'TODO: measure', '< 200 ms', '–', '–', '–', 'APM']]);
  });

  test('speaks French on French pages', () => {
    const text = tableText(auditBaselineTable(figures().baseline, TARGETS, 'fr'));
    expect(text.headers).toEqual(['Métrique', 'Objet', 'Valeur actuelle', 'Cible', 'Écart', 'Écart (% de la cible)', 'Criticité', 'Source']);
    expect(text.rows[0]).toEqual(['api-p95 → /targets/#target-api-p95', 'Search', '240 ms', '< 200 ms', '+40 ms', '+20 %', 'élevée', 'APM, 7 days']);
  });
});
