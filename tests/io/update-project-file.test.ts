import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { updateProjectFile } from '../../src/io/update-project-file.ts';
import { ContentError } from '../../src/lib/friendly-errors.ts';

// Real files: each case edits a copy of the storefront example (comments, waivers, records) in a
// temp root of its own, as the checklist command and the save endpoint do.
const REPO = resolve(import.meta.dirname, '../..');
const STOREFRONT = readFileSync(join(REPO, 'src/content/projects/storefront.yaml'), 'utf8');
/** The line of the storefront file that holds `needle`, counted from 1 as editors do. */
const lineOf = (needle: string) => STOREFRONT.split('\n').findIndex((line) => line.includes(needle)) + 1;
const work = mkdtempSync(join(tmpdir(), 'update-project-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A root holding a copy of the storefront project file; returns the root and the file's path. */
function storefrontCopy(): { root: string; path: string } {
  const root = mkdtempSync(join(work, 'root-'));
  mkdirSync(join(root, 'src/content/projects'), { recursive: true });
  const path = join(root, 'src/content/projects/storefront.yaml');
  cpSync(join(REPO, 'src/content/projects/storefront.yaml'), path);
  return { root, path };
}

/** Replaces `from` (which must be in the text) by `to`: an edit as the YAML editors make them. */
const replacing = (from: string, to: string) => (text: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

describe('an edit that makes the file invalid never lands', () => {
  test.each<[string, (text: string) => string, RegExp]>([
    ['a field given a value its schema refuses', replacing('url: https://shop.example.com/\n', 'url: "javascript:alert(1)"\n'), /: field `pages\[0\]\.url` is "javascript:alert\(1\)": expected an absolute http:\/\/ or https:\/\/ URL/],
    ['an item given a state that does not exist', replacing('  load-smoke:\n    state: done', '  load-smoke:\n    state: finished'), /: field `items\.load-smoke\.state` is "finished": expected one of/],
    ['a waiver that loses its reason', replacing('    reason: Reports are produced by the data warehouse, not by this application.\n', ''), /: field `items\.heavy-queries-native-sql\.reason` is nothing/],
    // Named, never shown: the value may be a secret.
    ['a credential header written literally', replacing('Authorization: env:STOREFRONT_PREVIEW_TOKEN', 'Authorization: Bearer s3cr3t-literal'), /: field `pages\[1\]\.headers\.Authorization` is a value \(not shown: it may be a secret\): expected env:NAME/],
    // No field to name in text that does not parse: the line and column of the edit instead.
    ['a field whose new text is no longer YAML', replacing('note: Product listing now loads variants in one batched query.', 'note: a: b'), new RegExp(`: YAML syntax error at line ${lineOf('note: Product listing')}, column 11: Nested mappings are not allowed`)],
  ])('%s: the file stays byte for byte as it was, and the error names the file and the field', (_, edit, message) => {
    const { root, path } = storefrontCopy();
    const before = readFileSync(path);
    const modified = statSync(path).mtimeMs;
    let thrown: unknown;
    try {
      updateProjectFile('storefront', edit, root);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const text = (thrown as ContentError).message;
    expect(text.startsWith(`${path}: `), text).toBe(true);
    expect(text).toMatch(message);
    expect(text).not.toContain('s3cr3t-literal');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(modified);
    expect(readdirSync(join(root, 'src/content/projects'))).toEqual(['storefront.yaml']); // no temp file left
  });
});

describe('an edit that keeps the file valid', () => {
  test('replaces the file with the edited text and returns the project it now holds', () => {
    const { root, path } = storefrontCopy();
    const before = readFileSync(path, 'utf8');
    const seen: string[] = [];
    const result = updateProjectFile(
      'storefront',
      (text, file) => {
        seen.push(text, file);
        return text.replace('  load-smoke:\n    state: done', '  load-smoke:\n    state: todo');
      },
      root,
    );
    expect(seen).toEqual([before, path]); // the edit gets the file's text and the name errors use
    expect(readFileSync(path, 'utf8')).toBe(before.replace('  load-smoke:\n    state: done', '  load-smoke:\n    state: todo'));
    expect(result.file).toBe(path);
    expect(result.project.items['load-smoke']).toMatchObject({ state: 'todo' });
    expect(readdirSync(join(root, 'src/content/projects'))).toEqual(['storefront.yaml']);
  });
});
