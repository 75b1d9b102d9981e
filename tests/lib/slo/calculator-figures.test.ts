import { describe, expect, test } from 'vitest';
import { calculatorFigures } from '../../../src/lib/slo/calculator-figures.ts';
import { readCalculatorFields } from '../../../src/lib/slo/calculator-input.ts';
import type { Locale } from '../../../src/lib/schema/localized.ts';
import { budgetTable } from '../../../src/lib/tables/budget-table.ts';
import { tableText } from '../tables/table-text.ts';

const NBSP = '\u00a0';
/** The page's no-break spaces as plain ones, to write the expectations readably. */
const plain = (text: string) => text.replaceAll(NBSP, ' ');

/** The figures for three typed fields. */
function figuresOf(objective: string, windowDays: string, rate: string, locale: Locale) {
  const reading = readCalculatorFields({ objective, windowDays, rate }, locale);
  if (!reading.ok) throw new Error(`unreadable fields: ${reading.fields.join(', ')}`);
  return calculatorFigures(reading.input, locale);
}

/** The figures for three typed fields, with plain spaces. */
function figures(objective: string, windowDays: string, rate: string, locale: Locale) {
  return JSON.parse(plain(JSON.stringify(figuresOf(objective, windowDays, rate, locale)))) as ReturnType<typeof calculatorFigures>;
}

describe('calculatorFigures', () => {
  test('99.9 % over 30 days at 10 req/s, in English', () => {
    const result = figures('99.9', '30', '10', 'en');
    // 100 − 99.9 = 0.1 %; 30 × 1,440 × 0.001 = 43.2 minutes
    expect(result.budget).toBe('0.1%');
    expect(result.minutes).toBe('43.2 min');
    expect(result.duration).toBe('43.2 min');
    // 10 × 30 × 86,400 = 25,920,000 requests, of which 0.001 is 25,920
    expect(result.requests).toBe('25,920 of 25,920,000');
    // 43,200 minutes ÷ 60 = 720; ÷ 1,440 = 30; ÷ 10,080 = 4.2857, shown to two places
    expect([result.hour, result.day, result.week]).toEqual(['720x', '30x', '4.29x']);
    // 14.4 × 60 ÷ 43,200 = 0.02; 6 × 360 ÷ 43,200 = 0.05; 3 × 1,440 ÷ 43,200 = 0.1; 1 × 4,320 ÷ 43,200 = 0.1
    expect(result.tiers).toEqual([
      { label: '14.4x for 1 h', value: 'spends 2% of the budget' },
      { label: '6x for 6 h', value: 'spends 5% of the budget' },
      { label: '3x for 1 d', value: 'spends 10% of the budget' },
      { label: '1x for 3 d', value: 'spends 10% of the budget' },
    ]);
    expect(result.summary).toBe('Objective 99.9% over 30 days: 43.2 min of budget, emptied in an hour at 720x.');
  });

  test('99 % over 30 days at 10 req/s, in French: past an hour the budget reads in hours, with its exact minutes', () => {
    const result = figures('99', '30', '10', 'fr');
    // 30 × 1 440 × 0,01 = 432 min = 7 h 12 min
    expect(result.budget).toBe('1 %');
    expect(result.minutes).toBe('7 h 12 min (432 min)');
    // 25 920 000 × 0,01 = 259 200
    expect(result.requests).toBe('259 200 sur 25 920 000');
    expect(result.tiers.map((tier) => tier.label)).toEqual(['14,4x pendant 1 h', '6x pendant 6 h', '3x pendant 1 j', '1x pendant 3 j']);
    expect(result.tiers[0]!.value).toBe('consomme 2 % du budget');
  });

  test('99.99 % over 7 days at 0.5 req/s: a short window burns faster', () => {
    const result = figures('99.99', '7', '0.5', 'en');
    // 7 × 1,440 × 0.0001 = 1.008 minutes
    expect(result.minutes).toBe('1 min (1.008 min)');
    expect(result.duration).toBe('1 min');
    // 0.5 × 7 × 86,400 = 302,400 requests; × 0.0001 = 30.24, shown whole
    expect(result.requests).toBe('30 of 302,400');
    // 10,080 ÷ 60 = 168; ÷ 1,440 = 7; ÷ 10,080 = 1
    expect([result.hour, result.day, result.week]).toEqual(['168x', '7x', '1x']);
    // 14.4 × 60 ÷ 10,080 = 0.0857142…, to six places 0.085714: 8.5714 %; 1 × 4,320 ÷ 10,080 = 0.428571: 42.8571 %
    expect(result.tiers[0]!.value).toBe('spends 8.5714% of the budget');
    expect(result.tiers[3]!.value).toBe('spends 42.8571% of the budget');
  });

  test('a budget under a minute reads in seconds, and a tiny budget is never rounded to 0 %', () => {
    const result = figures('99.9999', '30', '0', 'en');
    // 100 − 99.9999 = 0.0001 %; 43,200 × 0.000001 = 0.0432 min = 2.592 s
    expect(result.budget).toBe('0.0001%');
    expect(result.minutes).toBe('2.6 s (0.0432 min)');
    expect(result.duration).toBe('2.6 s');
    // no traffic, no request to fail
    expect(result.requests).toBe('0 of 0');
  });

  test.each(['fr', 'en'] as const)('in %s, the figures of each common objective are the budget table’s', (locale) => {
    const table = tableText(budgetTable(locale));
    for (const row of table.rows) {
      const objective = row[0]!.replace(/\s?%$/, '');
      const result = figuresOf(objective, '30', '1', locale);
      expect([plain(result.budget), plain(result.duration)], `objective ${objective}`).toEqual([plain(row[1]!), plain(row[2]!)]);
      const week = figuresOf(objective, '7', '1', locale);
      expect(plain(week.duration), `objective ${objective} over a week`).toBe(plain(row[3]!));
    }
  });
});
