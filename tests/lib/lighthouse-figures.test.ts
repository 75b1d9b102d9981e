import { describe, expect, test } from 'vitest';
import { lighthouseFigures } from '../../src/lib/lighthouse-figures.ts';
import { savedLhr } from '../fixtures/sample-result.ts';

// Saved results of real Lighthouse runs on the fixture pages (tests/fixtures/lighthouse/capture.ts).
describe('lighthouseFigures reads saved Lighthouse results', () => {
  test.each<[string, string, { fcp: [number, number]; tti: [number, number] }]>([
    ['a fast page on desktop', 'fast-desktop', { fcp: [50, 1000], tti: [50, 1000] }],
    ['a page whose first byte takes 350 ms', 'slow-desktop', { fcp: [350, 1500], tti: [350, 1500] }],
    ['a fast page under mobile throttling', 'fast-mobile', { fcp: [300, 3000], tti: [300, 3000] }],
  ])('%s', (_, fixture, ranges) => {
    const outcome = lighthouseFigures(savedLhr(fixture));
    if (!outcome.ok) throw new Error(outcome.error);
    const { figures } = outcome;
    expect(figures.fcp).toBeGreaterThan(ranges.fcp[0]);
    expect(figures.fcp).toBeLessThan(ranges.fcp[1]);
    expect(figures.tti).toBeGreaterThanOrEqual(figures.fcp);
    expect(figures.tti).toBeLessThan(ranges.tti[1]);
    expect(figures.lighthouseVersion).toMatch(/^13\./);
    expect(Object.keys(figures.scores).sort()).toEqual(['accessibility', 'best-practices', 'performance', 'seo']);
    for (const score of Object.values(figures.scores)) expect(score).toBeGreaterThanOrEqual(0);
  });

  test('a runtime error becomes the page error, with its code', () => {
    expect(lighthouseFigures(savedLhr('error-500'))).toEqual({ ok: false, error: expect.stringMatching(/^Lighthouse could not measure the page \(ERRORED_DOCUMENT_REQUEST\): .*Status code: 500/) });
  });

  const base = savedLhr('fast-desktop') as { audits: Record<string, object> };
  test.each<[string, unknown, RegExp]>([
    ['no FCP, with Lighthouse’s reason', { ...base, audits: { ...base.audits, 'first-contentful-paint': { errorMessage: 'NO_FCP' } } }, /no first contentful paint: NO_FCP/],
    ['no TTI', { ...base, audits: { ...base.audits, interactive: {} } }, /no time to interactive$/],
    ['something that is not a Lighthouse result', { hello: 'world' }, /cannot read/],
  ])('%s is an error', (_, lhr, message) => {
    const outcome = lighthouseFigures(lhr);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(message);
  });

  test('scores run from 0 to 100, and an unscored category is null', () => {
    const lhr = { ...(savedLhr('fast-desktop') as object), categories: { performance: { score: 0.876 }, seo: { score: null } } };
    const outcome = lighthouseFigures(lhr);
    expect(outcome.ok && outcome.figures.scores).toEqual({ performance: 88, seo: null });
  });
});
