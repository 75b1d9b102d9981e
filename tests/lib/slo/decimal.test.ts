import { describe, expect, test } from 'vitest';
import { add, compare, decimal, decimalNumber, decimalText, divide, isWhole, multiply, shift, subtract } from '../../../src/lib/slo/decimal.ts';

describe('decimal and decimalText', () => {
  test.each<[number | string, string]>([
    // a number's shortest text, never its binary expansion
    [0.1, '0.1'],
    [99.9, '99.9'],
    // trailing zeros go
    ['43.200', '43.2'],
    ['720.0', '720'],
    // what String(number) gives for small and large numbers
    [1e-7, '0.0000001'],
    [1.5e21, '1500000000000000000000'],
    // signs
    ['-0.5', '-0.5'],
    ['+3', '3'],
    // no leading digit
    ['.25', '0.25'],
  ])('%s reads as %s', (input, text) => expect(decimalText(decimal(input))).toBe(text));

  test.each(['', '.', 'abc', '1.2.3', '1e', '--1'])('refuses "%s"', (input) => expect(() => decimal(input)).toThrow(RangeError));
  test.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (input) => expect(() => decimal(input)).toThrow(RangeError));
});

describe('exact arithmetic', () => {
  test.each<[string, () => unknown, string]>([
    // the float answers are 0.09999999999999432 and 0.0010000000000000009
    ['100 − 99.9', () => subtract(100, 99.9), '0.1'],
    ['1 − 0.999', () => subtract(1, 0.999), '0.001'],
    ['0.1 + 0.2', () => add(0.1, 0.2), '0.3'],
    // 14.4 × 0.001 in floats is 0.014400000000000001
    ['14.4 × 0.001', () => multiply(14.4, 0.001), '0.0144'],
    ['6 × 0.0005', () => multiply(6, 0.0005), '0.003'],
    // a percentage as a ratio
    ['0.1 % as a ratio', () => shift(0.1, 2), '0.001'],
    ['0.05 % as a ratio', () => shift(0.05, 2), '0.0005'],
  ])('%s = %s', (_, compute, text) => expect(decimalText(compute() as ReturnType<typeof decimal>)).toBe(text));
});

describe('divide', () => {
  test.each<[number | string, number | string, number, string]>([
    // exact when the quotient ends: 30 days of minutes over an hour
    [43200, 60, 4, '720'],
    [43200, 1440, 4, '30'],
    // rounded half away from zero when it does not: 30 days over a week
    [43200, 10080, 4, '4.2857'],
    [2, 3, 2, '0.67'],
    [-2, 3, 2, '-0.67'],
    [1, 8, 2, '0.13'],
    [1, 8, 3, '0.125'],
    // dividing decimals by decimals
    [0.0144, 0.001, 4, '14.4'],
  ])('%s ÷ %s to %d places is %s', (a, b, places, text) => expect(decimalText(divide(a, b, places))).toBe(text));

  test('refuses a division by zero', () => expect(() => divide(1, 0, 2)).toThrow(RangeError));
});

describe('compare, isWhole, decimalNumber', () => {
  test.each<[string, string, number]>([
    ['0.0144', '0.0144000', 0],
    ['0.1', '0.09', 1],
    ['-1', '0', -1],
  ])('compare(%s, %s) is %d', (a, b, order) => expect(compare(a, b)).toBe(order));

  test('a whole number has no digits after the point', () => {
    expect(isWhole('250.0')).toBe(true);
    expect(isWhole('0.25')).toBe(false);
  });

  test('a decimal of up to 15 significant digits becomes the number whose text it is', () => {
    expect(String(decimalNumber(subtract(1, '0.0005')))).toBe('0.9995');
  });
});
