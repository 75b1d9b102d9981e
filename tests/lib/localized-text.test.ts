import { describe, expect, test } from 'vitest';
import { fillPlaceholders, textsOf } from '../../src/lib/localized-text.ts';

describe('fillPlaceholders', () => {
  test.each<[string, Record<string, string>, string]>([
    ['{count} runs', { count: '3' }, '3 runs'],
    ['{a} and {a}', { a: 'x' }, 'x and x'],
    // A value is text: a placeholder inside it is not filled again.
    ['{name}', { name: '{other}', other: 'no' }, '{other}'],
    // A missing value shows, rather than vanishing.
    ['target {target}', {}, 'target {target}'],
  ])('%j with %j → %j', (text, values, expected) => expect(fillPlaceholders(text, values)).toBe(expected));
});

test('textsOf looks the key up in the language asked for', () => {
  const text = textsOf({ greeting: { fr: 'Bonjour {who}', en: 'Hello {who}' } });
  expect(text('greeting', 'fr', { who: 'Ada' })).toBe('Bonjour Ada');
  expect(text('greeting', 'en', { who: 'Ada' })).toBe('Hello Ada');
});
