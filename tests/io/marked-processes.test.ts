import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { endMarkedProcesses, markedProcesses, RUN_MARK } from '../../src/io/marked-processes.ts';
import { procStat } from '../../src/io/process-identity.ts';

const started: ChildProcess[] = [];
/** Ends each started group, so no sleeper outlives the tests. */
afterAll(() =>
  started.forEach((child) => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already ended by the test
    }
  }),
);

/** Starts `sh -c <script>` in its own process group, with the run mark `token` when given. */
function start(script: string, token?: string): ChildProcess {
  const child = spawn('sh', ['-c', script], { stdio: 'ignore', detached: true, env: { ...process.env, ...(token ? { [RUN_MARK]: token } : {}) } });
  started.push(child);
  return child;
}

/** Waits until `check` holds, for at most two seconds. */
async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 40 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return check();
}
const running = (pid: number) => procStat(pid) !== undefined && procStat(pid)!.state !== 'Z';

describe('processes marked with a run', () => {
  test('are found by their mark, with what they started; others are not', async () => {
    const marked = start('sleep 600 & sleep 600', 'aaaaaaaaaaaaaaaa');
    const other = start('exec sleep 600', 'bbbbbbbbbbbbbbbb');
    const unmarked = start('exec sleep 600');
    expect(await eventually(() => markedProcesses('aaaaaaaaaaaaaaaa').length === 3)).toBe(true); // sh and its two sleeps
    const pids = markedProcesses('aaaaaaaaaaaaaaaa').map((stat) => stat.pid);
    expect(pids).toContain(marked.pid);
    expect(pids).not.toContain(other.pid);
    expect(pids).not.toContain(unmarked.pid);
    expect(markedProcesses('bbbbbbbbbbbbbbbb').map((stat) => stat.pid)).toEqual([other.pid]);
  });

  test('are ended with their process group, named by their program; the others keep running', async () => {
    const marked = start('sleep 600 & sleep 600', 'cccccccccccccccc');
    const other = start('exec sleep 600', 'dddddddddddddddd');
    expect(await eventually(() => markedProcesses('cccccccccccccccc').length === 3)).toBe(true);
    const ended = endMarkedProcesses('cccccccccccccccc');
    expect(ended.map((entry) => entry.name).sort()).toEqual(['sh', 'sleep', 'sleep']);
    expect(await eventually(() => ended.every((entry) => !running(entry.pid)))).toBe(true);
    expect(running(marked.pid!)).toBe(false);
    expect(running(other.pid!)).toBe(true);
  });
});
