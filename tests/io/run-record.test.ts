import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { markedProcesses, RUN_MARK } from '../../src/io/marked-processes.ts';
import { currentIdentity, procStat } from '../../src/io/process-identity.ts';
import { endOrphans, markThisRun } from '../../src/io/run-record.ts';

const work = mkdtempSync(join(tmpdir(), 'run-record-'));
const started: ChildProcess[] = [];
const markBefore = process.env[RUN_MARK];
afterAll(() => {
  started.forEach((child) => child.kill('SIGKILL'));
  if (markBefore === undefined) delete process.env[RUN_MARK];
  else process.env[RUN_MARK] = markBefore;
  rmSync(work, { recursive: true, force: true });
});
/** A pid no process has: above the kernel's usual maximum. */
const GONE_PID = 4_194_999;
const RUN_FILE = /^\.verify-web-vitals\.run-([0-9a-f]{16})\.json$/;

/** Starts a sleeping process carrying a run's mark, as Chrome or the preview carry it. */
function markedSleeper(token: string): ChildProcess {
  const child = spawn('sleep', ['600'], { stdio: 'ignore', detached: true, env: { ...process.env, [RUN_MARK]: token } });
  started.push(child);
  return child;
}

/** Writes the run file a run leaves when it is killed. */
function runFile(dir: string, token: string, identity: object): void {
  writeFileSync(join(dir, `.verify-web-vitals.run-${token}.json`), JSON.stringify({ ...identity, token, startedAt: '2026-11-23T10:00:00.000Z' }));
}

describe('markThisRun', () => {
  test('marks what the run starts from now on, records the mark in a run file, and removes it when the run finishes', async () => {
    const dir = join(mkdtempSync(join(work, 'case-')), 'results');
    const run = markThisRun(dir);
    const [name] = readdirSync(dir);
    const token = RUN_FILE.exec(name!)![1]!;
    expect(JSON.parse(readFileSync(join(dir, name!), 'utf8'))).toMatchObject({ ...currentIdentity(), token });
    const child = spawn('sleep', ['600'], { stdio: 'ignore', detached: true });
    started.push(child);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(markedProcesses(token).map((stat) => stat.pid)).toEqual([child.pid]);
    run.endProcesses();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(markedProcesses(token)).toEqual([]);
    run.finish();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('endOrphans', () => {
  test('ends what a killed run left running, says what and whose, and removes its run file', async () => {
    const dir = mkdtempSync(join(work, 'case-'));
    const orphan = markedSleeper('1111111111111111');
    runFile(dir, '1111111111111111', { pid: GONE_PID, startTime: '1', host: hostname() });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(endOrphans(dir)).toEqual([{ run: { pid: GONE_PID, startedAt: '2026-11-23T10:00:00.000Z' }, ended: [{ pid: orphan.pid, name: 'sleep' }] }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(procStat(orphan.pid!)?.state ?? 'Z').toBe('Z');
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each<[string, () => object]>([
    ['a run still going', () => currentIdentity()],
    ['a run on another machine sharing the folder', () => ({ pid: GONE_PID, startTime: '1', host: 'elsewhere.example' })],
  ])('leaves alone %s and its processes', async (_, identity) => {
    const dir = mkdtempSync(join(work, 'case-'));
    const child = markedSleeper('2222222222222222');
    runFile(dir, '2222222222222222', identity());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(endOrphans(dir)).toEqual([]);
    expect(procStat(child.pid!)?.state).not.toBe('Z');
    expect(readdirSync(dir)).toHaveLength(1);
    child.kill('SIGKILL');
  });
});
