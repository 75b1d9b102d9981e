import { describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/lib/security-headers.ts';

describe('securityHeaders', () => {
  test("a page's own policy is sent as a header too, with framing forbidden", () => {
    const html = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; "></head></html>`;
    expect(securityHeaders(html)).toEqual({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    });
  });

  test.each<[string, string | undefined]>([
    ['a page without a policy of its own', '<html><head><title>x</title></head></html>'],
    ['an answer that is not a page (a YAML or JSON file)', undefined],
  ])('%s is locked down: nothing runs, nothing loads', (_, html) => {
    expect(securityHeaders(html)['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test('a policy written with HTML entities is sent decoded', () => {
    const html = `<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`;
    expect(securityHeaders(html)['content-security-policy']).toBe("script-src 'self'; frame-ancestors 'none'");
  });
});
