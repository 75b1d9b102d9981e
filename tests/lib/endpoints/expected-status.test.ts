import { describe, expect, test } from 'vitest';
import { expectedStatusSchema, isExpectedStatus } from '../../../src/lib/endpoints/expected-status.ts';

describe('expectedStatusSchema', () => {
  test.each<[string, unknown, Array<{ from: number; to: number }>]>([
    ['a single code', [200], [{ from: 200, to: 200 }]],
    ['a class', ['2xx'], [{ from: 200, to: 299 }]],
    ['a range, both ends included', ['200-204'], [{ from: 200, to: 204 }]],
    ['a range of one code', ['304-304'], [{ from: 304, to: 304 }]],
    ['codes and classes mixed', [200, '4xx'], [{ from: 200, to: 200 }, { from: 400, to: 499 }]],
    ['a code written as text', ['304'], [{ from: 304, to: 304 }]],
    ['the lowest and highest codes', [100, 599], [{ from: 100, to: 100 }, { from: 599, to: 599 }]],
  ])('%s', (_, input, expected) => {
    expect(expectedStatusSchema.parse(input)).toEqual(expected);
  });

  test.each<[string, unknown, RegExp]>([
    ['an empty list', [], /at least one status/],
    ['a code below 100', [99], /100 to 599/],
    ['a code above 599', [600], /100 to 599/],
    ['a fractional code', [200.5], /from 100 to 599.*found 200\.5/],
    ['a range written backwards', ['299-200'], /lower end first.*"299-200"/],
    ['a class that does not exist', ['6xx'], /"6xx"/],
    ['a word', ['ok'], /"ok"/],
    ['neither a number nor a text', [true], /expected a status code/],
  ])('refuses %s', (_, input, message) => {
    const parsed = expectedStatusSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
  });
});

describe('isExpectedStatus', () => {
  const twoHundreds = expectedStatusSchema.parse(['2xx', 304]);
  test.each<[number, boolean]>([
    [199, false], // just below the class
    [200, true], // its lower end
    [299, true], // its upper end
    [300, false], // just above it
    [304, true], // a single code
    [500, false],
  ])('%i → %s', (code, expected) => {
    expect(isExpectedStatus(code, twoHundreds)).toBe(expected);
  });
});
