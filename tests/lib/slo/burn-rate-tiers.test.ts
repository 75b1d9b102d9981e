import { describe, expect, test } from 'vitest';
import { alertWindows, BURN_RATE_TIERS, tierCanFire, windowMinutes, windowText } from '../../../src/lib/slo/burn-rate-tiers.ts';

describe('the tiers', () => {
  test('are the SRE workbook’s two pages and two tickets, each short window a twelfth of its long one', () => {
    expect(BURN_RATE_TIERS.map((tier) => [tier.severity, tier.burnRate, tier.longWindow, tier.shortWindow])).toEqual([
      ['page', '14.4', '1h', '5m'],
      ['page', '6', '6h', '30m'],
      ['ticket', '3', '1d', '2h'],
      ['ticket', '1', '3d', '6h'],
    ]);
    for (const tier of BURN_RATE_TIERS) expect(windowMinutes(tier.longWindow)).toBe(12 * windowMinutes(tier.shortWindow));
  });

  test('read seven windows, shortest first', () => expect(alertWindows()).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d']));
});

describe('windows', () => {
  test.each<[string, number]>([
    ['5m', 5],
    ['6h', 360],
    ['3d', 4320],
    ['1w', 10_080],
  ])('%s is %d minutes', (window, minutes) => expect(windowMinutes(window)).toBe(minutes));

  test.each<[number, string]>([
    [5, '5m'],
    [90, '90m'],
    [1440, '1d'],
    // 30 days is not a whole number of weeks
    [43_200, '30d'],
    [20_160, '2w'],
  ])('%d minutes is written %s', (minutes, window) => expect(windowText(minutes)).toBe(window));

  test.each(['0m', '5', '1y', '-5m', '1.5h'])('refuses "%s"', (window) => expect(() => windowMinutes(window)).toThrow(RangeError));
});

describe('tierCanFire', () => {
  const [fastPage, slowPage, , slowTicket] = BURN_RATE_TIERS;
  test.each<[string, typeof fastPage, number, boolean]>([
    // 14.4 × 0.001 = 0.0144 < 1
    ['the fast page of 99.9 %', fastPage, 0.1, true],
    // 14.4 × 0.1 = 1.44: more than every request failing
    ['the fast page of 90 %', fastPage, 10, false],
    // 6 × 0.1 = 0.6
    ['the slow page of 90 %', slowPage, 10, true],
    // 14.4 × 0.0694 = 0.99936, just fires
    ['the fast page of a 6.94 % budget', fastPage, 6.94, true],
    // 6 × 1/6 = 1 exactly: only every request failing would reach it
    ['the slow page of a 16.666… % budget rounded up', slowPage, 16.67, false],
    // 1 × 1 = 1
    ['the slow ticket of a 100 % budget', slowTicket, 100, false],
  ])('%s: %s', (_, tier, percent, fires) => expect(tierCanFire(tier!, percent)).toBe(fires));
});
