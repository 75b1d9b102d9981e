/** What the handbook reads from a Linux `/proc/<pid>/stat` line (proc(5)). */
export interface ProcStat {
  pid: number;
  /** The executable's name, as the kernel keeps it (at most 15 characters). */
  name: string;
  /** R running, S sleeping, Z a zombie (ended, not yet collected by its parent)... */
  state: string;
  /** The parent process. */
  ppid: number;
  /** The process group: a process started `detached` leads its own. */
  pgid: number;
  /** When the process started, in clock ticks since boot (field 22): with the pid, it names one process until the machine restarts. */
  startTime: string;
}

/**
 * Parses a `/proc/<pid>/stat` line; undefined when it is not one. The name is in parentheses and
 * may itself hold spaces and parentheses, so the fields are counted from the last `)`.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // Fields 3 onwards (state, ppid, pgrp, ...), so field n is at index n - 3.
  const fields = text.slice(close + 1).trim().split(/\s+/);
  const [state, ppid, pgid, startTime] = [fields[0]!, fields[1], fields[2], fields[19]];
  if (!Number.isInteger(pid) || pid <= 0 || startTime === undefined || !/^\d+$/.test(startTime)) return undefined;
  return { pid, name: text.slice(open + 1, close), state, ppid: Number(ppid), pgid: Number(pgid), startTime };
}
