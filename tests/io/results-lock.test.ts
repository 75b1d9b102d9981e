import { mkdtempSync, rmSync, writeFileSync, existsSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isAlive, LOCK_NAME, withResultsLock } from '../../src/io/results-lock.ts';

const work = mkdtempSync(join(tmpdir(), 'results-lock-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A pid no process has: above the kernel's usual maximum. */
const GONE_PID = 4_194_999;

describe('withResultsLock', () => {
  test('runs the work, returns its value and releases the lock', async () => {
    const dir = mkdtempSync(join(work, 'dir-'));
    expect(await withResultsLock(dir, () => existsSync(join(dir, LOCK_NAME)))).toBe(true);
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  });

  test('releases the lock when the work throws', async () => {
    const dir = mkdtempSync(join(work, 'dir-'));
    await expect(withResultsLock(dir, () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  });

  test.each<[string, string, number]>([
    ['a lock whose process is gone', String(GONE_PID), 0],
    ['a lock with no readable pid', 'garbage', 0],
    ['a lock older than any write, even from a live process', String(process.ppid), 10 * 60_000],
  ])('takes over %s', async (_, content, ageMs) => {
    const dir = mkdtempSync(join(work, 'dir-'));
    const lock = join(dir, LOCK_NAME);
    writeFileSync(lock, content);
    if (ageMs > 0) utimesSync(lock, new Date(Date.now() - ageMs), new Date(Date.now() - ageMs));
    expect(await withResultsLock(dir, () => 'done')).toBe('done');
  });

  test('waits for a live holder to finish', async () => {
    const dir = mkdtempSync(join(work, 'dir-'));
    const lock = join(dir, LOCK_NAME);
    writeFileSync(lock, String(process.ppid));
    setTimeout(() => rmSync(lock), 200);
    const started = Date.now();
    await withResultsLock(dir, () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });
});

test('isAlive tells a running process from a gone one', () => {
  expect(isAlive(process.pid)).toBe(true);
  expect(isAlive(GONE_PID)).toBe(false);
});
