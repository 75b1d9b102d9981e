import { describe, expect, test } from 'vitest';
import { MAX_WINDOW_DAYS, readCalculatorFields, typedDecimal } from '../../../src/lib/slo/calculator-input.ts';
import { decimalText } from '../../../src/lib/slo/decimal.ts';

const fields = (objective: string, windowDays = '30', rate = '10') => ({ objective, windowDays, rate });

describe('typedDecimal', () => {
  test.each([
    // the decimal comma of French, and the point French readers type as well
    ['99,9', 'fr', '99.9'],
    ['99.9', 'fr', '99.9'],
    // thousands grouped by ordinary, no-break and narrow no-break spaces
    ['1 000', 'fr', '1000'],
    ['25\u00a0920\u202f000', 'fr', '25920000'],
    ['99.9', 'en', '99.9'],
    // thousands grouped by commas in English
    ['1,000', 'en', '1000'],
    ['25,920,000.5', 'en', '25920000.5'],
    // spaces around are not part of the number
    ['  30 ', 'en', '30'],
  ] as const)('"%s" in %s is %s', (text, locale, value) => expect(decimalText(typedDecimal(text, locale)!)).toBe(value));

  test.each([
    // a comma is no decimal point in English, and "99,9" is no grouping either
    ['99,9', 'en'],
    ['1,00', 'en'],
    // in French a comma is the decimal separator: two of them make no number
    ['1,000,000', 'fr'],
    ['', 'fr'],
    ['abc', 'en'],
    ['-5', 'en'],
    ['+5', 'fr'],
    // an exponent is what String(number) writes, not what a person types
    ['1e3', 'en'],
    ['NaN', 'en'],
    ['Infinity', 'fr'],
    ['.5', 'en'],
    ['5.', 'en'],
  ] as const)('"%s" in %s is no number', (text, locale) => expect(typedDecimal(text, locale)).toBeUndefined());
});

describe('readCalculatorFields', () => {
  test('reads the three fields as exact decimals and a whole window', () => {
    const reading = readCalculatorFields(fields('99,95', '28', '0,5'), 'fr');
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(decimalText(reading.input.objective)).toBe('99.95');
    expect(reading.input.windowDays).toBe(28);
    expect(decimalText(reading.input.rate)).toBe('0.5');
  });

  test.each([
    // the objective is strictly between 0 and 100: 100 leaves no budget, 0 is no objective
    ['100', '30', '10', ['objective']],
    ['0', '30', '10', ['objective']],
    ['100.5', '30', '10', ['objective']],
    ['', '30', '10', ['objective']],
    ['ninety', '30', '10', ['objective']],
    // a window is a whole number of days, from 1 to a leap year
    ['99.9', '30.5', '10', ['windowDays']],
    ['99.9', '0', '10', ['windowDays']],
    ['99.9', String(MAX_WINDOW_DAYS + 1), '10', ['windowDays']],
    ['99.9', '', '10', ['windowDays']],
    // traffic may be zero, never negative or missing
    ['99.9', '30', '-1', ['rate']],
    ['99.9', '30', '', ['rate']],
    // every field that cannot be read is named, in the form's order
    ['', 'x', '', ['objective', 'windowDays', 'rate']],
  ])('objective "%s", window "%s", traffic "%s": %j cannot be read', (objective, windowDays, rate, bad) => {
    expect(readCalculatorFields({ objective, windowDays, rate }, 'en')).toEqual({ ok: false, fields: bad });
  });

  test.each([
    // the edges that are allowed
    ['0.001', '1', '0'],
    ['99.9999', String(MAX_WINDOW_DAYS), '1000000'],
    // a window written with a trailing zero is still whole
    ['99.9', '30.0', '10'],
  ])('objective "%s", window "%s", traffic "%s" can be read', (objective, windowDays, rate) => expect(readCalculatorFields({ objective, windowDays, rate }, 'en').ok).toBe(true));
});
