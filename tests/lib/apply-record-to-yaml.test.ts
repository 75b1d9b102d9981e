import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { applyRecordToYaml } from '../../src/lib/apply-record-to-yaml.ts';

const FILE = `# Shop project: keep this comment
name: Shop # inline comment stays too
description: A shop.
owner:
  name: Team
records:
  # from the APM
  api-p95:
    value: 240
    source: APM
    at: 2026-11-20T09:00:00Z
`;
const FIGURE = { value: 180, source: 'APM, 7-day P95', at: '2026-11-23T10:00:00.000Z', by: 'Ada' };

describe('applyRecordToYaml', () => {
  test('replaces the figure of a target, keeping comments', () => {
    const text = applyRecordToYaml(FILE, 'api-p95', FIGURE);
    expect(text).toContain('# Shop project: keep this comment');
    expect(text).toContain('# inline comment stays too');
    expect(text).toContain('# from the APM');
    expect(parse(text).records['api-p95']).toEqual(FIGURE);
  });

  test('adds a target after the ones already there', () => {
    const text = applyRecordToYaml(FILE, 'db-heavy-report', { value: 3200, source: 'pg', at: '2026-11-23T10:00:00.000Z' });
    const data = parse(text);
    expect(Object.keys(data.records)).toEqual(['api-p95', 'db-heavy-report']);
    expect(data.records['db-heavy-report']).toEqual({ value: 3200, source: 'pg', at: '2026-11-23T10:00:00.000Z' });
  });

  test('creates the records section when the file has none', () => {
    const text = applyRecordToYaml('name: Shop\n', 'api-p50', FIGURE);
    expect(text.startsWith('name: Shop\nrecords:\n  api-p50:\n')).toBe(true);
  });

  test('leaves the rest of the file byte for byte', () => {
    const text = applyRecordToYaml(FILE, 'api-p95', FIGURE);
    expect(text.slice(0, FILE.indexOf('records:'))).toBe(FILE.slice(0, FILE.indexOf('records:')));
  });

  test('refuses text that is not YAML', () => {
    expect(() => applyRecordToYaml('a: [1, 2', 'api-p95', FIGURE)).toThrow(/not valid YAML/);
  });

  test('replacing an anchored figure keeps the one that repeats it through an alias, and the comments', () => {
    const aliased = `${FILE.replace('  api-p95:\n', '  api-p95: &apm\n')}  api-p50: *apm # same figure\n`;
    const text = applyRecordToYaml(aliased, 'api-p95', FIGURE);
    const data = parse(text);
    expect(data.records['api-p95']).toEqual(FIGURE);
    expect(data.records['api-p50']).toEqual({ value: 240, source: 'APM', at: '2026-11-20T09:00:00Z' });
    expect(text).toContain('# from the APM');
    expect(text).toContain('# same figure');
  });
});
