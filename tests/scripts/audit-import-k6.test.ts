import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readAudits } from '../../src/io/audits/read-audits.ts';
import { loadCatalog } from '../../src/io/load-catalog.ts';
import { auditReferences } from '../../src/lib/audits/audit-rules.ts';
import { auditSchema } from '../../src/lib/audits/audit-schema.ts';
import { latestAudit } from '../../src/lib/audits/audit-statuses.ts';
import { projectStatuses } from '../../src/lib/project-statuses.ts';

// Runs the real `audit import-k6` command on copies of the handbook's content, with the three k6
// summary shapes of tests/fixtures/k6/ (one run, written from k6's documentation: P95 187.42 ms,
// 157 failed requests out of 37,482, 69.25 req/s over 541 s, both thresholds met).
// PERF_HANDBOOK_ROOT points each run at a fresh copy; PERF_HANDBOOK_NOW fixes today.
const REPO = resolve(import.meta.dirname, '../..');
const SCRIPT = join(REPO, 'scripts/audit.ts');
const TSX = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
const FIXTURES = join(REPO, 'tests/fixtures/k6');
const NOW = '2026-11-23T12:00:00.000Z';
const TODAY = NOW.slice(0, 10);
const EXAMPLE = 'src/content/audits/storefront/2026-11-20.yaml';
const DRAFT = `src/content/audits/storefront/${TODAY}.yaml`;
const work = mkdtempSync(join(tmpdir(), 'perf-handbook-import-k6-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The three shapes k6 writes, by fixture file. */
const SHAPES = [
  ['the handleSummary() data', 'handle-summary.json', 'handle-summary'],
  ['a --summary-export file', 'summary-export.json', 'summary-export'],
  ['the machine-readable summary', 'machine-readable-summary.json', 'machine-readable'],
] as const;

/** A fresh copy of the content the command reads, without results; returns its root. */
function freshRoot(): string {
  const root = mkdtempSync(join(work, 'root-'));
  for (const folder of ['projects', 'checklists', 'data', 'patterns', 'audits']) cpSync(join(REPO, 'src/content', folder), join(root, 'src/content', folder), { recursive: true });
  return root;
}

/** Runs `npm run audit -- <args>` in a root, the way a person would there, with no colours. */
function audit(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PERF_HANDBOOK_ROOT: root, PERF_HANDBOOK_NOW: NOW, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A root holding today's draft audit of the storefront, as `new` writes it, beside the example. */
function rootWithDraft(): string {
  const root = freshRoot();
  const run = audit(root, 'new', 'storefront');
  expect(run.status, run.stderr).toBe(0);
  return root;
}

/** The audit at `file` under a root, read as the build reads it. */
const auditAt = (root: string, file: string) => auditSchema.parse(parse(readFileSync(join(root, file), 'utf8')));
const fixture = (name: string) => join(FIXTURES, name);

/** Writes a k6 summary of the handleSummary() shape, edited, into the root; returns its path. */
function editedSummary(root: string, edit: (text: string) => string): string {
  const path = join(root, 'edited-summary.json');
  writeFileSync(path, edit(readFileSync(fixture('handle-summary.json'), 'utf8')));
  return path;
}

/** The statuses the site computes for a project of the root, from its latest audit. */
function siteStatuses(root: string, projectId = 'storefront'): Record<string, string> {
  const catalog = loadCatalog(root);
  const audits = readAudits(root, auditReferences(catalog), [...catalog.projects.keys()], projectId);
  const { checklists } = projectStatuses({ projectId, project: catalog.projects.get(projectId)!, checklists: catalog.checklists, targets: catalog.targets, audit: latestAudit(audits), now: new Date(NOW) });
  return Object.fromEntries(checklists.flatMap(({ items }) => items.map(({ item, status }) => [item.id, status.kind])));
}

describe('import-k6 reads every shape k6 writes', () => {
  test.each(SHAPES)('%s fills the scenario\'s run of the draft, and check still passes', (_, file, shape) => {
    const root = rootWithDraft();
    const before = readFileSync(join(root, DRAFT), 'utf8');
    const run = audit(root, 'import-k6', 'storefront', fixture(file), '--scenario', 'load');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`into ${DRAFT} as the load run of ${TODAY}, in place of the load run still to fill: P95 187.4\u00a0ms, error rate 0.42%, 69.25 req/s on average.`);
    expect(run.stdout).toContain("The throughput is the run's average (throughputKind: average): a k6 summary holds no peak");
    const written = auditAt(root, DRAFT);
    // The scaffold's second run, the load scenario's, is filled in; the others stay to fill.
    expect(written.loadTests.runs.map((entry) => entry.scenario)).toEqual(['smoke', 'load', 'stress', 'spike', 'soak']);
    expect(written.loadTests.runs[1]).toMatchObject({ scenario: 'load', date: TODAY, p95Ms: 187.42, errorRatePercent: 0.4189, peakRps: 69.25, throughputKind: 'average', source: expect.stringContaining(file) });
    expect(written.loadTests.runs[1]!.note).toMatch(/^Imported by npm run audit -- import-k6 on 2026-11-23\. The throughput is the run's average/);
    // Only the machine-readable summary has no thresholds (grafana/k6 issue #4872).
    expect(written.loadTests.runs[1]!.thresholds).toEqual(shape === 'machine-readable' ? undefined : [
      { metric: 'http_req_duration', expression: 'p(95)<200', passed: true },
      { metric: 'http_req_failed', expression: 'rate<0.01', passed: true },
    ]);
    // The section stays a draft: marking it complete is a person's call.
    expect(written.loadTests.status).toBe('draft');
    // Every comment of the draft is still there.
    const after = readFileSync(join(root, DRAFT), 'utf8');
    for (const comment of before.split('\n').filter((line) => line.trim().startsWith('#'))) expect(after).toContain(comment);
    expect(audit(root, 'check', 'storefront').status).toBe(0);
  });

  test('the file is changed only where the run goes: the example keeps every other byte, and the new run comes last', () => {
    const root = freshRoot();
    const before = readFileSync(join(root, EXAMPLE), 'utf8');
    const run = audit(root, 'import-k6', 'storefront', fixture('summary-export.json'), '--ran', '2026-11-21');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('as the load run of 2026-11-21, after the last run');
    const after = readFileSync(join(root, EXAMPLE), 'utf8');
    const start = after.indexOf('    - scenario: load\n      date: 2026-11-21\n');
    const end = after.indexOf('  note: The spike and soak scenarios');
    expect(start).toBeGreaterThan(0);
    // Taking the new run out gives the file back byte for byte, flow lists and comments included.
    expect(after.slice(0, start) + after.slice(end)).toBe(before);
    expect(after.slice(start, end)).toMatch(/^    - scenario: load\n      date: 2026-11-21\n      p95Ms: 187\.42\n      errorRatePercent: 0\.4189\n      peakRps: 69\.25\n      throughputKind: average\n      source: k6 summary summary-export\.json \(a --summary-export file\)\n      thresholds:\n        - \{ metric: http_req_duration, expression: p\(95\)<200, passed: true \}\n/);
    expect(audit(root, 'check', 'storefront').status).toBe(0);
  });

  test('an audit with no run yet gets a block list of one, its comments kept', () => {
    const root = freshRoot();
    const path = join(root, EXAMPLE);
    const text = readFileSync(path, 'utf8');
    const start = text.indexOf('  runs:\n');
    const end = text.indexOf('  note: The spike and soak scenarios');
    writeFileSync(path, `${text.slice(0, start)}  runs: []\n${text.slice(end)}`);
    const run = audit(root, 'import-k6', 'storefront', fixture('handle-summary.json'), '--scenario', 'smoke');
    expect(run.status, run.stderr).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after).toMatch(/\n  runs:\n    - scenario: smoke\n      date: 2026-11-23\n/);
    for (const comment of text.split('\n').filter((line) => line.trim().startsWith('#'))) expect(after).toContain(comment);
    expect(auditAt(root, EXAMPLE).loadTests.runs.map((entry) => entry.scenario)).toEqual(['smoke']);
    expect(audit(root, 'check', 'storefront').status).toBe(0);
  });

  test('--scenario is the load scenario by default, the one the k6 script runs without SCENARIO', () => {
    const root = rootWithDraft();
    expect(audit(root, 'import-k6', 'storefront', fixture('handle-summary.json')).status).toBe(0);
    expect(auditAt(root, DRAFT).loadTests.runs[1]).toMatchObject({ scenario: 'load', p95Ms: 187.42 });
  });

  test('--date imports into an older audit, and says the checklist reads the latest one', () => {
    const root = rootWithDraft();
    const run = audit(root, 'import-k6', 'storefront', fixture('handle-summary.json'), '--scenario', 'soak', '--date', '2026-11-20');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`The checklist reads the latest audit (${TODAY}), so this run does not decide load-soak.`);
    expect(auditAt(root, EXAMPLE).loadTests.runs.at(-1)).toMatchObject({ scenario: 'soak', date: TODAY });
    expect(auditAt(root, DRAFT).loadTests.runs[4]!.date).toMatch(/^TODO/);
  });
});

describe('the run lands in the load-test checklist', () => {
  test('a run within its thresholds passes its item, which was to do', () => {
    const root = rootWithDraft();
    expect(siteStatuses(root)['load-soak']).toBe('todo');
    const run = audit(root, 'import-k6', 'storefront', fixture('machine-readable-summary.json'), '--scenario', 'soak');
    expect(run.stdout).toContain('Checklist: load-soak passes on its run of 2026-11-23.');
    expect(siteStatuses(root)['load-soak']).toBe('pass');
  });

  test('a run that missed a k6 threshold fails its item', () => {
    const root = rootWithDraft();
    const missed = editedSummary(root, (text) => text.replace('"p(95)<200": {\n          "ok": true', '"p(95)<200": {\n          "ok": false'));
    const run = audit(root, 'import-k6', 'storefront', missed, '--scenario', 'smoke');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('k6 threshold http_req_duration p(95)<200: missed');
    expect(run.stdout).toContain('Checklist: load-smoke fails on its run of 2026-11-23.');
    expect(siteStatuses(root)['load-smoke']).toBe('fail');
  });
});

describe('a run is never overwritten', () => {
  test('the same scenario and day again is refused, exit 2 naming the file, line and field; --replace replaces it', () => {
    const root = rootWithDraft();
    expect(audit(root, 'import-k6', 'storefront', fixture('handle-summary.json')).status).toBe(0);
    const path = join(root, DRAFT);
    const before = readFileSync(path);
    const line = before.toString('utf8').split('\n').findIndex((entry) => entry === '    - scenario: load') + 1;
    const again = audit(root, 'import-k6', 'storefront', fixture('summary-export.json'));
    expect(again.status).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`audit: ${DRAFT}:${line}: \`loadTests.runs[1]\` already holds the load run of ${TODAY}, and a run is never overwritten: nothing was written. Pass --replace`);
    expect(readFileSync(path).equals(before)).toBe(true);

    const replaced = audit(root, 'import-k6', 'storefront', fixture('summary-export.json'), '--replace');
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain(`in place of the load run of ${TODAY}`);
    const runs = auditAt(root, DRAFT).loadTests.runs.filter((entry) => entry.scenario === 'load');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.source).toContain('summary-export.json');
  });

  test('another day of the same scenario is a run of its own', () => {
    const root = freshRoot();
    expect(audit(root, 'import-k6', 'storefront', fixture('handle-summary.json'), '--ran', '2026-11-18').status).toBe(2);
    expect(audit(root, 'import-k6', 'storefront', fixture('handle-summary.json'), '--ran', '2026-11-19').status).toBe(0);
    expect(auditAt(root, EXAMPLE).loadTests.runs.filter((entry) => entry.scenario === 'load').map((entry) => entry.date)).toEqual(['2026-11-18', '2026-11-19']);
  });
});

describe('refusals: exit 2, a message naming the file or field, and nothing written', () => {
  test.each<[string, (root: string) => string[], RegExp]>([
    ['an unknown project, with the nearest id', () => ['storefrnt', fixture('handle-summary.json')], /audit: unknown project "storefrnt": did you mean "storefront"\?\nUsage: npm run audit -- import-k6 <project> <file> \[--scenario <id>\] \[--date <YYYY-MM-DD>\] \[--ran <YYYY-MM-DD>\] \[--replace\]/],
    ['an unknown scenario, with the nearest id', () => ['storefront', fixture('handle-summary.json'), '--scenario', 'lod'], /audit: --scenario: unknown load scenario "lod": did you mean "load"\?/],
    ['a project file given for a summary', (root) => ['storefront', join(root, 'src/content/projects/storefront.yaml')], /storefront\.yaml: the file is not JSON \(.*\): expected the JSON k6 writes/],
    ['JSON of another shape', (root) => ['storefront', editedSummary(root, () => '{"name": "perf-handbook", "version": "0.1.0"}')], /edited-summary\.json: found an object with fields `name`, `version`, which is none of the k6 summaries read here/],
    ['a file that is not there', (root) => ['storefront', join(root, 'nowhere.json')], /audit: <file> is .*nowhere\.json, which does not exist: expected the JSON summary k6 wrote/],
    ['a summary with no P95', (root) => ['storefront', editedSummary(root, (text) => text.replace('"p(95)": 187.42,', ''))], /edited-summary\.json \(the handleSummary\(\) data\) holds no P95 of `http_req_duration`/],
    ['a --date with no audit, with the nearest day', () => ['storefront', fixture('handle-summary.json'), '--date', '2026-11-21'], /audit: --date is 2026-11-21: storefront has no audit of that day; did you mean "2026-11-20"\?/],
    ['a --date that is no day', () => ['storefront', fixture('handle-summary.json'), '--date', 'yesterday'], /audit: --date is "yesterday": expected the day of an audit of storefront, a real calendar date written YYYY-MM-DD/],
    ['a --ran still to come', () => ['storefront', fixture('handle-summary.json'), '--ran', '2026-11-24'], /audit: --ran is 2026-11-24, a day still to come: expected the day the test ran, today \(2026-11-23\) or before/],
    ['a --scenario with no value', () => ['storefront', fixture('handle-summary.json'), '--scenario', '--replace'], /audit: --scenario has no value/],
  ])('%s', (_, args, message) => {
    const root = freshRoot();
    const before = readFileSync(join(root, EXAMPLE));
    const run = audit(root, 'import-k6', ...args(root));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(readFileSync(join(root, EXAMPLE)).equals(before)).toBe(true);
  });

  test('a project with no audit is told to run new first', () => {
    const root = freshRoot();
    rmSync(join(root, 'src/content/audits/handbook'), { recursive: true, force: true });
    const run = audit(root, 'import-k6', 'handbook', fixture('handle-summary.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('audit: handbook has no audit to import into (none in src/content/audits/handbook/): start one with "npm run audit -- new handbook", then import again; nothing was written');
  });

  test('an invalid audit is refused at its file, line and field before anything is read from k6', () => {
    const root = freshRoot();
    const path = join(root, EXAMPLE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('errorRatePercent: 6.2', 'errorRatePercent: lots'));
    const before = readFileSync(path);
    const run = audit(root, 'import-k6', 'storefront', fixture('handle-summary.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/:\d+: schema: field `loadTests\.runs\[2\]\.errorRatePercent` is "lots"/);
    expect(run.stderr).toContain('must be a valid audit before a run is imported into it; nothing was written');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test('--help says what the throughput is and lists the exit statuses', () => {
    const run = audit(freshRoot(), 'import-k6', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/USAGE npm run audit -- import-k6/);
    expect(run.stdout).toContain("The throughput written is the run's average (throughputKind: average): a k6 summary holds no peak.");
    expect(run.stdout).toMatch(/  2  bad usage, an unknown project or scenario, a file that is no k6 summary, no audit to import into \(run new first\)/);
  });
});
