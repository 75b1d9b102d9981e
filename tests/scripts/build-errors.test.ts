import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// Each case breaks one content file in a copy of src/content and runs the real Astro build on it
// (PERF_HANDBOOK_ROOT points the build at the copy). The build must fail and name the file and field.
const work = mkdtempSync(join(tmpdir(), 'perf-handbook-build-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the content, applies `edit` to one file, builds, and returns the exit status and output. */
function buildWith(file: string, edit: (text: string) => string) {
  const root = mkdtempSync(join(work, 'case-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  const path = join(root, 'src/content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(root, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, PERF_HANDBOOK_ROOT: root, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken content file fails the build with its file and field named', () => {
  test.each<[string, string, (text: string) => string, RegExp[]]>([
    ['a page URL that is not http(s)', 'projects/storefront.yaml', (t) => t.replace('url: https://shop.example.com/\n', 'url: javascript:alert(1)\n'), [/src\/content\/projects\/storefront\.yaml/, /`pages\[0\]\.url` is "javascript:alert\(1\)"/, /http/]],
    ['a target value that is not a number', 'data/targets.yaml', (t) => t.replace(/(id: ttfb\n(?:.*\n)*?  value: )200/, '$1fast'), [/src\/content\/data\/targets\.yaml/, /`\[8\]\.value` is "fast": expected number/]],
    ['a waiver without a reason', 'projects/storefront.yaml', (t) => t.replace(/    reason: Reports are produced.*\n/, ''), [/storefront\.yaml/, /`items\.heavy-queries-native-sql\.reason`/]],
    ['a checklist item naming a pattern that does not exist', 'checklists/performance.yaml', (t) => t.replace('patterns: [n-plus-one]', 'patterns: [n-plus-two]'), [/src\/content\/checklists\/performance\.yaml/, /`items\[1\]\.patterns\[0\]` is "n-plus-two": expected the id of an existing pattern/]],
    ['a YAML syntax error', 'checklists/monitoring.yaml', (t) => t.replace('order: 4', 'order: [4'), [/src\/content\/checklists\/monitoring\.yaml: YAML syntax error at line \d+/]],
    ['a project file over the size limit', 'projects/storefront.yaml', (t) => t.replace('note: Product listing', `note: ${'x'.repeat(2 * 1024 * 1024)} Product listing`), [/src\/content\/projects\/storefront\.yaml: is 2\.0 MiB, over the 1 MiB a content file can take \(MAX_CONTENT_FILE_BYTES\)/]],
    ['a note over its length limit', 'projects/storefront.yaml', (t) => t.replace('note: Product listing', `note: ${'x'.repeat(2000)} Product listing`), [/storefront\.yaml: field `items\.no-n-plus-one\.note` is "x+\.\.\.": expected at most 2,000 characters \(MAX_TEXT_LENGTH\)/]],
    ['an audit figure that is not a number', 'audits/storefront/2026-11-20.yaml', (t) => t.replace('errorRatePercent: 6.2', 'errorRatePercent: lots'), [/src\/content\/audits\/storefront\/2026-11-20\.yaml:\d+: schema: field `loadTests\.runs\[2\]\.errorRatePercent` is "lots": expected a percentage from 0 to 100/]],
    // yaml's own guard threw a bare ReferenceError with no file named
    ['a YAML alias bomb', 'projects/storefront.yaml', (t) => `${t}a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`, [/src\/content\/projects\/storefront\.yaml: its aliases \(\*name\) would expand to more than 100 copies/]],
  ])('%s', (_, file, edit, messages) => {
    const { status, output } = buildWith(file, edit);
    expect(status).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
  });
});
