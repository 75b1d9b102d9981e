/** A process as a lock or a run file records it: the pid alone is not enough, since the system hands it out again. */
export interface ProcessIdentity {
  pid: number;
  /** Its start time in clock ticks since boot (Linux /proc): a recycled pid has another. */
  startTime?: string;
  /** The kernel's id of the boot it ran in (Linux /proc): after a restart every pid is someone else. */
  bootId?: string;
  /** The machine it ran on: a pid only means something there. */
  host: string;
}

/** What this machine sees now at the recorded pid. */
export interface SeenNow {
  host: string;
  bootId?: string;
  alive: boolean;
  /** The start time of the process that has the pid now, when it is alive and /proc tells it. */
  startTime?: string;
  /** Its command line, when it is alive and /proc tells it. */
  commandLine?: string;
}

/** Whether the recorded process still runs; when it does not, or cannot be told, a reason that reads after "because". */
export type Liveness = { state: 'running' } | { state: 'gone'; reason: string } | { state: 'unknown'; reason: string };

/**
 * Tells whether a recorded process is the one that has its pid now. A record without a start time
 * (an earlier version's, or a system without /proc) is checked by its command line instead, when
 * `expected` says what that must show.
 */
export function processLiveness(recorded: ProcessIdentity, seen: SeenNow, expected?: RegExp): Liveness {
  if (recorded.host !== seen.host) return { state: 'unknown', reason: `it was written on ${recorded.host}, whose processes this machine cannot see` };
  if (recorded.bootId && seen.bootId && recorded.bootId !== seen.bootId) return { state: 'gone', reason: 'this machine has restarted since' };
  if (!seen.alive) return { state: 'gone', reason: `process ${recorded.pid} has ended` };
  if (recorded.startTime && seen.startTime && recorded.startTime !== seen.startTime) return { state: 'gone', reason: `process ${recorded.pid} is now another program, started later` };
  if (!recorded.startTime && expected && seen.commandLine !== undefined && !expected.test(seen.commandLine)) {
    const shown = seen.commandLine.length > 60 ? `${seen.commandLine.slice(0, 57)}...` : seen.commandLine;
    return { state: 'gone', reason: `process ${recorded.pid} is another program (${shown})` };
  }
  if (!recorded.startTime || !seen.startTime) return { state: 'unknown', reason: `process ${recorded.pid} is alive, but this system cannot tell whether it is the same one` };
  return { state: 'running' };
}
