import { describe, expect, test } from 'vitest';
import type { AuditInput } from '../../../src/lib/audits/audit-schema.ts';
import { auditImplementationTable } from '../../../src/lib/tables/audit-implementation-table.ts';
import { tableText } from '../tables/table-text.ts';
import { audit, figures, TARGETS } from './report-fixture.ts';

describe('auditImplementationTable', () => {
  test('reads as what was done: the action, day, change, metric, before and after with their sources, and the computed change', () =>
    expect(tableText(auditImplementationTable(figures().implementation, audit().plan.actions, TARGETS, 'en'))).toEqual({
      caption: 'What was done, measured before and after, the change computed',
      headers: ['Action', 'Date', 'Change', 'Metric', 'Before', 'After', 'Change', 'Change (%)'],
      rows: [['Add the index', '20 Nov 2026', 'Created the index', 'api-p95, P95', '240 ms (APM)', '165 ms (APM)', '−75 ms', '−31.3%']],
      ids: ['done-index'],
      rowHeaders: [0],
    }));

  test('a record of no plan action is marked; an after still to measure leaves the change a dash', () => {
    const changed = (input: AuditInput): AuditInput => {
      const record = input.implementation.records![0]!;
      return { ...input, implementation: { status: 'draft', records: [{ ...record, action: 'gone', after: { ...record.after, value: 'TODO: measure' } }] } };
    };
    const text = tableText(auditImplementationTable(figures(changed).implementation, audit(changed).plan.actions, TARGETS, 'fr'));
    expect(text.rows).toEqual([['gone (inconnu)', '20 nov. 2026', 'Created the index', 'api-p95, P95', '240 ms (APM)', 'TODO: measure (APM)', '–', '–']]);
  });
});
