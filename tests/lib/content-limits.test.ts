import { describe, expect, test } from 'vitest';
import { formatBytes, lengthProblem, MAX_CONTENT_FILE_BYTES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_URL_LENGTH, type LengthLimit } from '../../src/lib/content-limits.ts';

describe('lengthProblem', () => {
  test.each<[string, string, LengthLimit, string | undefined]>([
    ['a text at its limit fits', 'x'.repeat(MAX_TEXT_LENGTH), 'MAX_TEXT_LENGTH', undefined],
    ['an empty text fits', '', 'MAX_NAME_LENGTH', undefined],
    ['one character over', 'x'.repeat(MAX_TEXT_LENGTH + 1), 'MAX_TEXT_LENGTH', '--note is 2,001 characters long: expected at most 2,000 (MAX_TEXT_LENGTH); shorten it, and put the rest in a linked document'],
    ['a name over its line', 'x'.repeat(MAX_NAME_LENGTH + 1), 'MAX_NAME_LENGTH', '--note is 201 characters long: expected at most 200 (MAX_NAME_LENGTH); shorten it, and put the rest in a linked document'],
    ['a URL over its limit', 'x'.repeat(MAX_URL_LENGTH + 1), 'MAX_URL_LENGTH', '--note is 2,049 characters long: expected at most 2,048 (MAX_URL_LENGTH); shorten it, and put the rest in a linked document'],
  ])('%s', (_, text, limit, problem) => expect(lengthProblem('--note', text, limit)).toBe(problem));
});

describe('formatBytes', () => {
  test.each<[number, string]>([
    [512, '512 bytes'],
    [8 * 1024, '8 KiB'],
    [1536, '1.5 KiB'],
    [MAX_CONTENT_FILE_BYTES, '1 MiB'],
    [20 * 1024 * 1024 + 1000, '20.0 MiB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
