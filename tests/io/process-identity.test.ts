import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { afterAll, describe, expect, test } from 'vitest';
import { currentIdentity, isAlive, procStat, seenNow } from '../../src/io/process-identity.ts';
import { processLiveness } from '../../src/lib/process-liveness.ts';

/** A pid no process has: above the kernel's usual maximum. */
const GONE_PID = 4_194_999;
const child = spawn('sleep', ['600'], { stdio: 'ignore', detached: true });
afterAll(() => void child.kill('SIGKILL'));

describe('process identity, read from the system', () => {
  test('isAlive tells a running process from a gone one', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(GONE_PID)).toBe(false);
  });

  test('this process is running by its own identity', () => {
    const me = currentIdentity();
    expect(me).toMatchObject({ pid: process.pid, host: hostname(), startTime: expect.stringMatching(/^\d+$/), bootId: expect.any(String) });
    expect(processLiveness(me, seenNow(me.pid))).toEqual({ state: 'running' });
  });

  test('a child started detached leads its own process group, with this process as its parent', () => {
    expect(procStat(child.pid!)).toMatchObject({ pid: child.pid, name: 'sleep', ppid: process.pid, pgid: child.pid });
  });

  test('seenNow shows what has a pid now: a live process with its start time and command line, or nothing', () => {
    expect(seenNow(child.pid!)).toMatchObject({ alive: true, startTime: procStat(child.pid!)!.startTime, commandLine: 'sleep 600' });
    expect(seenNow(GONE_PID)).toMatchObject({ alive: false });
    expect(seenNow(GONE_PID).startTime).toBeUndefined();
  });
});
