import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CHROME_FLAGS, chromeFlags, findChrome } from '../../src/io/find-chrome.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';

const work = mkdtempSync(join(tmpdir(), 'find-chrome-'));
chmodSync(work, 0o777); // the unprivileged user below keeps its Chrome profile here
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** The project's Node running TypeScript through tsx, as the commands run. */
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
/** The unprivileged user of Debian and most Linux systems. */
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const chrome = findChrome();

/** Runs the system Chrome once, as `uid`, on a page that says "ok"; returns whether it rendered it, and its last error line. */
function renderAs(uid: number, flags: string[]): { rendered: boolean; error: string } {
  const profile = mkdtempSync(join(work, 'profile-'));
  chmodSync(profile, 0o777);
  const run = spawnSync(chrome!, [...flags, `--user-data-dir=${profile}`, '--dump-dom', 'data:text/html,<p>ok</p>'], { uid, gid: uid, env: { ...process.env, HOME: profile }, encoding: 'utf8', timeout: 60_000 });
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  return { rendered: run.status === 0 && run.stdout.includes('<p>ok</p>'), error: lines.at(-1) ?? '' };
}

describe('chromeFlags', () => {
  test.each<[string, boolean, boolean]>([
    ['as root, Chrome must go without its sandbox', true, true],
    ['as any other user, the sandbox stays', false, false],
  ])('%s', (_, asRoot, noSandbox) => {
    expect(chromeFlags(asRoot).includes('--no-sandbox')).toBe(noSandbox);
    expect(chromeFlags(asRoot)).toContain('--headless=new');
  });

  test('CHROME_FLAGS are those of the user running this process', () => {
    expect(CHROME_FLAGS).toEqual(chromeFlags(isRoot));
  });
});

describe.skipIf(skipWithout(isRoot && chrome !== undefined, 'root (to switch to an unprivileged user) and a Chromium'))('the real Chrome, as root and as an unprivileged user (needs root to switch users)', () => {
  test('an unprivileged process picks flags without --no-sandbox, and Chrome renders with them, sandboxed', () => {
    const printed = spawnSync(NODE, ['--import', 'tsx', 'tests/fixtures/print-chrome-flags.ts'], { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: work, TMPDIR: work }, encoding: 'utf8', timeout: 60_000 });
    expect(printed.status, printed.stderr).toBe(0);
    const flags = JSON.parse(printed.stdout) as string[];
    expect(flags).not.toContain('--no-sandbox');
    const run = renderAs(NOBODY, flags);
    expect(run.rendered, run.error).toBe(true);
  });

  test('as root Chrome needs --no-sandbox: without it, it refuses to start', () => {
    expect(renderAs(0, CHROME_FLAGS).rendered).toBe(true);
    const refused = renderAs(0, CHROME_FLAGS.filter((flag) => flag !== '--no-sandbox'));
    expect(refused.rendered).toBe(false);
    expect(refused.error).toMatch(/no-sandbox/);
  });
});
