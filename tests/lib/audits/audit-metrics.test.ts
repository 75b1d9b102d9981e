import { describe, expect, test } from 'vitest';
import { isFreeMetric, resolveMetric, targetPercentile } from '../../../src/lib/audits/audit-metrics.ts';
import { target } from './audit-fixture.ts';

const TARGETS = new Map([['api-p95', target('api-p95', 200)], ['api-error-rate', target('api-error-rate', 1, 'percent', 'lte')]]);

describe('audit metrics', () => {
  test.each<[string, string | undefined, object | undefined]>([
    ['api-p95', undefined, { unit: 'ms', comparison: 'lt', errors: false }],
    ['api-error-rate', undefined, { unit: 'percent', comparison: 'lte', errors: true }],
    ['throughput', 'req/min', { unit: 'req/min', comparison: 'gte', errors: false }],
    ['error-rate', 'percent', { unit: 'percent', comparison: 'lt', errors: true }],
    ['cold-start', undefined, { unit: 's', comparison: 'lt', errors: false }],
    ['latency', undefined, undefined],
    ['toString', undefined, undefined], // not a free metric for being on Object's prototype
  ])('resolveMetric(%s, %s)', (id, unit, expected) => {
    const resolved = resolveMetric(id, unit as never, TARGETS);
    if (expected === undefined) expect(resolved).toBeUndefined();
    else expect(resolved).toMatchObject({ id, ...expected });
  });

  test.each<[string, string | undefined]>([
    ['api-p50', 'p50'],
    ['api-p999', 'p999'],
    ['ttfb', 'p50'],
    ['api-error-rate', 'mean'],
    ['db-simple-query', undefined],
  ])('targetPercentile(%s) is %s', (id, percentile) => {
    expect(targetPercentile(id)).toBe(percentile);
  });

  test('isFreeMetric knows only its own ids', () => {
    expect(['cpu', 'memory', 'api-p95', 'constructor'].map(isFreeMetric)).toEqual([true, true, false, false]);
  });
});
