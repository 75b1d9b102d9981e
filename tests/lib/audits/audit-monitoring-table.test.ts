import { describe, expect, test } from 'vitest';
import { auditAlertsTable, auditSlosTable, dashboardsText } from '../../../src/lib/tables/audit-monitoring-table.ts';
import { tableText } from '../tables/table-text.ts';
import { ALERT_RULES, audit, SLOS } from './report-fixture.ts';

const monitoring = audit((input) => ({ ...input, monitoring: { status: 'draft', alertRules: ['high-latency', 'gone'], slos: ['main-api-latency'], dashboards: ['red', 'use'] } })).monitoring;

describe('auditAlertsTable', () => {
  test('reads as the rules in place, each linked to its row on the targets page; an unknown id is marked', () =>
    expect(tableText(auditAlertsTable(monitoring, ALERT_RULES, 'en'))).toEqual({
      caption: 'Alert rules in place',
      headers: ['Alert', 'Condition', 'Severity'],
      rows: [
        ['High latency → /en/targets/#alert-high-latency', 'P95 latency > 500 ms for 5 min', 'Warning'],
        ['gone (unknown)', '–', '–'],
      ],
      ids: [undefined, undefined],
      rowHeaders: [0, 0],
    }));
});

describe('auditSlosTable', () => {
  test('reads as the SLOs tracked, with their objective and error budget', () =>
    expect(tableText(auditSlosTable(monitoring, SLOS, 'fr')).rows).toEqual([['API principale → /targets/#slos', 'Latence P99', '< 200 ms', '0,1 %']]));
});

describe('dashboardsText', () => {
  test.each([
    // the dashboards in place, in words
    [['red', 'use'], 'en', 'RED (rate, errors, duration), USE (utilisation, saturation, errors)'],
    // none at all says so
    [[], 'fr', 'aucun'],
  ] as const)('%j in %s → %s', (dashboards, locale, text) => expect(dashboardsText({ ...monitoring, dashboards: [...dashboards] }, locale)).toBe(text));
});
