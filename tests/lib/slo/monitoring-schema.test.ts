import { describe, expect, test } from 'vitest';
import { histogramSchema, monitoringSchema, PROMETHEUS_DEFAULT_BUCKETS } from '../../../src/lib/slo/monitoring-schema.ts';

describe('monitoringSchema', () => {
  test('defaults to the names most exporters use', () => {
    const monitoring = monitoringSchema.parse({});
    expect(monitoring.selector).toBeUndefined();
    expect(monitoring.requests).toEqual({ metric: 'http_requests_total', errors: { label: 'code' } });
    expect(monitoring.latency).toEqual({ metric: 'http_request_duration_seconds_bucket', unit: 'seconds', buckets: PROMETHEUS_DEFAULT_BUCKETS });
    expect(monitoring.memory).toEqual({ metric: 'process_resident_memory_bytes' });
    expect(monitoring.connections).toEqual({ used: 'db_client_connection_count', usedMatchers: { db_client_connection_state: 'used' }, max: 'db_client_connection_max', by: ['instance', 'db_client_connection_pool_name'] });
  });

  test.each<[string, unknown, RegExp]>([
    ['bucket bounds out of order', { latency: { metric: 'x_bucket', buckets: [0.1, 0.05] } }, /ascending order/],
    ['a bound repeated', { latency: { metric: 'x_bucket', buckets: [0.1, 0.1] } }, /each once/],
    ['a bound of zero', { latency: { metric: 'x_bucket', buckets: [0, 0.1] } }, /above zero/],
    ['a histogram without its bounds', { latency: { metric: 'x_bucket' } }, /bucket bounds the instrumentation declares/],
    ['a unit other than seconds or milliseconds', { latency: { metric: 'x_bucket', unit: 'minutes', buckets: [1] } }, /seconds/],
    ['both values and a pattern for errors', { requests: { errors: { values: ['500'], pattern: '5..' } } }, /`values` or `pattern`, not both/],
    ['an empty list of error values', { requests: { errors: { values: [] } } }, /too_small|>=1/],
    ['a misspelt field', { selectr: { job: 'x' } }, /selectr/],
  ])('refuses %s', (_, input, message) => {
    const result = monitoringSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });

  test('a histogram in milliseconds keeps its unit', () => expect(histogramSchema.parse({ metric: 'lat_ms_bucket', unit: 'milliseconds', buckets: [50, 250] }).unit).toBe('milliseconds'));
});
