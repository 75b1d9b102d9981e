import { describe, expect, test } from 'vitest';
import type { Slo } from '../../src/lib/schema/slo.ts';
import { sloBudgetExample } from '../../src/lib/slo-budget-example.ts';

const slo = (id: string, errorBudgetPercent: number): Slo => ({ id, service: { fr: id, en: id }, sli: { fr: 'P99', en: 'P99' }, comparison: 'lt', value: 500, unit: 'ms', errorBudgetPercent, window: 'month' });
const SLOS = [slo('checkout', 0.5), slo('main-api-latency', 0.1)];

describe('sloBudgetExample', () => {
  test('works out the figures of the monitoring page’s example', () => {
    const example = sloBudgetExample(SLOS, { slo: 'main-api-latency', elapsedDays: 10, spentMinutes: 18, lastDayBadMinutes: 4.5 });
    expect(example.slo.id).toBe('main-api-latency');
    // 30 days × 1,440 min × 0.1 %
    expect(example.budget).toBeCloseTo(43.2, 10);
    expect(example.remaining).toBeCloseTo(58.33, 2);
    expect(example.monthRate).toBeCloseTo(1.25, 10);
    expect(example.dayRate).toBeCloseTo(3.125, 10);
    // 25.2 min left at 3.125 × 1.44 min a day
    expect(example.exhaustion).toBeCloseTo(5.6, 10);
    expect(example.daysLeftInMonth).toBe(20);
    expect(example.runsOutEarly).toBe(true);
  });

  test.each([
    // nothing burnt in the last day: the budget never runs out at that pace
    [0, Number.POSITIVE_INFINITY, false],
    // a slow burn lasts past the month's end
    [0.5, 50.4, false],
  ])('%d bad minutes in the last day → exhausted in %d days, early: %s', (lastDayBadMinutes, days, early) => {
    const example = sloBudgetExample(SLOS, { slo: 'main-api-latency', elapsedDays: 10, spentMinutes: 18, lastDayBadMinutes });
    expect(example.exhaustion).toBeCloseTo(days, 10);
    expect(example.runsOutEarly).toBe(early);
  });

  test('names the known SLOs when the id is unknown', () =>
    expect(() => sloBudgetExample(SLOS, { slo: 'api', elapsedDays: 1, spentMinutes: 0, lastDayBadMinutes: 0 })).toThrow(
      'no SLO "api" in src/content/data/slos.yaml; expected one of checkout, main-api-latency.',
    ));
});
