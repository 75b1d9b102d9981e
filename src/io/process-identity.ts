import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { parseProcStat, type ProcStat } from '../lib/proc-stat.ts';
import type { ProcessIdentity, SeenNow } from '../lib/process-liveness.ts';

/** True when a process with this id is alive (or alive under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a file of /proc; undefined when it does not exist (the process is gone, or the system has no /proc). */
function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** What /proc says of a process now; undefined when it is gone or the system has no /proc. */
export function procStat(pid: number): ProcStat | undefined {
  const text = readProc(`/proc/${pid}/stat`);
  return text === undefined ? undefined : parseProcStat(text);
}

/** The id of the current boot; undefined where the system does not tell it. */
function bootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

/** This process's identity, as a lock or run file records it. */
export function currentIdentity(): ProcessIdentity {
  const startTime = procStat(process.pid)?.startTime;
  const boot = bootId();
  return { pid: process.pid, ...(startTime ? { startTime } : {}), ...(boot ? { bootId: boot } : {}), host: hostname() };
}

/** What this machine sees now at a pid: alive or not, and which process has it. */
export function seenNow(pid: number): SeenNow {
  const boot = bootId();
  const alive = Number.isInteger(pid) && pid > 0 && isAlive(pid);
  const startTime = alive ? procStat(pid)?.startTime : undefined;
  const commandLine = alive ? readProc(`/proc/${pid}/cmdline`)?.replace(/\0+$/, '').replace(/\0/g, ' ') : undefined;
  return { host: hostname(), ...(boot ? { bootId: boot } : {}), alive, ...(startTime ? { startTime } : {}), ...(commandLine !== undefined ? { commandLine } : {}) };
}
