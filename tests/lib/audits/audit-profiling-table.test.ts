import { describe, expect, test } from 'vitest';
import { auditProfilingTable, layerFindings, quietLayers } from '../../../src/lib/tables/audit-profiling-table.ts';
import { tableText } from '../tables/table-text.ts';
import { audit, PATTERNS } from './report-fixture.ts';

const profiled = audit((input) => ({
  ...input,
  profiling: {
    status: 'draft',
    // listed network first in the file: the table keeps the method's order of layers
    network: [{ finding: 'No compression', cost: { value: 'TODO: measure', unit: 'ms' }, source: 'DevTools' }],
    database: [{ finding: 'No index on category_id', cost: { value: 150, unit: 'ms', percentile: 'p95' }, source: 'EXPLAIN ANALYZE', pattern: 'indexes' }],
  },
})).profiling;

describe('auditProfilingTable', () => {
  test('reads as the bottlenecks layer by layer in the method’s order, each with its cost, pattern and source', () =>
    expect(tableText(auditProfilingTable(layerFindings(profiled), PATTERNS, 'en'))).toEqual({
      caption: 'Bottlenecks found by layer, with their measured cost',
      headers: ['Layer', 'Bottleneck', 'Measured cost', 'Pattern', 'Measured with'],
      rows: [
        ['database', 'No index on category_id', '150 ms (P95)', 'Missing indexes → /en/patterns/indexes/', 'EXPLAIN ANALYZE'],
        // a cost still to measure, no percentile, no pattern
        ['network', 'No compression', 'TODO: measure', '–', 'DevTools'],
      ],
      ids: [undefined, undefined],
      rowHeaders: [1, 1],
    }));

  test('names the layers where nothing was found', () => expect(quietLayers(profiled)).toEqual(['application', 'infrastructure']));

  test('speaks French on French pages', () => expect(tableText(auditProfilingTable(layerFindings(profiled), PATTERNS, 'fr')).rows[0]).toEqual(['base de données', 'No index on category_id', '150 ms (P95)', 'Index manquants → /patterns/indexes/', 'EXPLAIN ANALYZE']));
});
