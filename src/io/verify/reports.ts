import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { junitReport } from '../../lib/junit-report.ts';
import { markdownSummary } from '../../lib/markdown-summary.ts';
import type { ResultDocument } from '../../lib/schema/result.ts';
import { unwrittenResultsText, type SpareCopy } from '../../lib/unwritten-results-text.ts';
import { displayPath } from '../read-yaml.ts';
import { saveResultsElsewhere } from '../save-results-elsewhere.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { WriteError, writing } from '../write-error.ts';

/** Writes the CI outputs asked for: the JUnit file and the GitHub step summary; returns the refusal of one that could not be written. */
export function writeReports(document: ResultDocument, metricIds: string[], junit: string | undefined, stepSummary: string | undefined, say: (text: string) => void, name: string): WriteError | undefined {
  try {
    if (junit !== undefined) {
      const path = resolve(junit);
      writing(path, () => mkdirSync(dirname(path), { recursive: true }));
      writeFileAtomic(path, junitReport(document, metricIds));
      say(`${name}: JUnit report written to ${displayPath(path)}.`);
    }
    if (stepSummary) writing(stepSummary, () => appendFileSync(stepSummary, `${markdownSummary(document, metricIds)}\n`));
  } catch (error) {
    if (error instanceof WriteError) return error;
    throw error;
  }
  return undefined;
}

/** Saves the run's results in the temp folder when they could not be written where the site reads them, and says so in one paragraph. */
export function reportUnwritten(projects: string[], refusal: WriteError, json: string, generatedAt: string, say: (text: string) => void, name: string): void {
  let copy: SpareCopy;
  try {
    copy = { saved: saveResultsElsewhere(json, generatedAt) };
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    copy = { failed: error.message };
  }
  say(`${name}: ${unwrittenResultsText(projects, refusal.message, copy)}`);
}
