import { describe, expect, test } from 'vitest';
import type { Slo } from '../../../src/lib/schema/slo.ts';
import { decimalText } from '../../../src/lib/slo/decimal.ts';
import { effectiveSlos } from '../../../src/lib/slo/effective-slos.ts';
import { projectSlosSchema } from '../../../src/lib/slo/project-slo-schema.ts';

const SLOS: Slo[] = [
  { id: 'main-api-latency', service: { fr: 'API', en: 'API' }, sli: { fr: 'P99', en: 'P99' }, comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' },
  { id: 'database-query-time', service: { fr: 'BD', en: 'DB' }, sli: { fr: 'P95', en: 'P95' }, comparison: 'lt', value: 50, unit: 'ms', errorBudgetPercent: 0.05, window: 'month' },
];

describe('effectiveSlos', () => {
  test('without a block: every recommended SLO, in the file’s order, with exact ratios over 30 days', () => {
    const slos = effectiveSlos(SLOS, undefined);
    expect(slos.map((slo) => [slo.id, slo.value, decimalText(slo.objective), decimalText(slo.errorBudget), slo.windowDays])).toEqual([
      ['main-api-latency', 200, '0.999', '0.001', 30],
      ['database-query-time', 50, '0.9995', '0.0005', 30],
    ]);
    expect(slos.every((slo) => slo.overrideReason === undefined)).toBe(true);
  });

  test('`use` picks and orders; unknown ids and repeats are left to the lint', () => {
    const block = projectSlosSchema.parse({ use: ['database-query-time', 'no-such-slo', 'database-query-time'] });
    expect(effectiveSlos(SLOS, block).map((slo) => slo.id)).toEqual(['database-query-time']);
  });

  test('an override sets the value and the budget, keeps the defaults beside them, and carries its reason', () => {
    const block = projectSlosSchema.parse({ overrides: { 'main-api-latency': { value: 250, errorBudgetPercent: 0.5, reason: 'Contract' } } });
    const [api] = effectiveSlos(SLOS, block);
    expect(api).toMatchObject({ value: 250, defaultValue: 200, errorBudgetPercent: 0.5, defaultErrorBudgetPercent: 0.1, overrideReason: 'Contract' });
    expect(decimalText(api!.objective)).toBe('0.995');
  });

  test.each<[string, unknown, string, string]>([
    // the request histogram unless told otherwise
    ['the API SLO reads the request latency histogram', {}, 'main-api-latency', 'slos.monitoring.latency'],
    // the database SLO has a default of its own (OpenTelemetry's database client histogram)
    ['the database SLO reads the database client histogram', {}, 'database-query-time', 'slos.monitoring.histograms.database-query-time'],
    ['a histogram named for an SLO wins', { monitoring: { histograms: { 'main-api-latency': { metric: 'api_bucket', buckets: [0.2] } } } }, 'main-api-latency', 'slos.monitoring.histograms.main-api-latency'],
  ])('%s', (_, input, id, field) => {
    const slo = effectiveSlos(SLOS, projectSlosSchema.parse(input)).find((entry) => entry.id === id)!;
    expect(slo.histogram.field).toBe(field);
  });

  test('the database SLO’s default histogram', () => {
    const slo = effectiveSlos(SLOS, undefined).find((entry) => entry.id === 'database-query-time')!;
    expect(slo.histogram).toMatchObject({ metric: 'db_client_operation_duration_seconds_bucket', unit: 'seconds' });
    expect(slo.histogram.buckets).toContain(0.05);
  });
});
