import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseYaml, readYamlFile, readYamlFolder } from '../../src/io/read-yaml.ts';
import { MAX_CONTENT_FILE_BYTES } from '../../src/lib/content-limits.ts';
import { ContentError } from '../../src/lib/friendly-errors.ts';

const FILE = 'src/content/projects/shop.yaml';
/** A "billion laughs": each level repeats the one before nine times, 9^depth strings in all. */
const laughs = (depth: number) =>
  ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: depth - 1 }, (_, i) => {
    const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  })].join('\n');

/** The ContentError parseYaml throws, or fails the test. */
function refusal(text: string): ContentError {
  try {
    parseYaml(text, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected parseYaml to refuse the text');
}

describe('parseYaml', () => {
  test.each<[string, string, RegExp]>([
    // yaml's guard threw a bare ReferenceError from toJS, with no file named
    ['an alias bomb', laughs(9), /^src\/content\/projects\/shop\.yaml: its aliases \(\*name\) would expand to more than 100 copies of anchored values \(&name\) \(MAX_YAML_ALIAS_COUNT\), the shape of a "billion laughs" attack.*Write the values out instead/],
    ['a smaller bomb, still past the guard', laughs(4), /shop\.yaml: its aliases .* "billion laughs"/],
    ['an alias with no anchor', 'a: *nowhere\n', /^src\/content\/projects\/shop\.yaml: the alias \*nowhere has no anchor &nowhere before it\. Put the anchor/],
    ['an alias before its anchor', 'a: *x\nb: &x 1\n', /shop\.yaml: the alias \*x has no anchor &x before it/],
  ])('refuses %s with one paragraph naming the file', (_, text, message) => {
    const error = refusal(text);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(message);
    expect(error.problems[0]).not.toContain('\n');
  });

  test('reads the aliases a person writes', () => {
    expect(parseYaml('a: &x { state: done }\nb: *x\n', FILE)).toEqual({ a: { state: 'done' }, b: { state: 'done' } });
  });
});

describe('readYamlFile', () => {
  const work = mkdtempSync(join(tmpdir(), 'read-yaml-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const anything = z.record(z.string(), z.unknown());

  test('refuses a file over MAX_CONTENT_FILE_BYTES before parsing it, naming the file and the limit', () => {
    const path = join(work, 'huge.yaml');
    // Not even YAML: had it been parsed, the message would be a syntax error.
    writeFileSync(path, `note: [${'x'.repeat(MAX_CONTENT_FILE_BYTES)}`);
    expect(() => readYamlFile(path, anything)).toThrow(/huge\.yaml: is 1\.0 MiB, over the 1 MiB a content file can take \(MAX_CONTENT_FILE_BYTES\), so it was not read/);
  });

  test('reads a file exactly at the limit', () => {
    const path = join(work, 'at-limit.yaml');
    const head = 'note: ';
    writeFileSync(path, `${head}${'x'.repeat(MAX_CONTENT_FILE_BYTES - head.length)}`);
    expect(readYamlFile(path, anything).note).toHaveLength(MAX_CONTENT_FILE_BYTES - head.length);
  });
});

describe('readYamlFolder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'read-yaml-folder-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('a file whose name is not an id is refused by name, and the good ones are still checked', () => {
    writeFileSync(join(folder, 'shop.yaml'), 'note: fine\n');
    writeFileSync(join(folder, 'x"><img src=x onerror=alert(1)>.yaml'), 'note: hostile\n');
    writeFileSync(join(folder, 'Shop Front.yaml'), 'note: spaced\n');
    let error: unknown;
    try {
      readYamlFolder(folder, z.object({ note: z.string() }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/the file name "Shop Front" is not an id: expected lower-case letters, digits and single hyphens/);
    expect(problems.join('\n')).toMatch(/the file name "x\\"><img src=x onerror=alert\(1\)>" is not an id/);
  });

  test('files named as ids are read, keyed by their name', () => {
    const clean = mkdtempSync(join(folder, 'clean-'));
    writeFileSync(join(clean, 'shop-front.yaml'), 'note: fine\n');
    expect([...readYamlFolder(clean, z.object({ note: z.string() })).keys()]).toEqual(['shop-front']);
  });
});

describe('parseYaml on a syntax error', () => {
  test('names the file, the line and the column once, then what is wrong', () => {
    let error: unknown;
    try {
      parseYaml('a: 1\n  b: 2\n', FILE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems[0]).toBe(`${FILE}: YAML syntax error at line 1, column 4: Nested mappings are not allowed in compact mappings.`);
  });
});
