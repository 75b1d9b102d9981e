import { describe, expect, test } from 'vitest';
import { unwrittenResultsText } from '../../src/lib/unwritten-results-text.ts';

const REFUSAL = 'src/content/results/fixtures.json could not be written: the disk is full (ENOSPC); free some space on it, then run the command again.';

describe('unwrittenResultsText', () => {
  test.each<[string, Parameters<typeof unwrittenResultsText>[2], string]>([
    ['saved elsewhere', { saved: '/tmp/verify-web-vitals-x.json' }, `the results of fixtures, shop were not written: ${REFUSAL} The files the site reads were left as they were; the measured results are saved in /tmp/verify-web-vitals-x.json (the document --json prints), so nothing measured is lost.`],
    // The temp folder on the same full disk: the printed output is all there is.
    ['not even saved elsewhere', { failed: '/tmp/x.json could not be written: the disk is full (ENOSPC); free some space on it, then run the command again.' }, `the results of fixtures, shop were not written: ${REFUSAL} The files the site reads were left as they were; they could not be saved elsewhere either (/tmp/x.json could not be written: the disk is full (ENOSPC); free some space on it, then run the command again), so the table and --json output above are all that is left of them.`],
  ])('%s', (_, copy, expected) => {
    expect(unwrittenResultsText(['fixtures', 'shop'], REFUSAL, copy)).toBe(expected);
  });
});
