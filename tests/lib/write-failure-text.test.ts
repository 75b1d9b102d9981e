import { describe, expect, test } from 'vitest';
import { writeFailureText } from '../../src/lib/write-failure-text.ts';

describe('writeFailureText', () => {
  test.each<[string, string | undefined, string]>([
    ['ENOSPC', 'ENOSPC', 'src/content/results/a.json could not be written: the disk is full (ENOSPC); free some space on it, then run the command again.'],
    ['EDQUOT', 'EDQUOT', 'src/content/results/a.json could not be written: your disk quota is used up (EDQUOT); free some space or ask for a larger quota, then run the command again.'],
    ['EACCES', 'EACCES', 'src/content/results/a.json could not be written: permission was denied (EACCES); check that you may write to its folder (`ls -ld` shows its owner and permissions), then run the command again.'],
    ['EROFS', 'EROFS', 'src/content/results/a.json could not be written: its file system is read-only (EROFS); remount it read-write, or work in a writable copy, then run the command again.'],
    // A code without advice still names the file and quotes the system.
    ['a code without advice', 'ENAMETOOLONG', 'src/content/results/a.json could not be written: name too long (ENAMETOOLONG); check the file, its folder and the disk, then run the command again.'],
  ])('%s', (_, code, expected) => {
    expect(writeFailureText('src/content/results/a.json', code, code === 'ENAMETOOLONG' ? 'name too long' : 'ignored')).toBe(expected);
  });
});
