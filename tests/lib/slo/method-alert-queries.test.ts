import { describe, expect, test } from 'vitest';
import { catalog } from '../../fixtures/slo/cases.ts';
import type { AlertRule } from '../../../src/lib/schema/alert-rule.ts';
import { METHOD_RULE_IDS, methodAlert } from '../../../src/lib/slo/method-alert-queries.ts';
import { projectMonitoring } from '../../../src/lib/slo/project-monitoring.ts';
import { projectSlosSchema } from '../../../src/lib/slo/project-slo-schema.ts';

const rule = (id: string) => catalog.alertRules.find((entry) => entry.id === id)!;
const defaults = projectMonitoring('shop', undefined);

describe('methodAlert', () => {
  test('knows the query of each of the method’s four rules', () => expect(METHOD_RULE_IDS).toEqual(catalog.alertRules.map((entry) => entry.id)));

  test.each<[string, string, string | undefined]>([
    // P95 > 500 ms for 5 min: 0.5 in seconds, over the rule's own duration
    ['high-latency', 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="shop"}[5m]))) > 0.5', '5m'],
    // error rate > 1 % for 2 min: 0.01, over 2 minutes
    ['error-spike', 'sum(rate(http_requests_total{job="shop",code=~"5.."}[2m])) / sum(rate(http_requests_total{job="shop"}[2m])) > 0.01', '2m'],
    // memory growth > 10 %/hour: now against an hour ago, at once
    ['memory-leak', '(process_resident_memory_bytes{job="shop"} - process_resident_memory_bytes{job="shop"} offset 1h) / process_resident_memory_bytes{job="shop"} offset 1h > 0.1', undefined],
    // connections > 80 % of the pool, per pool
    [
      'db-saturation',
      'sum by (instance, db_client_connection_pool_name) (db_client_connection_count{job="shop",db_client_connection_state="used"}) / sum by (instance, db_client_connection_pool_name) (db_client_connection_max{job="shop"}) > 0.8',
      undefined,
    ],
  ])('%s', (id, expr, duration) => {
    const outcome = methodAlert(rule(id), defaults);
    expect(outcome.ok && outcome.alert.expr).toBe(expr);
    expect(outcome.ok && outcome.alert.for).toBe(duration);
  });

  test('reads a rule’s thresholds from the data: a 750 ms latency in a millisecond histogram is 750', () => {
    const monitoring = projectMonitoring('shop', projectSlosSchema.parse({ monitoring: { latency: { metric: 'lat_ms_bucket', unit: 'milliseconds', buckets: [100, 750] } } }));
    const outcome = methodAlert({ ...rule('high-latency'), threshold: 750, forMinutes: 10 }, monitoring);
    expect(outcome.ok && outcome.alert.expr).toBe('histogram_quantile(0.95, sum by (le) (rate(lat_ms_bucket{job="shop"}[10m]))) > 750');
    expect(outcome.ok && outcome.alert.for).toBe('10m');
  });

  test('a pool with no labels to tell it apart is one sum', () => {
    const monitoring = projectMonitoring('shop', projectSlosSchema.parse({ monitoring: { connections: { used: 'pool_active', usedMatchers: {}, max: 'pool_max', by: [] } } }));
    const outcome = methodAlert(rule('db-saturation'), monitoring);
    expect(outcome.ok && outcome.alert.expr).toBe('sum (pool_active{job="shop"}) / sum (pool_max{job="shop"}) > 0.8');
  });

  test.each<[string, AlertRule, RegExp]>([
    ['a rule it has no query for', { ...rule('high-latency'), id: 'disk-full' }, /has no query/],
    ['a rule in a unit its query does not compare', { ...rule('error-spike'), unit: 'ms' }, /is in ms: its query compares percent/],
  ])('refuses %s', (_, input, problem) => {
    const outcome = methodAlert(input, defaults);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem).toMatch(problem);
  });
});
