import { describe, expect, test } from 'vitest';
import type { Slo } from '../../../src/lib/schema/slo.ts';
import { sloBudgetExample } from '../../../src/lib/slo-budget-example.ts';
import { sloBudgetTable } from '../../../src/lib/tables/slo-budget-table.ts';
import { tableText } from './table-text.ts';

const SLOS: Slo[] = [{ id: 'main-api-latency', service: { fr: 'API principale', en: 'Main API' }, sli: { fr: 'Latence P99', en: 'P99 latency' }, comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' }];
const example = (lastDayBadMinutes: number) => sloBudgetExample(SLOS, { slo: 'main-api-latency', elapsedDays: 10, spentMinutes: 18, lastDayBadMinutes });

describe('sloBudgetTable', () => {
  test('shows every figure with the computation that gives it', () =>
    expect(tableText(sloBudgetTable(example(4.5), 'en'))).toEqual({
      caption: 'Example: Main API, P99 latency, on day 10 of a 30-day month',
      headers: ['Indicator', 'Computation', 'Value'],
      rows: [
        ['Budget for the month', '30 d × 1,440 min × 0.1%', '43.2 min'],
        ['Spent since the month began', 'minutes outside the objective, as recorded by monitoring', '18 min'],
        ['Budget remaining', '(43.2 − 18) ÷ 43.2', '58.3%'],
        ['Burn rate since the month began', '(18 ÷ (10 × 1,440)) ÷ 0.1%', '1.25'],
        ['Burn rate over the last 24 h', '(4.5 ÷ 1,440) ÷ 0.1%', '3.13'],
        // the budget runs out before the month ends: the reader is told to act
        ['Budget exhausted at the last 24 h’s pace', '25.2 min left ÷ (3.13 × 1.44 min a day)', 'in 5.6 days, before the month ends (20 days to go): act now'],
      ],
      ids: [undefined, undefined, undefined, undefined, undefined, undefined],
      rowHeaders: [0, 0, 0, 0, 0, 0],
    }));

  test.each([
    // a slow burn outlasts the month: no call to act
    [0.5, 'en', 'in 50.4 days'],
    // nothing burnt in the last day
    [0, 'en', 'never at this pace'],
    [4.5, 'fr', 'dans 5,6 jours, avant la fin du mois (encore 20 jours) : à traiter maintenant'],
  ])('%d bad minutes in the last day, in %s → %s', (bad, locale, text) => expect(tableText(sloBudgetTable(example(bad), locale as 'fr' | 'en')).rows.at(-1)!.at(-1)).toBe(text));
});
