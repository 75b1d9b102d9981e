import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { currentIdentity, procStat } from '../../src/io/process-identity.ts';
import { LOCK_NAME, withResultsLock } from '../../src/io/results-lock.ts';
import { WriteError } from '../../src/io/write-error.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';

const work = mkdtempSync(join(tmpdir(), 'results-lock-'));
/** The project's Node running TypeScript through tsx, as the commands run. */
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
/** strace can hold one process in the middle of a takeover, so a second one finds the same stale lock. */
const STRACE = ['/usr/bin/strace', '/bin/strace'].find((path) => existsSync(path));
/** A pid no process has: above the kernel's usual maximum. */
const GONE_PID = 4_194_999;

/** A live process that is not a verify-web-vitals run, ended after the tests. */
const bystander = spawn('sleep', ['600'], { stdio: 'ignore' });
afterAll(() => {
  bystander.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** A fresh results folder. */
const folder = () => mkdtempSync(join(work, 'dir-'));

/** Writes a lock as a run writes it: a folder holding its owner's file. */
function ownerLock(dir: string, owner: Record<string, unknown>): string {
  const lock = join(dir, LOCK_NAME);
  const token = 'feedc0dedeadbeef';
  mkdirSync(lock);
  writeFileSync(join(lock, `owner.${token}.json`), JSON.stringify({ host: hostname(), token, at: '2026-11-23T10:00:00.000Z', ...owner }));
  return lock;
}

/** Starts the hold-lock fixture, optionally under strace with its first unlink held back. */
function holdLock(dir: string, holdMs: number, options: { waitLimitMs?: number; delayFirstUnlinkMs?: number } = {}): ChildProcess & { output: Promise<{ code: number | null; stdout: string }> } {
  const args = ['--import', 'tsx', 'tests/fixtures/hold-lock.ts', dir, String(holdMs), ...(options.waitLimitMs ? [String(options.waitLimitMs)] : [])];
  const child = options.delayFirstUnlinkMs
    ? spawn(STRACE!, ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=unlink,unlinkat', '-e', `inject=unlink,unlinkat:delay_enter=${options.delayFirstUnlinkMs * 1000}:when=1`, NODE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(NODE, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const output = new Promise<{ code: number | null; stdout: string }>((resolve) => child.once('exit', (code) => resolve({ code, stdout })));
  return Object.assign(child, { output });
}

/** Resolves once the child has printed `text`; rejects after `limitMs`. */
function printed(child: ChildProcess, text: string, limitMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no "${text}" within ${limitMs} ms: ${seen}`)), limitMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

describe('withResultsLock', () => {
  test('runs the work, returns its value and releases the lock', async () => {
    const dir = folder();
    expect(await withResultsLock(dir, () => existsSync(join(dir, LOCK_NAME)))).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('releases the lock when the work throws', async () => {
    const dir = folder();
    await expect(withResultsLock(dir, () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(readdirSync(dir)).toEqual([]);
  });

  const old = new Date(Date.now() - 10 * 60_000);
  test.each<[string, (dir: string) => void]>([
    // Lock files of earlier versions, holding a bare pid.
    ['an old lock file whose process is gone', (dir) => writeFileSync(join(dir, LOCK_NAME), String(GONE_PID))],
    ['an old lock file with no readable pid', (dir) => writeFileSync(join(dir, LOCK_NAME), 'garbage')],
    ['an old lock file naming PID 1, alive but no verify-web-vitals run', (dir) => writeFileSync(join(dir, LOCK_NAME), '1')],
    ['an old lock file naming a live process that is no verify-web-vitals run', (dir) => writeFileSync(join(dir, LOCK_NAME), String(bystander.pid))],
    // Locks of this version.
    ['a lock whose owner has ended', (dir) => ownerLock(dir, { pid: GONE_PID, startTime: '1' })],
    ['a lock whose pid now belongs to another, later process', (dir) => ownerLock(dir, { pid: bystander.pid, startTime: '1' })],
    ['a lock written before this machine restarted', (dir) => ownerLock(dir, { pid: bystander.pid, startTime: procStat(bystander.pid!)!.startTime, bootId: '00000000-0000-0000-0000-000000000000' })],
    ['a lock from another machine, older than any write', (dir) => utimesSync(join(ownerLock(dir, { pid: 1, startTime: '1', host: 'elsewhere.example' }), 'owner.feedc0dedeadbeef.json'), old, old)],
    ['a lock whose owner file cannot be read', (dir) => { mkdirSync(join(dir, LOCK_NAME)); writeFileSync(join(dir, LOCK_NAME, 'owner.feedc0dedeadbeef.json'), '{"pid'); }],
    ['an empty lock, left by a run killed while it released it', (dir) => mkdirSync(join(dir, LOCK_NAME))],
  ])('takes over at once %s', async (_, seed) => {
    const dir = folder();
    seed(dir);
    const started = Date.now();
    expect(await withResultsLock(dir, () => 'done', { waitLimitMs: 5_000 })).toBe('done');
    expect(Date.now() - started).toBeLessThan(2_000); // before: 30 s of waiting, then "unexpected error (a bug)"
    expect(readdirSync(dir)).toEqual([]);
  });

  test('waits for a live holder to finish, then takes the lock', async () => {
    const dir = folder();
    const holder = holdLock(dir, 700);
    await printed(holder, 'holding');
    const started = Date.now();
    await withResultsLock(dir, () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(await holder.output).toMatchObject({ code: 0 });
  });

  test('a lock a live run keeps is a WriteError naming the lock and saying what to do, and leaves nothing of ours', async () => {
    const dir = folder();
    ownerLock(dir, currentIdentity() as unknown as Record<string, unknown>); // alive, and exactly who it says it is
    const error = await withResultsLock(dir, () => 'never', { waitLimitMs: 300 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).file).toMatch(/\.verify-web-vitals\.lock$/);
    expect((error as Error).message).toMatch(/another verify-web-vitals run holds the results lock \(process \d+ on .*, since 2026-11-23T10:00:00\.000Z\) and did not release it within 0 s; if that run is stuck, end it, and if no run is going on, delete that folder \(rm -r .*\.verify-web-vitals\.lock\), then run the command again\./);
    expect(readdirSync(dir)).toEqual([LOCK_NAME]);
  });

  test.skipIf(skipWithout(STRACE !== undefined, 'strace (apt-get install strace)')).each<[string, (dir: string) => void]>([
    ['an old lock file', (dir) => writeFileSync(join(dir, LOCK_NAME), String(GONE_PID))],
    ['a lock of this version', (dir) => ownerLock(dir, { pid: GONE_PID, startTime: '1' })],
  ])('two runs that find the same stale lock (%s) never both hold it', async (_, seed) => {
    const dir = folder();
    seed(dir);
    // The first run judges the lock stale, then is held back 5 s just before it removes it; meanwhile
    // the second finds it stale too, removes it and takes the lock. When the first resumes it must
    // not remove the second's fresh lock.
    const first = holdLock(dir, 100, { delayFirstUnlinkMs: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const second = holdLock(dir, 7_000);
    const [a, b] = await Promise.all([first.output, second.output]);
    expect(b.stdout).toMatch(/holding\nreleased/);
    expect(a.stdout).toMatch(/holding\nreleased/);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
