import { describe, expect, test } from 'vitest';
import { historyEntry, planResultFiles } from '../../src/lib/result-files.ts';
import { historyEntrySchema, resultDocumentSchema, type PageResult, type ResultDocument } from '../../src/lib/schema/result.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

/** The sample document with its pages replaced, at another time. */
function documentWith(pages: PageResult[], generatedAt = '2026-11-24T10:00:00.000Z'): ResultDocument {
  const base = sampleDocument();
  return { ...base, generatedAt, projects: [{ ...base.projects[0]!, pages }] };
}
const previous = sampleDocument();
const [home, slow, broken] = previous.projects[0]!.pages as [PageResult, PageResult, PageResult];
const inError = (page: PageResult): PageResult => ({ name: page.name, url: page.url, status: 'error', error: 'connection refused', metrics: {}, runs: 0, ttfbSamples: 0 });

describe('planResultFiles', () => {
  test('a run that measured nothing keeps the last good result and still adds its history line', () => {
    const plan = planResultFiles(documentWith([inError(home), inError(slow)]), previous);
    expect(plan.latest).toBeUndefined();
    expect(plan.history.pages.map((page) => page.status)).toEqual(['error', 'error']);
    expect(plan.history.pages[0]!.error).toBe('connection refused');
  });

  test('a page in error carries its last good measurement, with when it was taken', () => {
    const plan = planResultFiles(documentWith([home, inError(slow)]), previous);
    const page = plan.latest!.projects[0]!.pages[1]!;
    expect(page.status).toBe('error');
    expect(page.metrics).toEqual({});
    expect(page.lastGood).toEqual({ generatedAt: previous.generatedAt, metrics: slow.metrics });
  });

  test('a page in error twice keeps the older good measurement', () => {
    const first = planResultFiles(documentWith([home, inError(slow)]), previous).latest!;
    const second = planResultFiles(documentWith([home, inError(slow)], '2026-11-25T10:00:00.000Z'), first).latest!;
    expect(second.projects[0]!.pages[1]!.lastGood?.generatedAt).toBe(previous.generatedAt);
  });

  test('a page with no earlier measurement has no last good one', () => {
    const plan = planResultFiles(documentWith([home, inError(broken)]), previous);
    expect(plan.latest!.projects[0]!.pages[1]!.lastGood).toBeUndefined();
  });

  test('a preview page is matched by name when its port changed', () => {
    const moved = { ...inError(slow), url: 'http://127.0.0.1:9999/slow' };
    expect(planResultFiles(documentWith([home, moved]), previous).latest!.projects[0]!.pages[1]!.lastGood).toBeDefined();
  });

  test('what is planned validates against the schemas the site reads', () => {
    const plan = planResultFiles(documentWith([home, inError(slow)]), previous);
    expect(resultDocumentSchema.safeParse(plan.latest).success).toBe(true);
    expect(historyEntrySchema.safeParse(plan.history).success).toBe(true);
  });

  test('refuses a document of several projects', () => {
    const base = sampleDocument();
    expect(() => planResultFiles({ ...base, projects: [base.projects[0]!, base.projects[0]!] }, undefined)).toThrow(/exactly one project/);
  });
});

describe('historyEntry', () => {
  test('keeps each page’s outcome and judged values, not the detail', () => {
    const document = sampleDocument();
    const entry = historyEntry(document, document.projects[0]!);
    expect(entry.generatedAt).toBe(document.generatedAt);
    expect(entry.profile).toBe('desktop');
    expect(entry.pages[1]!.metrics.ttfb).toEqual({ value: 352, target: 200, status: 'fail' });
    expect(Object.keys(entry.pages[0]!)).not.toContain('lighthouse');
  });
});
