import { describe, expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { decimal, subtract } from '../../../src/lib/slo/decimal.ts';
import { yamlDocument, yamlNumber, yamlStream, yamlString } from '../../../src/lib/slo/yaml-text.ts';

describe('yamlString', () => {
  test.each<[string, string]>([
    ['page', 'page'],
    ['slo:bad_events:ratio5m', 'slo:bad_events:ratio5m'],
    ['/en/projects/storefront/', '/en/projects/storefront/'],
    ['5m', '5m'],
    // words YAML 1.1 reads as booleans or null, numbers and dates are quoted
    ['yes', "'yes'"],
    ['off', "'off'"],
    ['null', "'null'"],
    ['0.999', "'0.999'"],
    ['1e3', "'1e3'"],
    ['2026-11-23', "'2026-11-23'"],
    // PromQL keeps its double quotes unescaped inside single quotes
    ['up{job="x"} > 0', `'up{job="x"} > 0'`],
    ["it's", "'it''s'"],
    // what single quotes cannot hold goes in double quotes with escapes
    ['two\nlines', '"two\\nlines"'],
    ['sep\u2028arator', '"sep\\u2028arator"'],
    ['', "''"],
  ])('%j is written %s', (text, written) => expect(yamlString(text)).toBe(written));

  test.each(['yes', 'on', '0.5', '2026-11-23', 'a: b', '- item', '# not a comment', 'say "hi"', "it's", 'tab\there', 'ends with:', '{braces}', '[list]', '&anchor', '*alias', '!tag', '%directive', '@at', '`tick`', '|pipe', '>fold', 'sep\u2028arator', '\u0085next line'])(
    '%j reads back as itself',
    (text) => expect(parse(`key: ${yamlString(text)}\n`)).toEqual({ key: text }),
  );
});

describe('yamlDocument and yamlStream', () => {
  test('writes numbers from their exact decimal text', () => {
    const text = yamlDocument({ target: yamlNumber(subtract(1, decimal('0.001'))), threshold: yamlNumber(decimal('14.4')), count: yamlNumber(3) });
    expect(text).toBe('target: 0.999\nthreshold: 14.4\ncount: 3\n');
  });

  test('refuses a float, whose text may not be the decimal meant', () => expect(() => yamlNumber(0.1)).toThrow(RangeError));

  test('nests maps and lists in block style, skips undefined, writes empty ones inline', () => {
    const text = yamlDocument({ groups: [{ name: 'a', rules: [{ record: 'r', labels: { slo: 'x' } }], skipped: undefined }], empty: [], none: {}, flag: true }, ['header', '']);
    expect(text).toBe('# header\n#\ngroups:\n  - name: a\n    rules:\n      - record: r\n        labels:\n          slo: x\nempty: []\nnone: {}\nflag: true\n');
    expect(parse(text)).toEqual({ groups: [{ name: 'a', rules: [{ record: 'r', labels: { slo: 'x' } }] }], empty: [], none: {}, flag: true });
  });

  test('a stream begins each document with ---', () => {
    const text = yamlStream([{ kind: 'A' }, { kind: 'B' }], ['two documents']);
    expect(text).toBe('# two documents\n---\nkind: A\n---\nkind: B\n');
    expect(parseAllDocuments(text).map((document) => document.toJS())).toEqual([{ kind: 'A' }, { kind: 'B' }]);
  });
});
