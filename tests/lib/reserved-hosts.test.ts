import { describe, expect, test } from 'vitest';
import { isDocumentationHost, isDocumentationUrl } from '../../src/lib/reserved-hosts.ts';

describe('isDocumentationHost', () => {
  test.each<[string, boolean]>([
    ['example.com', true],
    ['shop.example.com', true],
    ['EXAMPLE.ORG', true],
    ['api.example.net.', true],
    ['my.site.example', true],
    ['nothing.invalid', true],
    ['example.com.evil.org', false], // only the reserved suffix counts
    ['notexample.com', false],
    ['localhost', false], // local servers are real pages
    ['perf.test', false], // .test is used by local setups
    ['127.0.0.1', false],
  ])('%s → %s', (host, expected) => {
    expect(isDocumentationHost(host)).toBe(expected);
  });

  test('a URL that does not parse is not an example', () => {
    expect(isDocumentationUrl('not a url')).toBe(false);
    expect(isDocumentationUrl('https://shop.example.com/cart')).toBe(true);
  });
});
