import { describe, expect, test } from 'vitest';
import { EXIT_FAIL, EXIT_NOT_WRITTEN, EXIT_NOTHING_MEASURED, EXIT_PASS, exitStatus } from '../../src/lib/exit-status.ts';
import { projectResult, resultDocument, type Outcome } from '../../src/lib/result-document.ts';

/** A document whose pages have the given outcomes. */
const documentOf = (...statuses: Outcome[]) =>
  resultDocument({ generatedAt: '2026-11-23T10:00:00Z', tools: { lighthouse: '13', chrome: '156', node: 'v24' }, runs: 1, ttfbSamples: 1 }, [
    projectResult('p', 'mobile', statuses.map((status, i) => ({ name: `${i}`, url: `http://h/${i}`, status, metrics: {}, runs: 0, ttfbSamples: 0 }))),
  ]);

describe('exitStatus', () => {
  test.each<[string, Outcome[], boolean, number, boolean?]>([
    ['every target met', ['pass', 'pass'], false, EXIT_PASS],
    ['a target missed', ['pass', 'fail'], false, EXIT_FAIL],
    ['a page in error', ['pass', 'error'], false, EXIT_FAIL],
    ['every page in error because of the pages', ['error', 'error'], false, EXIT_FAIL],
    ['every page in error because Chrome or the preview failed', ['error', 'error'], true, EXIT_NOTHING_MEASURED],
    ['the tooling failed after some pages were measured', ['pass', 'error'], true, EXIT_FAIL],
    // The site would not show what was measured: that comes before the verdict.
    ['every target met, but the results could not be written', ['pass', 'pass'], false, EXIT_NOT_WRITTEN, true],
    ['a target missed, and the results could not be written', ['pass', 'fail'], false, EXIT_NOT_WRITTEN, true],
    // Nothing measured: there was nothing to lose.
    ['nothing measured, and the history line could not be written', ['error'], true, EXIT_NOTHING_MEASURED, true],
  ])('%s', (_, statuses, toolingFailed, expected, notWritten) => {
    expect(exitStatus(documentOf(...statuses), toolingFailed, notWritten)).toBe(expected);
  });
});
