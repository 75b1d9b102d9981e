import { describe, expect, test } from 'vitest';
import { overviewTotals } from '../../../src/lib/overview/overview-totals.ts';
import type { LastRun } from '../../../src/lib/overview/project-card.ts';

const summary = (kind: LastRun['kind'], attention = 0) => ({ attention, lastRun: { kind } });

describe('overviewTotals', () => {
  test('counts projects, owners, those needing attention and each kind of last run; an error counts with the failures', () => {
    const totals = overviewTotals([summary('pass'), summary('pass', 2), summary('fail', 1), summary('error'), summary('stale', 1), summary('not-measured'), summary('not-measured')], 3);
    expect(totals).toEqual({ projects: 7, owners: 3, attention: 3, pass: 2, fail: 2, stale: 1, never: 2 });
  });

  test('no project: every count is zero', () => expect(overviewTotals([], 0)).toEqual({ projects: 0, owners: 0, attention: 0, pass: 0, fail: 0, stale: 0, never: 0 }));
});
