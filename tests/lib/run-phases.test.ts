import { describe, expect, test } from 'vitest';
import { runPhases, timingEntries } from '../../src/lib/run-phases.ts';

// The entries Lighthouse times itself (lhr.timing.entries), as a run of a page gives them, shortened.
const entries = [
  { name: 'lh:config', duration: 400 },
  { name: 'lh:runner:gather', duration: 2300 },
  { name: 'lh:driver:connect', duration: 20 },
  { name: 'lh:driver:navigate', duration: 30 }, // about:blank
  { name: 'lh:gather:getBenchmarkIndex', duration: 1000 },
  { name: 'lh:driver:navigate', duration: 1500 }, // the page
  { name: 'lh:gather:getArtifact:Accessibility', duration: 280 },
  { name: 'lh:gather:getArtifact:TraceElements', duration: 140 },
  { name: 'lh:computed:TraceEngineResult', duration: 110 },
  { name: 'lh:runner:audit', duration: 650 },
  { name: 'lh:audit:speed-index', duration: 190 },
];

describe('runPhases', () => {
  test('splits a run into Lighthouse’s phases; the rest of the wall time is other', () => {
    expect(runPhases(entries, 4500)).toEqual({ wall: 4500, config: 400, connect: 50, benchmark: 1000, navigation: 1500, artifacts: 420, trace: 110, audits: 650, other: 480 });
  });

  test.each<[string, unknown]>([
    // a result from before Lighthouse timed itself, or none at all
    ['no timing', {}],
    ['entries that are not a list', { timing: { entries: 'none' } }],
    ['no result', undefined],
  ])('%s: no entries, and the whole run is other', (_, lhr) => {
    expect(timingEntries(lhr)).toEqual([]);
    expect(runPhases(timingEntries(lhr), 100)).toMatchObject({ config: 0, navigation: 0, other: 100 });
  });

  test('a wall time shorter than the phases (clocks apart) leaves other at 0, never below', () => {
    expect(runPhases(entries, 1000).other).toBe(0);
  });
});
