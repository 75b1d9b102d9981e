import { describe, expect, test } from 'vitest';
import { formatElapsed, progressText } from '../../src/lib/progress-text.ts';

describe('progressText', () => {
  test('names the page, its place, the step and the time', () => {
    expect(progressText({ project: 'handbook', page: 'Role guide (EN)', index: 2, total: 7, what: 'Lighthouse run 2/3', elapsedMs: 14_230 })).toBe('[2/7] handbook · Role guide (EN) · Lighthouse run 2/3 · 14.2 s');
  });

  test.each<[number, string]>([
    [0, '0.0 s'],
    [59_949, '59.9 s'],
    [60_000, '1 min 00 s'],
    [125_400, '2 min 05 s'],
  ])('%s ms → %s', (ms, expected) => {
    expect(formatElapsed(ms)).toBe(expected);
  });
});
