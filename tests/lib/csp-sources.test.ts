import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { addPolicySources, sha256Source } from '../../src/lib/csp-sources.ts';

const PAGE = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-b='; style-src-attr 'unsafe-inline'"></head>`;

describe('addPolicySources', () => {
  test('adds a source to the named directive only', () => {
    const html = addPolicySources(PAGE, 'style-src', ["'sha256-c='"]);
    expect(html).toContain(`style-src 'self' 'sha256-b=' 'sha256-c='; style-src-attr 'unsafe-inline'`);
    expect(html).toContain(`script-src 'self' 'sha256-a=';`);
  });

  test('adds each source once', () => expect(addPolicySources(PAGE, 'style-src', ["'sha256-b='", "'sha256-c='", "'sha256-c='"]).match(/sha256-[bc]=/g)).toEqual(['sha256-b=', 'sha256-c=']));

  test('refuses a page without a policy, naming the page', () => expect(() => addPolicySources('<head></head>', 'style-src', ["'x'"], 'dist/a.html')).toThrow(/dist\/a\.html has no content-security-policy/));

  test('refuses a policy without the directive', () => expect(() => addPolicySources(PAGE, 'font-src', ["'x'"])).toThrow(/no font-src directive/));
});

test('sha256Source is the quoted base64 SHA-256 a policy lists', () => expect(sha256Source('a{}')).toBe(`'sha256-${createHash('sha256').update('a{}').digest('base64')}'`));
