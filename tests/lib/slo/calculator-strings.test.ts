import { describe, expect, test } from 'vitest';
import { CALCULATOR_STRING_KEYS, calculatorText } from '../../../src/lib/slo/calculator-strings.ts';

/** The placeholders a text names, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('calculatorText', () => {
  test.each([
    ['objective', 'fr', {}, 'Objectif (%)'],
    ['objective', 'en', {}, 'Objective (%)'],
    ['badWindow', 'en', { max: '366' }, 'Window: enter a whole number of days from 1 to 366, such as 30.'],
    // a placeholder without a value stays as it is
    ['rateValue', 'fr', {}, '{rate}x'],
  ] as const)('%s in %s with %o → %s', (key, locale, values, text) => expect(calculatorText(key, locale, values)).toBe(text));

  test.each(CALCULATOR_STRING_KEYS)('%s has a text in both languages, with the same placeholders', (key) => {
    expect(calculatorText(key, 'fr').trim()).not.toBe('');
    expect(calculatorText(key, 'en').trim()).not.toBe('');
    expect(placeholders(calculatorText(key, 'fr'))).toEqual(placeholders(calculatorText(key, 'en')));
  });
});
