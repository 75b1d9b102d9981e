import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { EndedOrphan } from '../lib/orphans-text.ts';
import type { ProcStat } from '../lib/proc-stat.ts';
import { procStat } from './process-identity.ts';

/** The environment variable every process a run starts inherits (Chrome, the preview, a build, and what they start): it names the run. */
export const RUN_MARK = 'VERIFY_WEB_VITALS_RUN';

/**
 * The processes that carry a run's mark, found through /proc (empty where there is none). A pid
 * the system has handed out again never carries the mark, so these are the run's own, whatever
 * their parent now is. Processes whose environment cannot be read (another user's, or Chrome's
 * sandboxed helpers) are reached through their process group instead.
 */
export function markedProcesses(token: string): ProcStat[] {
  const needle = `\0${RUN_MARK}=${token}\0`;
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: ProcStat[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (!`\0${readFileSync(`/proc/${name}/environ`, 'latin1')}`.includes(needle)) continue;
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    const stat = procStat(Number(name));
    if (stat) found.push(stat);
  }
  return found;
}

/** The name a person knows a process by: its program's file name (chromium, node), else the kernel's name for it. */
function programName(stat: ProcStat): string {
  try {
    return basename(readFileSync(`/proc/${stat.pid}/cmdline`, 'latin1').split('\0')[0]!) || stat.name;
  } catch {
    return stat.name;
  }
}

/** Ends every process that carries a run's mark, with the process group each one leads (Chrome's helpers); returns those it ended. */
export function endMarkedProcesses(token: string): EndedOrphan[] {
  const found = markedProcesses(token);
  const named = found.map((stat) => ({ pid: stat.pid, name: programName(stat) }));
  const ownGroup = procStat(process.pid)?.pgid;
  for (const stat of found) {
    try {
      if (stat.pgid === stat.pid && stat.pgid !== ownGroup) process.kill(-stat.pgid, 'SIGKILL');
      else process.kill(stat.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return named;
}
