import { describe, expect, test } from 'vitest';
import { processLiveness, type ProcessIdentity, type SeenNow } from '../../src/lib/process-liveness.ts';

const recorded: ProcessIdentity = { pid: 4242, startTime: '1000', bootId: 'boot-a', host: 'ci-1' };
const seen: SeenNow = { host: 'ci-1', bootId: 'boot-a', alive: true, startTime: '1000', commandLine: 'node scripts/verify-web-vitals.ts' };
const RUN = /verify-web-vitals/;

describe('processLiveness', () => {
  test.each<[string, ProcessIdentity, SeenNow, ReturnType<typeof processLiveness>]>([
    ['the same process, still running', recorded, seen, { state: 'running' }],
    ['the process ended', recorded, { ...seen, alive: false, startTime: undefined }, { state: 'gone', reason: 'process 4242 has ended' }],
    // The system hands pids out again: a later process with the same pid is someone else.
    ['the pid now belongs to a later process', recorded, { ...seen, startTime: '9000' }, { state: 'gone', reason: 'process 4242 is now another program, started later' }],
    ['the machine restarted since', recorded, { ...seen, bootId: 'boot-b' }, { state: 'gone', reason: 'this machine has restarted since' }],
    // A shared folder: the pid means nothing on this machine.
    ['a process of another machine', recorded, { ...seen, host: 'ci-2' }, { state: 'unknown', reason: 'it was written on ci-1, whose processes this machine cannot see' }],
    // Records of earlier versions hold a bare pid: the command line tells.
    ['a bare pid whose process is no run', { pid: 1, host: 'ci-1' }, { ...seen, commandLine: '/sbin/init splash' }, { state: 'gone', reason: 'process 1 is another program (/sbin/init splash)' }],
    ['a bare pid whose process is a run', { pid: 4242, host: 'ci-1' }, seen, { state: 'unknown', reason: 'process 4242 is alive, but this system cannot tell whether it is the same one' }],
    ['a system without /proc', { pid: 4242, host: 'ci-1' }, { host: 'ci-1', alive: true }, { state: 'unknown', reason: 'process 4242 is alive, but this system cannot tell whether it is the same one' }],
  ])('%s', (_, identity, now, expected) => {
    expect(processLiveness(identity, now, RUN)).toEqual(expected);
  });
});
