import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EndedOrphan } from '../lib/orphans-text.ts';
import { processLiveness, type ProcessIdentity } from '../lib/process-liveness.ts';
import { endMarkedProcesses, RUN_MARK } from './marked-processes.ts';
import { currentIdentity, seenNow } from './process-identity.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** A run file in the results folder, beside the lock: `.verify-web-vitals.run-<token>.json`. */
const RUN_FILE = /^\.verify-web-vitals\.run-([0-9a-f]{16})\.json$/;

/** What a run file says: which run (pid, start time, boot, machine) and the mark its processes carry. */
interface RunFile extends ProcessIdentity {
  token: string;
  startedAt: string;
}

/** This run, marked. */
export interface MarkedRun {
  /** Ends every process this run started that still runs (Chrome, the preview, a build, and theirs), even one not handed over yet. Synchronous, safe in a signal handler. */
  endProcesses(): void;
  /** Removes the run file: the run ended, and so did its processes. */
  finish(): void;
}

/** What an earlier run that was killed left running, and what this run ended of it. */
export interface Orphans {
  run: { pid: number; startedAt: string };
  ended: EndedOrphan[];
}

/**
 * Marks every process this run starts from now on (an environment variable they inherit) and
 * records the mark in a run file in the results folder, so that when this run is killed (kill -9,
 * a crash) the next run can end what it left. Recording is best effort: a folder that cannot be
 * written (a full disk) loses only that safety net, never the run.
 */
export function markThisRun(dir: string): MarkedRun {
  const token = randomBytes(8).toString('hex');
  process.env[RUN_MARK] = token;
  const path = join(dir, `.verify-web-vitals.run-${token}.json`);
  const record: RunFile = { ...currentIdentity(), token, startedAt: new Date().toISOString() };
  let recorded = false;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(path, `${JSON.stringify(record)}\n`);
    recorded = true;
  } catch {
    // no safety net for this run; it goes on
  }
  return {
    endProcesses: () => void endMarkedProcesses(token),
    finish: () => {
      if (recorded) rmSync(path, { force: true });
    },
  };
}

/** Ends what earlier runs recorded in this folder left running when they were killed, and removes their run files; returns what was ended, per run. */
export function endOrphans(dir: string): Orphans[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: Orphans[] = [];
  for (const name of names) {
    if (!RUN_FILE.test(name)) continue;
    const path = join(dir, name);
    let run: RunFile;
    try {
      run = JSON.parse(readFileSync(path, 'utf8')) as RunFile;
    } catch {
      continue; // gone meanwhile: its run finished
    }
    // A run still going (another terminal), or on another machine sharing the folder, is left alone.
    if (typeof run.token !== 'string' || processLiveness(run, seenNow(run.pid)).state !== 'gone') continue;
    const ended = endMarkedProcesses(run.token);
    rmSync(path, { force: true });
    if (ended.length > 0) found.push({ run: { pid: run.pid, startedAt: run.startedAt }, ended });
  }
  return found;
}
