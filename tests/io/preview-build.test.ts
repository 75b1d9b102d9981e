import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildReason, outputTail, previewDist } from '../../src/io/preview-build.ts';

// When the preview needs a build, decided from file times in temp folders (the real build runs in
// the command test).
const work = mkdtempSync(join(tmpdir(), 'preview-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A root with one source file and, optionally, a build, each at a given time (ms since epoch). */
function rootWith(sourceAt: number, builtAt?: number): string {
  const root = mkdtempSync(join(work, 'root-'));
  mkdirSync(join(root, 'src/content'), { recursive: true });
  const source = join(root, 'src/content/page.mdx');
  writeFileSync(source, '# Page');
  utimesSync(source, new Date(sourceAt), new Date(sourceAt));
  if (builtAt !== undefined) {
    mkdirSync(previewDist(root), { recursive: true });
    const index = join(previewDist(root), 'index.html');
    writeFileSync(index, '<p>built</p>');
    utimesSync(index, new Date(builtAt), new Date(builtAt));
  }
  return root;
}

/** Far in the future: newer than anything in the working directory. */
const FUTURE = Date.parse('2100-01-01T00:00:00Z');

describe('buildReason', () => {
  test.each<[string, number, number | undefined, RegExp | undefined]>([
    ['no build at all', FUTURE, undefined, /no build yet/],
    ['a build older than a source', FUTURE + 1000, FUTURE, /sources changed/],
    ['a build newer than every source', FUTURE - 1000, FUTURE, undefined],
  ])('%s', (_, sourceAt, builtAt, expected) => {
    const root = rootWith(sourceAt, builtAt);
    const reason = buildReason(root, root);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });

  test('the working directory’s sources count too (the code lives there, the content may be a copy)', () => {
    const code = rootWith(FUTURE + 1000);
    const content = rootWith(FUTURE - 1000, FUTURE);
    expect(buildReason(content, code)).toMatch(/sources changed/);
  });
});

describe('outputTail', () => {
  test('keeps the last lines, without colour codes or blank lines', () => {
    const output = ['one', '', '\u001b[31mtwo\u001b[39m', 'three', ''].join('\n');
    expect(outputTail(output, 2)).toBe('two\nthree');
  });
});
