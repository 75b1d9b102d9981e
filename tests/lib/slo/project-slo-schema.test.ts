import { describe, expect, test } from 'vitest';
import { projectSlosOrDefaults, projectSlosSchema } from '../../../src/lib/slo/project-slo-schema.ts';

describe('projectSlosSchema', () => {
  test('an empty block keeps every SLO and fills in the monitoring defaults', () => {
    const block = projectSlosSchema.parse({});
    expect(block.use).toBeUndefined();
    expect(block.overrides).toEqual({});
    expect(block.monitoring.requests).toEqual({ metric: 'http_requests_total', errors: { label: 'code' } });
    expect(block.monitoring.latency.metric).toBe('http_request_duration_seconds_bucket');
    expect(block.monitoring.latency.unit).toBe('seconds');
  });

  test('a project without a block gets the same defaults', () => expect(projectSlosOrDefaults(undefined)).toEqual(projectSlosSchema.parse({})));

  test.each<[string, unknown, RegExp]>([
    // an override must change something, and say why
    ['an override with only a reason', { overrides: { 'main-api-latency': { reason: 'x' } } }, /expected `value` or `errorBudgetPercent`/],
    ['an override without a reason', { overrides: { 'main-api-latency': { value: 300 } } }, /reason/],
    ['a budget over 100 %', { overrides: { 'main-api-latency': { errorBudgetPercent: 120, reason: 'x' } } }, /at most 100 %/],
    ['an empty `use`', { use: [] }, /at least one SLO id/],
    ['an SLO id that is not an id', { use: ['Main API'] }, /lower-case id/],
    ['a misspelt field', { overides: {} }, /overides/],
  ])('refuses %s', (_, input, message) => {
    const result = projectSlosSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });

  test('takes a full block', () => {
    const block = projectSlosSchema.parse({
      use: ['main-api-latency'],
      overrides: { 'main-api-latency': { value: 250, errorBudgetPercent: 0.5, reason: 'Contract' } },
      monitoring: { selector: { service: 'api' }, requests: { errors: { label: 'status', values: ['500'] } }, latency: { metric: 'lat_ms_bucket', unit: 'milliseconds', buckets: [100, 250] } },
    });
    expect(block.monitoring.selector).toEqual({ service: 'api' });
    expect(block.monitoring.requests.metric).toBe('http_requests_total');
  });
});
