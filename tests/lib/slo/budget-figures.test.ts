import { describe, expect, test } from 'vitest';
import {
  budgetMinutes,
  budgetPercentOf,
  budgetRequests,
  budgetSpent,
  burnRateOf,
  burnThreshold,
  errorBudgetRatio,
  exhaustingBurnRate,
  exhaustingBurnRates,
  minutesToExhaustion,
  objectiveRatio,
  requestsInWindow,
} from '../../../src/lib/slo/budget-figures.ts';
import { decimalText } from '../../../src/lib/slo/decimal.ts';

// Every expected figure is worked out by hand in the comment of its row.
describe('the budget of the common objectives over 30 days', () => {
  test.each<[string, number, string, string, string]>([
    // objective, budget %, ratio, objective ratio, minutes = 30 × 1440 × ratio
    ['99 %', 1, '0.01', '0.99', '432'],
    ['99.5 %', 0.5, '0.005', '0.995', '216'],
    // 43,200 × 0.001 = 43.2, the method's main API SLO
    ['99.9 %', 0.1, '0.001', '0.999', '43.2'],
    // 43,200 × 0.0005 = 21.6, the method's database SLO
    ['99.95 %', 0.05, '0.0005', '0.9995', '21.6'],
    ['99.99 %', 0.01, '0.0001', '0.9999', '4.32'],
  ])('%s: budget %d %% is %s, objective %s, %s minutes', (_, percent, ratio, objective, minutes) => {
    expect(decimalText(errorBudgetRatio(percent))).toBe(ratio);
    expect(decimalText(objectiveRatio(percent))).toBe(objective);
    expect(decimalText(budgetMinutes(percent, 30))).toBe(minutes);
  });

  test.each<[number | string, string]>([
    // 100 − 99.9, never 0.09999999999999432
    [99.9, '0.1'],
    ['99.95', '0.05'],
    [0, '100'],
  ])('an objective of %s %% leaves a budget of %s %%', (objective, budget) => expect(decimalText(budgetPercentOf(objective))).toBe(budget));

  test.each([0, -0.1, 101])('refuses a budget of %d %%', (percent) => expect(() => errorBudgetRatio(percent)).toThrow(RangeError));
  test.each([100, -1])('refuses an objective of %d %%', (objective) => expect(() => budgetPercentOf(objective)).toThrow(RangeError));
  test.each([0, 1.5, -30])('refuses a window of %d days', (days) => expect(() => budgetMinutes(0.1, days)).toThrow(RangeError));
});

describe('the budget in requests', () => {
  test.each<[number, number | string, string]>([
    // 0.1 % of 1,000,000
    [0.1, 1_000_000, '1000'],
    // 0.05 % of 25,920,000 (10 req/s for 30 days) = 12,960
    [0.05, 25_920_000, '12960'],
    // a budget may end in half a request
    [0.05, 1_001, '0.5005'],
    [0.1, 0, '0'],
  ])('%d %% of %s requests is %s', (percent, requests, budget) => expect(decimalText(budgetRequests(percent, requests))).toBe(budget));

  test('10 req/s for 30 days is 25,920,000 requests (10 × 86,400 × 30)', () => expect(decimalText(requestsInWindow(10, 30))).toBe('25920000'));
  test('refuses a negative number of requests', () => expect(() => budgetRequests(0.1, -1)).toThrow(RangeError));
});

describe('burn rates', () => {
  test.each<[number, number, string]>([
    // 30 days: 43,200 minutes over 60 is 720; over 1,440 is 30; over 10,080 is 4.2857…
    [30, 60, '720'],
    [30, 1440, '30'],
    [30, 10_080, '4.2857'],
    // a 28-day window: 40,320 / 10,080 = 4 exactly
    [28, 10_080, '4'],
  ])('over %d days, the rate that empties the budget in %d minutes is %s', (days, minutes, rate) => expect(decimalText(exhaustingBurnRate(days, minutes))).toBe(rate));

  test('an hour, a day and a week of a 30-day window', () => {
    const rates = exhaustingBurnRates(30);
    expect([rates.hour, rates.day, rates.week].map(decimalText)).toEqual(['720', '30', '4.2857']);
  });

  test.each<[string, number, string]>([
    // the SRE workbook's tiers: 14.4 × 60 / 43,200 = 0.02, 6 × 360 / 43,200 = 0.05
    ['14.4', 60, '0.02'],
    ['6', 360, '0.05'],
    ['3', 1440, '0.1'],
    ['1', 4320, '0.1'],
  ])('%sx for %d minutes spends %s of a 30-day budget', (rate, minutes, share) => expect(decimalText(budgetSpent(rate, minutes, 30))).toBe(share));

  test.each<[string, number, string]>([
    // 14.4 × 0.001; in floats 0.014400000000000001
    ['14.4', 0.1, '0.0144'],
    ['6', 0.1, '0.006'],
    ['14.4', 0.05, '0.0072'],
    // a 10 % budget puts the fast page beyond every request failing
    ['14.4', 10, '1.44'],
  ])('%sx of a %d %% budget is an error ratio of %s', (rate, percent, ratio) => expect(decimalText(burnThreshold(rate, percent))).toBe(ratio));

  test.each<[string, number, string]>([
    ['0.0144', 0.1, '14.4'],
    ['0.0005', 0.1, '0.5'],
    ['0', 0.1, '0'],
  ])('an error ratio of %s against %d %% is a burn of %s', (ratio, percent, rate) => expect(decimalText(burnRateOf(ratio, percent))).toBe(rate));

  test.each<[string, string]>([
    // 43,200 / 14.4 = 3,000 minutes, a little over two days
    ['14.4', '3000'],
    ['1', '43200'],
    ['7', '6171.4286'],
  ])('a full 30-day budget lasts %sx → %s minutes', (rate, minutes) => expect(decimalText(minutesToExhaustion(rate, 30))).toBe(minutes));

  test('refuses a burn rate of zero for a time to exhaustion, and an error ratio above 1', () => {
    expect(() => minutesToExhaustion(0, 30)).toThrow(RangeError);
    expect(() => burnRateOf('1.5', 0.1)).toThrow(RangeError);
  });
});
