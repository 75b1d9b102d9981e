import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { tempPathFor, writeFileAtomic } from '../../src/io/write-atomic.ts';
import { WriteError } from '../../src/io/write-error.ts';
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from '../fixtures/small-disk.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';

const work = mkdtempSync(join(tmpdir(), 'write-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** The project's Node running TypeScript through tsx, as the commands run. */
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
/** strace shows the system calls a write makes; without it the durability test cannot look. */
const STRACE = ['/usr/bin/strace', '/bin/strace'].find((path) => existsSync(path));

/** A fresh folder for one case. */
const folder = () => mkdtempSync(join(work, 'case-'));

describe('writeFileAtomic', () => {
  test.each<[string, string | undefined]>([
    ['creates a file that did not exist', undefined],
    ['replaces a file that existed', 'old content\n'],
  ])('%s, leaving no temp file', (_, before) => {
    const dir = folder();
    const path = join(dir, 'result.json');
    if (before !== undefined) writeFileSync(path, before);
    writeFileAtomic(path, 'new content\n');
    expect(readFileSync(path, 'utf8')).toBe('new content\n');
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  test('keeps the permissions of the file it replaces', () => {
    const path = join(folder(), 'private.yaml');
    writeFileSync(path, 'a: 1\n');
    chmodSync(path, 0o600);
    writeFileAtomic(path, 'a: 2\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  test('a write that fails leaves the last good file as it was and no temp file', () => {
    const dir = folder();
    const path = join(dir, 'result.json');
    writeFileSync(path, 'last good\n');
    // A folder where the temp file would be renamed to: the rename fails after the data was written.
    const blocked = join(dir, 'blocked.json');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(blocked, 'new')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readFileSync(path, 'utf8')).toBe('last good\n');
    expect(readdirSync(dir).sort()).toEqual(['blocked.json', 'result.json']);
  });

  test('names its temp file `.<name>.<pid>.<8 hex>.tmp`, the pattern the results writer clears', () => {
    expect(tempPathFor('/r/fixtures.json', 4242)).toMatch(/^\/r\/\.fixtures\.json\.4242\.[0-9a-f]{8}\.tmp$/);
  });

  test.skipIf(skipWithout(STRACE !== undefined, 'strace (apt-get install strace)'))('puts the data on disk before the rename, and the rename on disk before it returns', () => {
    const dir = folder();
    const path = join(dir, 'result.json');
    writeFileSync(path, 'last good\n');
    const log = join(dir, 'strace.log');
    // -y prints the path behind each file descriptor, so the calls can be told apart by file.
    const run = spawnSync(STRACE!, ['-f', '-y', '-o', log, '-e', 'trace=fsync,fdatasync,rename,renameat,renameat2', NODE, '--import', 'tsx', 'tests/fixtures/write-once.ts', path, 'new\n'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const calls = readFileSync(log, 'utf8').split('\n');
    const temp = new RegExp(`\\.result\\.json\\.\\d+\\.[0-9a-f]{8}\\.tmp`);
    const syncTemp = calls.findIndex((line) => /\b(fsync|fdatasync)\(\d+</.test(line) && temp.test(line));
    const rename = calls.findIndex((line) => /\brename(at2?)?\(/.test(line) && temp.test(line) && line.includes(path));
    const syncFolder = calls.findIndex((line, i) => i > rename && new RegExp(`\\bfsync\\(\\d+<${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>\\)`).test(line));
    expect(syncTemp, 'the temp file is fsynced').toBeGreaterThanOrEqual(0);
    expect(rename, 'the temp file is renamed over the file').toBeGreaterThan(syncTemp);
    expect(syncFolder, 'the folder is fsynced after the rename').toBeGreaterThan(rename);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });
});

describe.skipIf(skipWithout(smallDiskAvailable, 'root, to mount a small tmpfs'))('writeFileAtomic on a real disk that refuses the write (a tmpfs mounted by the test; needs root)', () => {
  const disks: SmallDisk[] = [];
  afterAll(() => disks.forEach((disk) => disk.unmount()));

  test.each<[string, (disk: SmallDisk) => void, RegExp]>([
    ['a full disk', (disk) => disk.fill(), /result\.json could not be written: the disk is full \(ENOSPC\); free some space on it, then run the command again\./],
    ['a read-only file system', (disk) => disk.readOnly(), /result\.json could not be written: its file system is read-only \(EROFS\); remount it read-write, or work in a writable copy, then run the command again\./],
  ])('%s: a WriteError naming the file and what to do; the last good file intact, no temp file left', (_, refuse, message) => {
    const disk = mountSmallDisk(work);
    disks.push(disk);
    const path = join(disk.dir, 'result.json');
    writeFileAtomic(path, 'last good\n');
    refuse(disk);
    const error = (() => {
      try {
        writeFileAtomic(path, 'x'.repeat(64 * 1024));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toMatch(message);
    expect(readFileSync(path, 'utf8')).toBe('last good\n');
    expect(readdirSync(disk.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
