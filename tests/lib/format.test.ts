import { describe, expect, test } from 'vitest';
import { formatMinutes, formatMs, formatThreshold, formatValue } from '../../src/lib/format.ts';

const nb = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatMs', () => {
  test.each([
    [200, 'fr', '200 ms'],
    [1000, 'fr', '1 s'],
    [2000, 'en', '2 s'],
    [1500, 'en', '1,500 ms'],
    [1500, 'fr', '1 500 ms'],
    [12.34, 'en', '12.3 ms'],
    [12.34, 'fr', '12,3 ms'],
  ] as const)('%d ms in %s → %s', (value, locale, text) => expect(nb(formatMs(value, locale))).toBe(text));
});

describe('formatThreshold and formatValue', () => {
  test.each([
    ['lt', 200, 'ms', 'en', '< 200 ms'],
    ['gt', 1, 'percent', 'en', '> 1%'],
    ['gt', 1, 'percent', 'fr', '> 1 %'],
    ['gt', 10, 'percent-per-hour', 'en', '> 10%/hour'],
    ['gt', 80, 'percent-of-pool', 'fr', '> 80 % du pool'],
    ['lt', 10, 'pending-requests', 'en', '< 10 pending requests'],
  ] as const)('%s %d %s (%s) → %s', (comparison, value, unit, locale, text) => expect(nb(formatThreshold(comparison, value, unit, locale))).toBe(text));

  test('refuses an unknown unit', () => expect(() => formatValue(1, 'furlongs', 'en')).toThrow(/unknown unit/));
});

describe('formatMinutes', () => {
  test.each([
    [5, 'en', '5 min'],
    [120, 'fr', '2 h'],
    [90, 'en', '90 min'],
  ] as const)('%d → %s', (minutes, locale, text) => expect(nb(formatMinutes(minutes, locale))).toBe(text));
});
