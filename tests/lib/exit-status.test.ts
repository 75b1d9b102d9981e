import { describe, expect, test } from 'vitest';
import { EXIT_FAIL, EXIT_NOTHING_MEASURED, EXIT_PASS, exitStatus } from '../../src/lib/exit-status.ts';
import { projectResult, resultDocument, type Outcome } from '../../src/lib/result-document.ts';

/** A document whose pages have the given outcomes. */
const documentOf = (...statuses: Outcome[]) =>
  resultDocument({ generatedAt: '2026-11-23T10:00:00Z', tools: { lighthouse: '13', chrome: '156', node: 'v24' }, runs: 1, ttfbSamples: 1 }, [
    projectResult('p', 'mobile', statuses.map((status, i) => ({ name: `${i}`, url: `http://h/${i}`, status, metrics: {}, runs: 0, ttfbSamples: 0 }))),
  ]);

describe('exitStatus', () => {
  test.each<[string, Outcome[], boolean, number]>([
    ['every target met', ['pass', 'pass'], false, EXIT_PASS],
    ['a target missed', ['pass', 'fail'], false, EXIT_FAIL],
    ['a page in error', ['pass', 'error'], false, EXIT_FAIL],
    ['every page in error because of the pages', ['error', 'error'], false, EXIT_FAIL],
    ['every page in error because Chrome or the preview failed', ['error', 'error'], true, EXIT_NOTHING_MEASURED],
    ['the tooling failed after some pages were measured', ['pass', 'error'], true, EXIT_FAIL],
  ])('%s', (_, statuses, toolingFailed, expected) => {
    expect(exitStatus(documentOf(...statuses), toolingFailed)).toBe(expected);
  });
});
