import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lockVerdict } from '../lib/lock-verdict.ts';
import { processLiveness, type ProcessIdentity } from '../lib/process-liveness.ts';
import { currentIdentity, seenNow } from './process-identity.ts';
import { displayPath } from './read-yaml.ts';
import { asWriteError, WriteError } from './write-error.ts';

/** The lock's name inside the results folder: a folder holding one owner file while a run writes. */
export const LOCK_NAME = '.verify-web-vitals.lock';
/** How long to wait for another run's write before giving up; a write takes milliseconds. */
const WAIT_LIMIT_MS = 30_000;
/** Pause between two tries. */
const RETRY_MS = 25;
/** The owner file inside the lock: its name carries the owner's token, so taking over a stale lock removes that owner's file by name and never a newer one. */
const OWNER_FILE = /^owner\.([0-9a-f]{16})\.json$/;
/** A lock being prepared beside the lock, whole, before it is renamed onto it. */
const STAGING = /^\.verify-web-vitals\.lock\.([0-9a-f]{16})\.staging$/;
/** What the command line of a run shows; checks the bare-pid lock files of earlier versions. */
const RUN_COMMAND = /verify-web-vitals/;

/** Who holds a lock: the process, a token of its own, and since when. */
interface LockOwner extends ProcessIdentity {
  token: string;
  at: string;
}

/** What a lock that is held says about its holder, for the message when it is never released. */
type Holder = { owner?: LockOwner; what: string };

/** Reads an owner file; undefined when it is not one. */
function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || typeof owner.token !== 'string') return undefined;
    return owner as LockOwner;
  } catch {
    return undefined;
  }
}

/** How long ago a file or folder was last changed; 0 when it is gone. */
function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Removes a file; true when this call removed it, false when it was already gone (someone else took it over first). */
function removeFile(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EPERM') return false; // gone, or a lock folder where an old lock file was
    throw error;
  }
}

/** Prepares this run's lock beside the lock: a folder with its owner file, so the lock never exists without saying whose it is. */
function stage(dir: string, owner: LockOwner): string {
  const staging = join(dir, `${LOCK_NAME}.${owner.token}.staging`);
  try {
    mkdirSync(staging);
    writeFileSync(join(staging, `owner.${owner.token}.json`), `${JSON.stringify(owner)}\n`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw asWriteError(join(dir, LOCK_NAME), error);
  }
  return staging;
}

/** Renames the prepared lock onto the lock: this succeeds when there is no lock, or an empty one left by a release or a takeover. */
function tryTake(staging: string, lock: string): boolean {
  try {
    renameSync(staging, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') return false;
    throw asWriteError(lock, error);
  }
}

/** Looks at a held lock, removes its owner's file when that owner is gone, and says who holds it otherwise. */
function clearIfStale(lock: string): Holder | undefined {
  let isFolder: boolean;
  try {
    isFolder = statSync(lock).isDirectory();
  } catch {
    return undefined; // released meanwhile
  }
  if (!isFolder) {
    // An earlier version's lock file, holding a bare pid: check it by the command line of that pid.
    const pid = Number(readFileSync(lock, 'utf8').trim());
    const liveness = processLiveness({ pid, host: hostname() }, seenNow(pid), RUN_COMMAND);
    if (lockVerdict(liveness, ageOf(lock)).stale) removeFile(lock);
    else return { what: `process ${pid}, by an earlier version of the command` };
    return undefined;
  }
  let names: string[];
  try {
    names = readdirSync(lock);
  } catch {
    return undefined;
  }
  for (const name of names) {
    const token = OWNER_FILE.exec(name)?.[1];
    if (token === undefined) return { what: `something else: ${name} is not an owner file` };
    const path = join(lock, name);
    const owner = readOwner(path);
    const verdict = owner === undefined ? { stale: true } : lockVerdict(processLiveness(owner, seenNow(owner.pid)), ageOf(path));
    if (!verdict.stale) return { owner, what: `process ${owner!.pid} on ${owner!.host}, since ${owner!.at}` };
    removeFile(path); // only that owner's file: a newer lock has another name and survives
  }
  return undefined;
}

/** Removes locks being prepared by runs that were killed before they took them. */
function clearDeadStaging(dir: string, ours: string): void {
  for (const name of readdirSync(dir)) {
    const token = STAGING.exec(name)?.[1];
    if (token === undefined || token === ours) continue;
    const owner = readOwner(join(dir, name, `owner.${token}.json`));
    const gone = owner === undefined ? ageOf(join(dir, name)) > WAIT_LIMIT_MS : lockVerdict(processLiveness(owner, seenNow(owner.pid)), ageOf(join(dir, name))).stale;
    if (gone) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Releases this run's lock: its owner file, then the folder if nobody has taken it meanwhile. */
function release(lock: string, owner: LockOwner): void {
  removeFile(join(lock, `owner.${owner.token}.json`));
  try {
    rmdirSync(lock);
  } catch {
    // taken by the next run already, or gone
  }
}

/** The message when the lock stays held: which run holds it and what to do. */
function heldTooLong(lock: string, holder: Holder | undefined, waitLimitMs: number): WriteError {
  const file = displayPath(lock);
  return new WriteError(
    file,
    `${file}: another verify-web-vitals run holds the results lock (${holder?.what ?? 'unknown'}) and did not release it within ${Math.round(waitLimitMs / 1000)} s; ` +
      `if that run is stuck, end it, and if no run is going on, delete that folder (rm -r ${file}), then run the command again.`,
  );
}

/** Options of withResultsLock. */
export interface LockOptions {
  /** How long to wait for another run's write before giving up; default 30 s. */
  waitLimitMs?: number;
}

/**
 * Runs `work` while holding the results folder's lock, so two runs at once never interleave their
 * writes. A lock whose owner is gone (ended, or its pid now another program) is taken over; two
 * runs that find the same stale lock cannot both take it, since the stale owner's file is removed
 * by its own name and the lock is taken by renaming a whole folder onto an empty one. Throws a
 * WriteError when the lock cannot be written or stays held. The wait is asynchronous; `work`
 * itself is synchronous, so a Ctrl-C can never land in the middle of it.
 */
export async function withResultsLock<T>(dir: string, work: () => T, options: LockOptions = {}): Promise<T> {
  const lock = join(dir, LOCK_NAME);
  const waitLimitMs = options.waitLimitMs ?? WAIT_LIMIT_MS;
  const owner: LockOwner = { ...currentIdentity(), token: randomBytes(8).toString('hex'), at: new Date().toISOString() };
  clearDeadStaging(dir, owner.token);
  const staging = stage(dir, owner);
  const started = Date.now();
  try {
    for (;;) {
      if (tryTake(staging, lock)) break;
      const holder = clearIfStale(lock);
      if (holder === undefined) continue; // taken over or released: try again at once
      if (Date.now() - started > waitLimitMs) throw heldTooLong(lock, holder, waitLimitMs);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    return work();
  } finally {
    release(lock, owner);
  }
}
