import { describe, expect, test } from 'vitest';
import { decimal } from '../../../src/lib/slo/decimal.ts';
import { bucketMatcher, equalityMatchers, oneOfMatcher, promqlString, regexLiteral, selector } from '../../../src/lib/slo/promql.ts';

describe('promql', () => {
  test.each<[string, string]>([
    ['plain', '"plain"'],
    // a quote or a backslash never ends the string
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['line\nbreak', '"line\\nbreak"'],
  ])('promqlString(%j) is %s', (text, literal) => expect(promqlString(text)).toBe(literal));

  test('escapes what RE2 reads as operators', () => expect(regexLiteral('a.b|c(1)')).toBe('a\\.b\\|c\\(1\\)'));

  test.each<[string[], string]>([
    [['500'], 'code="500"'],
    [['500', '503'], 'code=~"500|503"'],
  ])('oneOfMatcher(%j)', (values, text) => expect(selector('m', [oneOfMatcher('code', values)])).toBe(`m{${text}}`));

  test.each<[string, string]>([
    // Go writes "1", Java and Python "1.0", and Prometheus 3 rewrites every le to the second form
    ['1', 'le=~"1|1\\\\.0"'],
    ['250', 'le=~"250|250\\\\.0"'],
    ['0.2', 'le="0.2"'],
  ])('the matcher of the bound %s is %s', (bound, text) => expect(selector('m_bucket', [bucketMatcher(decimal(bound))])).toBe(`m_bucket{${text}}`));

  test('a selector keeps the matchers in the order written; none is the bare metric', () => {
    expect(selector('up', equalityMatchers({ service: 'api', env: 'prod' }))).toBe('up{service="api",env="prod"}');
    expect(selector('up', [])).toBe('up');
  });
});
