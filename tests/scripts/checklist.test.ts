import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from '../fixtures/small-disk.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';

// Runs the real `checklist` command on copies of the handbook's content: PERF_HANDBOOK_ROOT points
// each run at a fresh copy, and PERF_HANDBOOK_NOW fixes the clock so statuses do not drift.
const REPO = resolve(import.meta.dirname, '../..');
const SCRIPT = join(REPO, 'scripts/checklist.ts');
const NOW = '2026-11-23T12:00:00.000Z';
const work = mkdtempSync(join(tmpdir(), 'perf-handbook-checklist-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the content a command reads (projects, checklists, data, patterns); returns its root. */
function freshRoot(): string {
  const root = mkdtempSync(join(work, 'root-'));
  for (const folder of ['projects', 'checklists', 'data', 'patterns']) cpSync(join(REPO, 'src/content', folder), join(root, 'src/content', folder), { recursive: true });
  return root;
}

/** Runs `npm run checklist -- <args>` against a root, the way a person would, with no colours. */
function checklist(root: string, ...args: string[]) {
  return checklistWith({}, root, ...args);
}

/** Runs the command as `checklist` does, with `env` added to its environment. */
function checklistWith(env: Record<string, string>, root: string, ...args: string[]) {
  // `node --import tsx` runs the TypeScript in one process (the tsx binary would start a second).
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, PERF_HANDBOOK_ROOT: root, PERF_HANDBOOK_NOW: NOW, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const projectFile = (root: string, id = 'storefront') => join(root, 'src/content/projects', `${id}.yaml`);
/** The statuses `list --json` reports, keyed by item id. */
function statuses(root: string, project = 'storefront'): Record<string, { status: string } & Record<string, unknown>> {
  const run = checklist(root, 'list', project, '--json');
  expect(run.status).toBe(0);
  const listing = JSON.parse(run.stdout) as { checklists: Array<{ items: Array<{ id: string; status: string }> }> };
  return Object.fromEntries(listing.checklists.flatMap((c) => c.items).map((item) => [item.id, item]));
}

describe('changes that land', () => {
  test('tick, then list shows the item done with who, the note and the evidence', () => {
    const root = freshRoot();
    const run = checklist(root, 'tick', 'storefront', 'load-soak', '--note', 'Eight-hour soak, heap flat', '--link', 'https://git.example.com/shop/-/jobs/99', '--by', 'Ada Lovelace');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✓ storefront: load-soak is done, recorded by Ada Lovelace/);
    expect(statuses(root)['load-soak']).toMatchObject({ status: 'done', by: 'Ada Lovelace', at: NOW, note: 'Eight-hour soak, heap flat', evidence: 'https://git.example.com/shop/-/jobs/99' });
    const table = checklist(root, 'list', 'storefront');
    expect(table.stdout).toMatch(/✓ Done\s+load-soak\s+Ada Lovelace\s+2026-11-23\s+Eight-hour soak, heap flat/);
  });

  test.each<[string, string, string]>([
    ['a git config with user.name: that name', '[user]\n\tname = Grace Hopper\n', 'Grace Hopper'],
    ['a git config without user.name: the system user', '[core]\n\tautocrlf = false\n', userInfo().username],
    ['a user.name that is empty: the system user', '[user]\n\tname =\n', userInfo().username],
  ])('without --by the state is signed with git user.name, else the system user: %s', (_, gitconfig, by) => {
    const root = freshRoot();
    // Git reads only this config: no system file, a home of its own, and no repository (the
    // checkout's own .git/config may hold a user.name in some clones).
    const home = mkdtempSync(join(work, 'home-'));
    writeFileSync(join(home, '.gitconfig'), gitconfig);
    const git = { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1', GIT_DIR: join(home, 'no-repository') };
    const run = checklistWith(git, root, 'tick', 'storefront', 'load-load');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`load-load is done, recorded by ${by}`);
    expect(statuses(root)['load-load']).toMatchObject({ status: 'done', by });
  });

  test('edits keep the comments and the order of the file', () => {
    const root = freshRoot();
    const before = readFileSync(projectFile(root), 'utf8');
    expect(checklist(root, 'tick', 'storefront', 'paginated-listings', '--by', 'Ada').status).toBe(0);
    expect(checklist(root, 'na', 'storefront', 'load-spike', '--reason', 'No campaign before spring', '--until', '2027-03-31', '--by', 'Ada').status).toBe(0);
    expect(checklist(root, 'record', 'storefront', 'api-p95', '180', '--source', 'APM', '--by', 'Ada').status).toBe(0);
    const after = readFileSync(projectFile(root), 'utf8');
    for (const comment of before.split('\n').filter((line) => line.trim().startsWith('#'))) expect(after).toContain(comment);
    expect(Object.keys(parse(after))).toEqual(Object.keys(parse(before)));
    // Lines before the items section are untouched, byte for byte.
    expect(after.slice(0, after.indexOf('\nitems:'))).toBe(before.slice(0, before.indexOf('\nitems:')));
    // The waiver's comment stays above the item it explains.
    expect(after).toMatch(/# This waiver has lapsed.*\n\s+load-spike:\n\s+state: not-applicable\n\s+by: Ada\n\s+at: .*\n\s+reason: No campaign before spring\n\s+until: 2027-03-31/);
  });

  test('na turns an expired waiver back into a waiver; untick sets an item back to do', () => {
    const root = freshRoot();
    expect(statuses(root)['load-spike']!.status).toBe('waiver-expired');
    expect(checklist(root, 'na', 'storefront', 'load-spike', '--reason', 'No campaign before spring', '--until', '2027-03-31').status).toBe(0);
    expect(statuses(root)['load-spike']).toMatchObject({ status: 'not-applicable', reason: 'No campaign before spring', until: '2027-03-31' });
    const run = checklist(root, 'untick', 'storefront', 'load-spike');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/load-spike is to do again/);
    const item = statuses(root)['load-spike']!;
    expect(item.status).toBe('todo');
    expect(item.reason).toBeUndefined();
  });

  test('na --until today is a waiver: the last day is inclusive', () => {
    const root = freshRoot();
    const run = checklist(root, 'na', 'storefront', 'load-soak', '--reason', 'Batch jobs only', '--until', NOW.slice(0, 10));
    expect(run.status, run.stderr).toBe(0);
    expect(statuses(root)['load-soak']).toMatchObject({ status: 'not-applicable', until: NOW.slice(0, 10) });
  });

  test('untick of an item already to do writes nothing', () => {
    const root = freshRoot();
    const before = readFileSync(projectFile(root));
    const run = checklist(root, 'untick', 'storefront', 'load-stress');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/already to do; nothing written/);
    expect(readFileSync(projectFile(root)).equals(before)).toBe(true);
  });

  test.each<[string, string[], string, RegExp, { status: string; value: number; targetValue: number }]>([
    // db-heavy-report: default < 2 s, storefront overrides it to < 5 s
    ['a figure over the default but under the override passes, and the override is named', ['db-heavy-report', '3200'], 'db-heavy-report-time', /db-heavy-report: 3,200\sms ✓ Pass against <\s5\ss \(this project's target, overriding the default <\s2\ss: The nightly sales report/, { status: 'pass', value: 3200, targetValue: 5000 }],
    ['a figure over the override fails', ['db-heavy-report', '6s'], 'db-heavy-report-time', /✗ Fail against <\s5\ss \(this project's target/, { status: 'fail', value: 6000, targetValue: 5000 }],
    ['a target without an override is judged against the default', ['api-p95', '250'], 'api-latency-p95', /api-p95: 250\sms ✗ Fail against <\s200\sms \(the default target; this project does not override it\)/, { status: 'fail', value: 250, targetValue: 200 }],
  ])('record: %s', (_, args, item, verdict, expected) => {
    const root = freshRoot();
    const run = checklist(root, 'record', 'storefront', ...args, '--source', 'pg_stat_statements, 7-day max');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(verdict);
    const listed = statuses(root)[item]!;
    expect(listed).toMatchObject({ status: expected.status, value: expected.value, source: 'pg_stat_statements, 7-day max', target: { value: expected.targetValue } });
  });

  test('record with --at in the past beyond the freshness window lists as stale', () => {
    const root = freshRoot();
    expect(checklist(root, 'record', 'storefront', 'api-p50', '80', '--source', 'APM', '--at', '2026-11-01').status).toBe(0);
    expect(statuses(root)['api-latency-p50']).toMatchObject({ status: 'stale', staleOf: 'pass', at: '2026-11-01T00:00:00.000Z' });
  });

  test('ticking an item that other items repeat through a YAML alias keeps what the alias meant, and the comments', () => {
    const root = freshRoot();
    const text = readFileSync(projectFile(root), 'utf8')
      .replace('  no-n-plus-one:\n', '  no-n-plus-one: &batched\n')
      .replace('records:\n', '  # Paginated listings were done in the same merge request.\n  paginated-listings: *batched\nrecords:\n');
    writeFileSync(projectFile(root), text);
    const before = statuses(root)['paginated-listings'];
    expect(before).toMatchObject({ status: 'done', by: 'Camille Martin', note: 'Product listing now loads variants in one batched query.' });
    const run = checklist(root, 'tick', 'storefront', 'no-n-plus-one', '--note', 'Batched again after the refactor', '--by', 'Ada');
    expect(run.status, run.stderr).toBe(0);
    const after = statuses(root);
    expect(after['no-n-plus-one']).toMatchObject({ status: 'done', by: 'Ada', note: 'Batched again after the refactor' });
    expect(after['paginated-listings']).toEqual(before);
    const written = readFileSync(projectFile(root), 'utf8');
    for (const comment of text.split('\n').filter((line) => line.trim().startsWith('#'))) expect(written).toContain(comment);
  });

  test('writes leave no temporary file behind', () => {
    const root = freshRoot();
    expect(checklist(root, 'tick', 'storefront', 'load-load').status).toBe(0);
    expect(readdirSync(join(root, 'src/content/projects')).sort()).toEqual(['handbook.yaml', 'storefront.yaml']);
  });
});

describe('audits decide their items in the listing too', () => {
  test('with the storefront audit copied in, its complete baseline phase lists as done; without it, to do', () => {
    const root = freshRoot();
    const statusOf = () => JSON.parse(checklist(root, 'list', 'storefront', '--json').stdout).checklists.flatMap((c: { items: Array<{ id: string; status: string }> }) => c.items).find((item: { id: string }) => item.id === 'audit-baseline').status;
    expect(statusOf()).toBe('todo');
    cpSync(join(REPO, 'src/content/audits'), join(root, 'src/content/audits'), { recursive: true });
    expect(statusOf()).toBe('done');
  });
});

describe('broken results files are skipped, never fatal', () => {
  test('an unusable latest result is skipped with a warning naming it, and the listing still prints', () => {
    const root = freshRoot();
    mkdirSync(join(root, 'src/content/results'));
    writeFileSync(join(root, 'src/content/results/storefront.json'), '{"schemaVersion": 1, "generatedAt": "not-a-date"}');
    const run = checklist(root, 'list', 'storefront', '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^warning: .*results\/storefront\.json: skipped, storefront shows as not measured: field `generatedAt` is "not-a-date"/);
    expect(JSON.parse(run.stdout).checklists.flatMap((c: { items: Array<{ id: string; status: string }> }) => c.items).find((item: { id: string }) => item.id === 'web-ttfb').status).toBe('not-measured');
  });
});

describe('bad input exits 2, says what to type, and leaves the file byte-identical', () => {
  const root = freshRoot();
  const original = readFileSync(projectFile(root));

  test.each<[string, string[], RegExp]>([
    ['na without --reason', ['na', 'storefront', 'load-soak'], /--reason is missing: expected why the item does not apply/],
    ['na with --reason but no text', ['na', 'storefront', 'load-soak', '--reason', '--until', '2027-01-31'], /--reason has no value/],
    ['an --until that is not a date', ['na', 'storefront', 'load-soak', '--reason', 'Batch', '--until', 'next-week'], /--until is "next-week": expected a real calendar date written YYYY-MM-DD/],
    ['an --until that does not exist', ['na', 'storefront', 'load-soak', '--reason', 'Batch', '--until', '2027-02-30'], /--until is "2027-02-30": expected a real calendar date/],
    ['an --until already past', ['na', 'storefront', 'load-soak', '--reason', 'Batch', '--until', '2026-01-01'], /--until is 2026-01-01, a day already past/],
    // the day before NOW: the same rule, from draftProblems, as the save endpoint's
    ['an --until of yesterday', ['na', 'storefront', 'load-soak', '--reason', 'Batch', '--until', '2026-11-22'], /--until is 2026-11-22, a day already past: expected today \(2026-11-23\) or a later day/],
    ['a --link that is not http(s)', ['tick', 'storefront', 'load-soak', '--link', 'javascript:alert(1)'], /--link is "javascript:alert\(1\)": expected an absolute http:\/\/ or https:\/\/ URL/],
    ['an unknown project', ['tick', 'storefrnt', 'load-soak'], /unknown project "storefrnt": did you mean "storefront"\?/],
    ['an unknown item', ['tick', 'storefront', 'load-sok'], /unknown checklist item "load-sok": did you mean "load-soak"/],
    ['an unknown target', ['record', 'storefront', 'api-p59', '100', '--source', 'APM'], /unknown target "api-p59": did you mean .*"api-p95"/],
    ['a measured item ticked by hand', ['tick', 'storefront', 'web-ttfb'], /item "web-ttfb" is measured \(target "ttfb"\).*npm run verify-web-vitals -- --project storefront/],
    ['a measured API item ticked by hand', ['na', 'storefront', 'api-latency-p95', '--reason', 'x'], /item "api-latency-p95" is measured.*npm run verify-web-vitals -- --project storefront --only endpoints/],
    ['a recorded database item ticked by hand', ['na', 'storefront', 'db-simple-query-time', '--reason', 'x'], /item "db-simple-query-time" is measured.*npm run checklist -- record storefront db-simple-query/],
    ['a web target recorded by hand', ['record', 'storefront', 'ttfb', '150', '--source', 'CDN logs'], /target "ttfb" is measured by verify-web-vitals, not recorded by hand/],
    ['a value that is not a number', ['record', 'storefront', 'api-p95', 'fast', '--source', 'APM'], /<value> is "fast": expected a non-negative number/],
    ['a negative value', ['record', 'storefront', 'api-p95', '-5', '--source', 'APM'], /"-5" is a negative number: expected a non-negative number/],
    ['a record without --source', ['record', 'storefront', 'api-p95', '150'], /--source is missing: expected where the figure comes from/],
    ['a misspelt option', ['na', 'storefront', 'load-soak', '--reson', 'Batch'], /unknown option "--reson": did you mean --reason\?/],
    // the same limits as the file's fields, before anything is read or written
    ['a --note over its limit', ['tick', 'storefront', 'load-soak', '--note', 'x'.repeat(2001)], /--note is 2,001 characters long: expected at most 2,000 \(MAX_TEXT_LENGTH\)/],
    ['a --reason over its limit', ['na', 'storefront', 'load-soak', '--reason', 'x'.repeat(2001)], /--reason is 2,001 characters long: expected at most 2,000 \(MAX_TEXT_LENGTH\)/],
    ['a --source over its limit', ['record', 'storefront', 'api-p95', '100', '--source', 'x'.repeat(2001)], /--source is 2,001 characters long: expected at most 2,000 \(MAX_TEXT_LENGTH\)/],
    ['a --by over its limit', ['tick', 'storefront', 'load-soak', '--by', 'x'.repeat(201)], /--by is 201 characters long: expected at most 200 \(MAX_NAME_LENGTH\)/],
    ['a missing item', ['tick', 'storefront'], /missing <item>: tick takes <project> <item>/],
    ['an unknown command', ['tik', 'storefront', 'load-soak'], /unknown command "tik": did you mean "tick"\?/],
  ])('%s', (_, args, message) => {
    const run = checklist(root, ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/\nUsage: npm run checklist -- \S+.*\n/);
    if (['tick', 'untick', 'na', 'record'].includes(args[0]!)) expect(run.stderr).toMatch(/Nothing was written\.\n$/);
    expect(run.stdout).toBe('');
    expect(readFileSync(projectFile(root)).equals(original)).toBe(true);
  });

  test('an invalid project file is named with its field, and nothing is written', () => {
    const broken = freshRoot();
    const text = readFileSync(projectFile(broken), 'utf8').replace(/    reason: Reports are produced.*\n/, '');
    writeFileSync(projectFile(broken), text);
    const run = checklist(broken, 'tick', 'storefront', 'load-soak');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/storefront\.yaml: field `items\.heavy-queries-native-sql\.reason`/);
    expect(readFileSync(projectFile(broken), 'utf8')).toBe(text);
  });

  test('a project file over the size limit is refused before it is parsed, naming the file and the limit', () => {
    const huge = freshRoot();
    const text = readFileSync(projectFile(huge), 'utf8').replace('note: Product listing now loads variants in one batched query.', `note: ${'x'.repeat(20 * 1024 * 1024)}`);
    writeFileSync(projectFile(huge), text);
    const run = checklist(huge, 'list', 'storefront');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^checklist: .*projects\/storefront\.yaml: is 20\.0 MiB, over the 1 MiB a content file can take \(MAX_CONTENT_FILE_BYTES\), so it was not read\./);
    expect(run.stderr.length).toBeLessThan(1000);
  });

  test('a note over its limit in the file is refused naming the field and the limit', () => {
    const long = freshRoot();
    writeFileSync(projectFile(long), readFileSync(projectFile(long), 'utf8').replace('note: Product listing now loads variants in one batched query.', `note: ${'x'.repeat(2001)}`));
    const run = checklist(long, 'list', 'storefront');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/storefront\.yaml: field `items\.no-n-plus-one\.note` is "x+\.\.\.": expected at most 2,000 characters \(MAX_TEXT_LENGTH\), found 2,001/);
  });

  test('a YAML alias bomb is refused in one paragraph naming the file, before it fills the memory', () => {
    const bombed = freshRoot();
    const levels = ['lol: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: 8 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(',')}]`)];
    writeFileSync(projectFile(bombed), `${readFileSync(projectFile(bombed), 'utf8')}${levels.join('\n')}\n`);
    const run = checklist(bombed, 'list', 'storefront');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^checklist: .*projects\/storefront\.yaml: its aliases \(\*name\) would expand to more than 100 copies .*"billion laughs".*\.\nFix the file and run the command again\.\n$/);
    expect(run.stderr).not.toMatch(/ReferenceError|    at /);
  });

  test('a root without content says how to point at one', () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    mkdirSync(join(empty, 'src'));
    const run = checklist(empty, 'list', 'storefront');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no content folder at .*src\/content: .*PERF_HANDBOOK_ROOT/);
  });
});

describe('help', () => {
  test.each(['list', 'tick', 'untick', 'na', 'record'])('%s --help prints its usage and exits 0', (name) => {
    const run = checklist(freshRoot(), name, '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`npm run checklist -- ${name}`);
    expect(run.stdout).toContain('EXAMPLES');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  test('--help alone lists the commands', () => {
    const run = checklist(freshRoot(), '--help');
    expect(run.status).toBe(0);
    for (const name of ['list', 'tick', 'untick', 'na', 'record']) expect(run.stdout).toContain(name);
  });
});

describe.skipIf(skipWithout(smallDiskAvailable, 'root, to mount a small tmpfs'))('a disk that refuses the write exits 4, says what to do, and leaves the file as it was (a tmpfs mounted by the test; needs root)', () => {
  const disks: SmallDisk[] = [];
  afterAll(() => disks.forEach((disk) => disk.unmount()));

  test.each<[string, (disk: SmallDisk) => void, RegExp]>([
    ['a full disk', (disk) => disk.fill(), /storefront\.yaml could not be written: the disk is full \(ENOSPC\); free some space on it, then run the command again\. Nothing was changed: .*storefront\.yaml was left as it was\./],
    ['a read-only file system', (disk) => disk.readOnly(), /storefront\.yaml could not be written: its file system is read-only \(EROFS\); remount it read-write, or work in a writable copy, then run the command again\. Nothing was changed/],
  ])('%s', (_, refuse, message) => {
    const disk = mountSmallDisk(work, '1m');
    disks.push(disk);
    const root = join(disk.dir, 'root');
    for (const folder of ['projects', 'checklists', 'data', 'patterns']) cpSync(join(REPO, 'src/content', folder), join(root, 'src/content', folder), { recursive: true });
    const before = readFileSync(projectFile(root));
    refuse(disk);
    const run = checklist(root, 'tick', 'storefront', 'load-soak', '--note', 'Eight-hour soak, heap flat');
    expect(run.status, run.stderr).toBe(4); // before: a raw stack trace and exit 1
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(projectFile(root))).toEqual(before);
    expect(readdirSync(join(root, 'src/content/projects')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('--help lists exit status 4', () => {
    expect(checklist(freshRoot(), 'tick', '--help').stdout).toMatch(/4 +the file could not be written \(disk full, no permission, read-only\): it was left as it was/);
  });
});
