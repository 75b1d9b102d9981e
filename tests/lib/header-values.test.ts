import { describe, expect, test } from 'vitest';
import { resolveHeaders } from '../../src/lib/header-values.ts';

const where = { file: 'src/content/projects/storefront.yaml', field: 'pages[1].headers' };

describe('resolveHeaders', () => {
  test.each<[string, Record<string, string>, Record<string, string>, Record<string, string>]>([
    ['a value from the environment', { Authorization: 'env:TOKEN' }, { TOKEN: 'Bearer s3cret' }, { Authorization: 'Bearer s3cret' }],
    ['a literal value', { 'X-Preview': 'on' }, {}, { 'X-Preview': 'on' }],
    ['no headers', {}, {}, {}],
  ])('%s', (_, headers, env, expected) => {
    const outcome = resolveHeaders(headers, env, where);
    expect(outcome.ok && outcome.headers).toEqual(expected);
  });

  test('only the values read from the environment are secrets', () => {
    const outcome = resolveHeaders({ A: 'env:TOKEN', B: 'literal' }, { TOKEN: 'from-env' }, where);
    expect(outcome.ok && outcome.secrets).toEqual(['from-env']);
  });

  test.each<[string, Record<string, string>, Record<string, string>, RegExp]>([
    ['a missing variable names the file, field and variable', { Authorization: 'env:STOREFRONT_TOKEN' }, {}, /^src\/content\/projects\/storefront.yaml: field `pages\[1\].headers.Authorization` reads the environment variable STOREFRONT_TOKEN, which is not set/],
    ['an empty variable counts as missing', { Authorization: 'env:T' }, { T: '' }, /T, which is not set/],
    ['a line break is refused', { Authorization: 'env:T' }, { T: 'abc\r\nX-Injected: 1' }, /line break/],
  ])('%s', (_, headers, env, message) => {
    const outcome = resolveHeaders(headers, env, where);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.join('\n')).toMatch(message);
  });

  test('a problem never shows the value', () => {
    const outcome = resolveHeaders({ Authorization: 'env:T' }, { T: 'secret\nvalue' }, where);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.join('\n')).toMatch(/line break/);
    expect(outcome.problems.join('\n')).not.toContain('secret');
  });
});
