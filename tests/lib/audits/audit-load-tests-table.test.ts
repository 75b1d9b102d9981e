import { describe, expect, test } from 'vitest';
import { auditLoadTestsTable } from '../../../src/lib/tables/audit-load-tests-table.ts';
import { tableText } from '../tables/table-text.ts';
import { audit, SCENARIOS } from './report-fixture.ts';

describe('auditLoadTestsTable', () => {
  test('reads as the runs: scenario linked to its row of the method, day, P95, error rate, peak throughput, note', () =>
    expect(tableText(auditLoadTestsTable(audit().loadTests.runs, SCENARIOS, 'en'))).toEqual({
      caption: 'Load tests run',
      headers: ['Scenario', 'Date', 'P95', 'Error rate', 'Peak throughput', 'Note'],
      rows: [['Load → /en/audit/load-testing/#scenario-load', '18 Nov 2026', '310 ms', '0.4%', '180 req/s', '–']],
      ids: [undefined],
      rowHeaders: [0],
    }));

  test('an unknown scenario is marked, a placeholder shown, and a run with evidence adds a column', () => {
    const runs = audit((input) => ({ ...input, loadTests: { status: 'draft', runs: [{ scenario: 'soak', date: 'TODO: day', p95Ms: 1450, errorRatePercent: 6.2, peakRps: 240, evidence: 'https://ci.example.com/run/7', note: 'Breaking point' }] } })).loadTests.runs;
    const text = tableText(auditLoadTestsTable(runs, SCENARIOS, 'fr'));
    expect(text.headers.at(-1)).toBe('Preuve');
    expect(text.rows).toEqual([['soak (inconnu)', 'TODO: day', '1 450 ms', '6,2 %', '240 req/s', 'Breaking point', 'lien → https://ci.example.com/run/7']]);
  });

  test('a run that holds only its average throughput says so', () => {
    const [run] = audit().loadTests.runs;
    const averaged = { ...run!, throughputKind: 'average' } as typeof run & { throughputKind: string };
    expect(tableText(auditLoadTestsTable([averaged!], SCENARIOS, 'en')).rows[0]![4]).toBe('180 req/s (the run’s average, not its peak)');
  });
});
