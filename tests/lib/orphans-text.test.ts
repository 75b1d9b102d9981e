import { describe, expect, test } from 'vitest';
import { orphansText, type EndedOrphan } from '../../src/lib/orphans-text.ts';

const RUN = { pid: 4242, startedAt: '2026-11-23T10:00:00.000Z' };

describe('orphansText', () => {
  test.each<[string, EndedOrphan[], string]>([
    ['one process', [{ pid: 7, name: 'node' }], 'ended 1 process (node) that an earlier run (process 4242, started 2026-11-23T10:00:00.000Z) left running when it was killed.'],
    // Chrome runs as several processes of one name: counted, not listed.
    ['Chrome and the preview', [{ pid: 7, name: 'chromium' }, { pid: 8, name: 'chromium' }, { pid: 9, name: 'node' }, { pid: 10, name: 'chromium' }], 'ended 4 processes (chromium ×3, node) that an earlier run (process 4242, started 2026-11-23T10:00:00.000Z) left running when it was killed.'],
  ])('%s', (_, ended, expected) => {
    expect(orphansText(ended, RUN)).toBe(expected);
  });
});
