import { describe, expect, test } from 'vitest';
import { BURN_RATE_TIERS } from '../../../src/lib/slo/burn-rate-tiers.ts';
import { methodAlertName, opensloNames, recordName, sloGroupName } from '../../../src/lib/slo/slo-names.ts';

describe('slo-names', () => {
  test.each<[string, string]>([
    ['error-spike', 'ErrorSpike'],
    ['db-saturation', 'DbSaturation'],
    ['high-latency', 'HighLatency'],
  ])('the alert of the rule %s is %s', (id, name) => expect(methodAlertName(id)).toBe(name));

  test('recording rules follow level:metric:operation', () => {
    expect(recordName('bad_events', 'increase', '5m')).toBe('slo:bad_events:increase5m');
    expect(recordName('bad_events', 'ratio', '30d')).toBe('slo:bad_events:ratio30d');
    expect(sloGroupName('shop', 'main-api-latency')).toBe('perf-handbook-shop-slo-main-api-latency');
  });

  test('every OpenSLO name of a project, each once', () => {
    const names = opensloNames('shop', ['main-api-latency'], BURN_RATE_TIERS);
    expect(names).toEqual(['shop', 'shop-page', 'shop-ticket', 'shop-main-api-latency', 'shop-main-api-latency-sli', 'shop-main-api-latency-page-1h', 'shop-main-api-latency-page-6h', 'shop-main-api-latency-ticket-1d', 'shop-main-api-latency-ticket-3d']);
    expect(new Set(names).size).toBe(names.length);
  });
});
