import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { partialResultSchema } from '../../src/lib/shards/partial-result-schema.ts';
import { closedPort } from './fixture-server.ts';
import { contentCopy, fixtureProject, resultFiles, verify } from './verify-command.ts';

// A shard whose --out folder cannot be written: exit 4, the message names the folder, and what was
// measured is saved in the temp folder, whole. Its one endpoint is down, so no browser is needed.

const work = mkdtempSync(join(tmpdir(), 'verify-shard-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('an --out folder that cannot be made exits 4, names it, and keeps the partial result in the temp folder', async () => {
  const root = contentCopy(work, { api: fixtureProject([], [{ name: 'Down', url: `http://127.0.0.1:${await closedPort()}/down`, load: '{ rate: 10, requests: 5, warmupSeconds: 0 }' }]) });
  const blocker = join(work, 'a-file');
  writeFileSync(blocker, 'not a folder\n');
  const run = await verify(['--project', 'api', '--shard', '1/1', '--out', join(blocker, 'shard-results')], root);
  expect(run.status, run.stderr).toBe(4);
  expect(run.stderr).toMatch(/a-file\/shard-results/);
  const saved = /the shard's partial result was saved in (\S+\.json); copy it into the --out folder to merge it/.exec(run.stderr)?.[1];
  expect(saved, run.stderr).toBeDefined();
  try {
    expect(partialResultSchema.parse(JSON.parse(readFileSync(saved!, 'utf8')))).toMatchObject({ shard: { index: 1, total: 1 }, items: ['api/endpoint/1'], projects: [{ id: 'api', status: 'error' }] });
  } finally {
    rmSync(saved!, { force: true });
  }
  expect(resultFiles(root)).toEqual([]);
  expect(existsSync(join(blocker, 'shard-results'))).toBe(false);
});
