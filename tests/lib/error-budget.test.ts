import { describe, expect, test } from 'vitest';
import { budgetRemainingPercent, burnRate, daysToExhaustion, errorBudgetMinutes } from '../../src/lib/error-budget.ts';

describe('errorBudgetMinutes', () => {
  test.each([
    // 0.1 % of a 30-day month (43,200 minutes)
    [0.1, 30, 43.2],
    // 0.05 % of the same month
    [0.05, 30, 21.6],
    // a 99.9 % objective over a 28-day window
    [0.1, 28, 40.32],
    // the whole window
    [100, 1, 1440],
  ])('%d %% over %d days → %d min', (percent, days, minutes) => expect(errorBudgetMinutes(percent, days)).toBeCloseTo(minutes, 6));

  test('counts over 30 days unless told otherwise', () => expect(errorBudgetMinutes(1)).toBeCloseTo(432, 6));

  test.each([
    // no budget at all is not a budget
    [0, 30],
    // a negative budget is a typing mistake
    [-0.1, 30],
    // more than the whole window
    [101, 30],
    // an empty window
    [0.1, 0],
  ])('refuses %d %% over %d days', (percent, days) => expect(() => errorBudgetMinutes(percent, days)).toThrow(RangeError));
});

describe('budgetRemainingPercent', () => {
  test.each([
    // nothing spent yet
    [43.2, 0, 100],
    // a quarter spent
    [40, 10, 75],
    // exactly spent
    [40, 40, 0],
    // overspent shows as negative, not clamped
    [40, 50, -25],
  ])('budget %d min, spent %d min → %d %%', (budget, spent, remaining) => expect(budgetRemainingPercent(budget, spent)).toBeCloseTo(remaining, 6));

  test('refuses negative spent minutes', () => expect(() => budgetRemainingPercent(40, -1)).toThrow(RangeError));
});

describe('burnRate', () => {
  test.each([
    // 0.1 % bad over the period, budget 0.1 %: on pace
    [1.44, 1440, 0.1, 1],
    // ten times too fast
    [14.4, 1440, 0.1, 10],
    // half the pace
    [0.72, 1440, 0.1, 0.5],
    // nothing bad
    [0, 60, 0.05, 0],
  ])('%d bad min over %d min with %d %% budget → %d', (bad, period, budget, rate) => expect(burnRate(bad, period, budget)).toBeCloseTo(rate, 6));

  test('refuses an empty period', () => expect(() => burnRate(1, 0, 0.1)).toThrow(RangeError));
});

describe('daysToExhaustion', () => {
  test.each([
    // 43.2 min left at burn rate 1 with a 0.1 % budget: 1.44 min a day → 30 days
    [43.2, 1, 0.1, 30],
    // at burn rate 10 the same budget lasts 3 days
    [43.2, 10, 0.1, 3],
    // half the budget left at burn rate 2 → 7.5 days
    [21.6, 2, 0.1, 7.5],
    // nothing left
    [0, 3, 0.1, 0],
    // overspent
    [-5, 3, 0.1, 0],
  ])('%d min left, burn rate %d, budget %d %% → %d days', (left, rate, budget, days) => expect(daysToExhaustion(left, rate, budget)).toBeCloseTo(days, 6));

  test('never runs out when nothing burns', () => expect(daysToExhaustion(10, 0, 0.1)).toBe(Number.POSITIVE_INFINITY));
  test('refuses a negative burn rate', () => expect(() => daysToExhaustion(10, -1, 0.1)).toThrow(RangeError));
});
