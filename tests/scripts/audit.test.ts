import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { auditLoader } from '../../src/io/audits/audit-loader.ts';
import { auditSchema } from '../../src/lib/audits/audit-schema.ts';
import { isPlaceholder } from '../../src/lib/audits/placeholder.ts';
import { ContentError } from '../../src/lib/friendly-errors.ts';
import { parse } from 'yaml';
import { sampleDocument } from '../fixtures/sample-result.ts';

// Runs the real `audit` command on copies of the handbook's content: PERF_HANDBOOK_ROOT points each
// run at a fresh copy, and PERF_HANDBOOK_NOW fixes the day an audit is filed under.
const REPO = resolve(import.meta.dirname, '../..');
const SCRIPT = join(REPO, 'scripts/audit.ts');
/** tsx's loader by its path: the command runs in the copy, where `tsx` alone would not resolve. */
const TSX = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
const NOW = '2026-11-23T12:00:00.000Z';
const EXAMPLE = 'src/content/audits/storefront/2026-11-20.yaml';
const work = mkdtempSync(join(tmpdir(), 'perf-handbook-audit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the content the command reads, without results; returns its root. */
function freshRoot(): string {
  const root = mkdtempSync(join(work, 'root-'));
  for (const folder of ['projects', 'checklists', 'data', 'patterns', 'audits']) cpSync(join(REPO, 'src/content', folder), join(root, 'src/content', folder), { recursive: true });
  return root;
}

/** Runs `npm run audit -- <args>` in a root, the way a person would there, with no colours. */
function audit(root: string, ...args: string[]) {
  return auditAt(NOW, root, ...args);
}

/** Runs the command with the clock at `now`. */
function auditAt(now: string, root: string, ...args: string[]) {
  // `node --import tsx` runs the TypeScript in one process (the tsx binary would start a second).
  const result = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PERF_HANDBOOK_ROOT: root, PERF_HANDBOOK_NOW: now, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The audit files under a root, as <project>/<file>. */
function listAudits(root: string): string[] {
  const folder = join(root, 'src/content/audits');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')).sort();
}

/** Writes the sample run as the project's latest result. */
function writeResult(root: string, projectId: string): void {
  const document = sampleDocument();
  document.projects[0]!.id = projectId;
  mkdirSync(join(root, 'src/content/results'), { recursive: true });
  writeFileSync(join(root, 'src/content/results', `${projectId}.json`), JSON.stringify(document));
}

describe('new', () => {
  test('writes today\'s audit pre-filled from the latest result and the recorded figures, which check then accepts', () => {
    const root = freshRoot();
    writeResult(root, 'storefront');
    const run = audit(root, 'new', 'storefront');
    expect(run.status, run.stderr).toBe(0);
    const file = 'src/content/audits/storefront/2026-11-23.yaml';
    expect(run.stdout).toMatch(new RegExp(`^Wrote ${file.replace(/\./g, '\\.')}: the audit of storefront for 2026-11-23, every section a draft, \\d+ places marked "TODO:" to fill in\\.`));
    expect(run.stdout).toContain('Baseline from the result of 2026-11-23T10:00:00.000Z and the recorded figures.');
    const text = readFileSync(join(root, file), 'utf8');
    const written = auditSchema.parse(parse(text));
    // The slow page's TTFB (352 ms) misses the project's 300 ms override; the recorded P95 misses 200 ms.
    expect(written.baseline.rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ metric: 'ttfb', subject: 'Slow | first byte', current: 352, target: 300 }),
      expect.objectContaining({ metric: 'api-p95', current: 240, target: 200 }),
    ]));
    expect(written.plan.actions.map((action) => action.id)).toEqual(expect.arrayContaining(['ttfb-caching', 'ttfb-cdn-static-assets', 'api-p95-indexes', 'api-p95-n-plus-one']));
    expect(written.loadTests.runs.map((run) => run.scenario)).toEqual(['smoke', 'load', 'stress', 'spike', 'soak']);
    expect(isPlaceholder(written.capacity.loadRps)).toBe(true);
    const check = audit(root, 'check', 'storefront');
    expect(check.status, check.stdout).toBe(0);
    expect(check.stderr).toMatch(/2 audits checked: no finding\. 7 sections still draft/);
  });

  test('refuses to overwrite an audit: exit 2 naming the file, which stays byte for byte as it was', () => {
    const root = freshRoot();
    const path = join(root, EXAMPLE);
    const before = readFileSync(path);
    // The example's day: its audit exists.
    const again = auditAt('2026-11-20T08:00:00Z', root, 'new', 'storefront');
    expect(again.status).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`audit: ${EXAMPLE} already exists: an audit is never overwritten, so nothing was written.`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test('an unknown project is a usage error with the nearest id, and nothing is written', () => {
    const root = freshRoot();
    const run = audit(root, 'new', 'storefrnt');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/audit: unknown project "storefrnt": did you mean "storefront"\?\nUsage: npm run audit -- new <project>/);
    expect(listAudits(root)).toEqual(['handbook/2026-12-01.yaml', 'storefront/2026-11-20.yaml']);
  });
});

describe('check', () => {
  test('passes the worked example and the handbook\'s own draft: nothing on stdout, exit 0', () => {
    const root = freshRoot();
    const run = audit(root, 'check');
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('2 audits checked: no finding. 7 sections still draft: only their ids are checked until they are marked complete.\n');
    expect(audit(root, 'check', 'storefront').stderr).toBe('1 audit checked: no finding.\n');
  });

  test('fails a broken copy with file:line: rule: message for each breach, exit 1', () => {
    const root = freshRoot();
    const path = join(root, EXAMPLE);
    const text = readFileSync(path, 'utf8')
      .replace('pattern: compression\n      effort: 1 h', 'pattern: compresion\n      effort: 1 h')
      .replace('priority: P2', 'priority: P0')
      .replace('loadSource: APM, the busiest hour of the last 30 days', 'loadSource: "TODO: where from"');
    writeFileSync(path, text);
    const lines = text.split('\n');
    const line = (needle: string) => lines.findIndex((entry) => entry.includes(needle)) + 1;
    const run = audit(root, 'check', 'storefront');
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${EXAMPLE}:${line('pattern: compresion')}: unknown-id: \`plan.actions[1].pattern\` names "compresion", which is no pattern: did you mean "compression"?`,
      `${EXAMPLE}:${lines.findIndex((entry, at) => at > line('id: trim-payload') && entry.includes('priority: P0')) + 1}: plan-order: action "trim-payload" (P0) comes after "pool-size" (P1): list quick wins first, every P0, then P1, then P2 (the method: "quick wins mesurables > refactoring profond > micro-optimisations")`,
      `${EXAMPLE}:${line('loadSource:')}: placeholder: \`capacity.loadSource\` is still a placeholder ("TODO: where from") in a section marked complete: fill it in, or set \`capacity.status\` back to draft`,
    ]);
    expect(run.stderr).toBe('1 audit checked: 3 findings in 1 file.\n');
  });

  test('an invalid audit is a finding at its line, and so is one out of place', () => {
    const root = freshRoot();
    writeFileSync(join(root, EXAMPLE), readFileSync(join(root, EXAMPLE), 'utf8').replace('effort: 30 min', 'effort: half an hour'));
    mkdirSync(join(root, 'src/content/audits/shop'));
    writeFileSync(join(root, 'src/content/audits/shop/2026-11-20.yaml'), 'schemaVersion: 1\n');
    const run = audit(root, 'check');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^src\/content\/audits\/shop\/2026-11-20\.yaml:1: file-name: the folder "shop" names no project/m);
    expect(run.stdout).toMatch(/^src\/content\/audits\/storefront\/2026-11-20\.yaml:\d+: schema: field `plan\.actions\[0\]\.effort` is "half an hour": expected an effort/m);
  });

  test.each<[string, string[], number, RegExp]>([
    ['an unknown project', ['check', 'nope'], 2, /audit: unknown project "nope": the projects are "handbook", "storefront"\nUsage: npm run audit -- check \[<project>\]/],
    ['an unknown option, named', ['check', '--fix'], 2, /audit: unknown option "--fix": check takes no options/],
  ])('%s is bad usage: exit 2', (_, args, status, message) => {
    const run = audit(freshRoot(), ...args);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
  });

  test('--help lists the rules and the exit statuses', () => {
    const run = audit(freshRoot(), 'check', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/USAGE npm run audit -- check/);
    for (const rule of ['gain-quantified', 'same-metric', 'plan-order', 'unknown-id', 'placeholder']) expect(run.stdout).toMatch(new RegExp(`^  ${rule} +\\S`, 'm'));
    expect(run.stdout).toMatch(/  1  a finding/);
  });
});

describe('the build\'s reader (the audits collection\'s loader)', () => {
  /** Runs the loader as Astro would, into a plain store. */
  async function load(root: string) {
    const entries = new Map<string, { data: Record<string, unknown>; body?: string }>();
    const store = { clear: () => entries.clear(), set: (entry: { id: string; data: Record<string, unknown>; body?: string }) => (entries.set(entry.id, entry), true) };
    await auditLoader(root).load({ store, generateDigest: (text: unknown) => String(String(text).length) } as never);
    return entries;
  }

  test('stores each audit under <project>/<day>, with its text', async () => {
    const entries = await load(freshRoot());
    expect([...entries.keys()]).toEqual(['handbook/2026-12-01', 'storefront/2026-11-20']);
    expect(entries.get('storefront/2026-11-20')!.data).toMatchObject({ example: true, by: 'Yanis Benali' });
    expect(entries.get('storefront/2026-11-20')!.body).toBe(readFileSync(join(REPO, EXAMPLE), 'utf8'));
  });

  test('refuses an invalid audit, naming the file, the line and the field; a format finding alone is no build error', async () => {
    const root = freshRoot();
    const path = join(root, EXAMPLE);
    const text = readFileSync(path, 'utf8').replace('errorRatePercent: 6.2', 'errorRatePercent: lots').replace('slos: [main-api-latency]', 'slos: [main-api-latncy]');
    writeFileSync(path, text);
    const error = await load(root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    const line = text.split('\n').findIndex((entry) => entry.includes('errorRatePercent: lots')) + 1;
    // The path as displayed from the working directory: absolute here, since the copy is outside it.
    expect((error as ContentError).problems).toEqual([`${path}:${line}: schema: field \`loadTests.runs[2].errorRatePercent\` is "lots": expected a percentage from 0 to 100, or a placeholder "TODO: …" while the section is a draft`]);
  });
});
