import { describe, expect, test } from 'vitest';
import type { AlertRule } from '../../../src/lib/schema/alert-rule.ts';
import { alertRulesTable } from '../../../src/lib/tables/alert-rules-table.ts';
import { tableText } from './table-text.ts';

const RULES: AlertRule[] = [
  { id: 'high-latency', name: { fr: 'Latence élevée', en: 'High latency' }, metric: { fr: 'Latence P95', en: 'P95 latency' }, comparison: 'gt', threshold: 500, unit: 'ms', forMinutes: 5, severity: 'warning', action: { fr: 'Analyser', en: 'Investigate' } },
  { id: 'memory-leak', name: { fr: 'Fuite mémoire', en: 'Memory leak' }, metric: { fr: 'Croissance de la mémoire', en: 'Memory growth' }, comparison: 'gt', threshold: 10, unit: 'percent-per-hour', severity: 'critical', action: { fr: 'Redémarrer', en: 'Restart' } },
];

describe('alertRulesTable', () => {
  test('reads as the alert rules, each row linkable and named by its rule', () =>
    expect(tableText(alertRulesTable(RULES, 'en'))).toEqual({
      caption: 'Alert rules',
      headers: ['Alert', 'Condition', 'Severity', 'Action'],
      rows: [
        // held for a while
        ['High latency', 'P95 latency > 500 ms for 5 min', 'Warning', 'Investigate'],
        // fires at once
        ['Memory leak', 'Memory growth > 10%/hour', 'Critical', 'Restart'],
      ],
      ids: ['alert-high-latency', 'alert-memory-leak'],
      rowHeaders: [0, 0],
    }));

  test('speaks French on French pages', () => {
    const text = tableText(alertRulesTable(RULES, 'fr'));
    expect(text.headers).toEqual(['Alerte', 'Condition', 'Sévérité', 'Action']);
    expect(text.rows[0]).toEqual(['Latence élevée', 'Latence P95 > 500 ms pendant 5 min', 'Avertissement', 'Analyser']);
  });
});
