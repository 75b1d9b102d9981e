import { describe, expect, test } from 'vitest';
import { auditCapacityInputsTable, auditCapacityTable } from '../../../src/lib/tables/audit-capacity-table.ts';
import { tableText } from '../tables/table-text.ts';
import { audit, figures } from './report-fixture.ts';

describe('auditCapacityInputsTable', () => {
  test('reads as the figures the projection starts from, each with its source', () =>
    expect(tableText(auditCapacityInputsTable(audit().capacity, 'en'))).toEqual({
      caption: 'The figures it starts from',
      headers: ['Figure', 'Value', 'Source'],
      rows: [
        ['Peak load today', '140 req/s', 'APM'],
        ['Growth (compounded)', '20% a month', '–'],
        ['Capacity of one instance', '75 req/s', 'Stress test'],
        ['Headroom kept free on each instance', '30%', 'stated by the audit'],
      ],
      ids: [undefined, undefined, undefined, undefined],
      rowHeaders: [0, 0, 0, 0],
    }));
});

describe('auditCapacityTable', () => {
  test('reads as the computed projection: today and each horizon, the load to a tenth, the instances needed', () =>
    expect(tableText(auditCapacityTable(figures().capacity!, 'en'))).toEqual({
      caption: 'Projection: the load at each horizon and the instances needed, computed',
      headers: ['Horizon', 'Projected peak load', 'Instances needed'],
      rows: [
        ['Today', '140 req/s', '3'],
        ['+3 months', '241.9 req/s', '5'],
        ['+6 months', '418 req/s', '8'],
        ['+12 months', '1,248.3 req/s', '24'],
      ],
      ids: [undefined, undefined, undefined, undefined],
      rowHeaders: [0, 0, 0, 0],
    }));

  test('a horizon of one month is singular; French writes mois', () => {
    const lines = [{ months: 0, loadRps: 100, instances: 2 }, { months: 1, loadRps: 110, instances: 3 }];
    expect(tableText(auditCapacityTable(lines, 'en')).rows.map((row) => row[0])).toEqual(['Today', '+1 month']);
    expect(tableText(auditCapacityTable(lines, 'fr')).rows.map((row) => row[0])).toEqual(['Aujourd’hui', '+1 mois']);
  });
});
