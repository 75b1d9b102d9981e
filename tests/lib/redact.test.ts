import { describe, expect, test } from 'vitest';
import { redact, REDACTED } from '../../src/lib/redact.ts';

describe('redact', () => {
  test.each<[string, string, string[], string]>([
    ['one secret, every occurrence', 'token abc and abc', ['abc'], `token ${REDACTED} and ${REDACTED}`],
    ['a secret inside a longer one', 'Bearer abc123', ['abc', 'Bearer abc123'], REDACTED],
    ['no secrets', 'plain text', [], 'plain text'],
    ['empty secrets are ignored', 'plain text', [''], 'plain text'],
    ['characters special to regular expressions', 'key a.b*c(d)', ['a.b*c(d)'], `key ${REDACTED}`],
  ])('%s', (_, text, secrets, expected) => {
    expect(redact(text, secrets)).toBe(expected);
  });
});
