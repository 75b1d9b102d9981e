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

  // every-metric-desktop.json: a page on which every figure differs (tests/scripts/fixture-server.ts,
  // everyMetricPage), so a figure read from the wrong audit or category shows. Values read by hand
  // from the saved JSON: audits[…].numericValue, categories[…].score × 100.
  const EVERY_METRIC = {
    fcp: 176.456, // first-contentful-paint
    lcp: 498.912, // largest-contentful-paint: the large image, after the text
    tti: 602.006, // interactive: after the 400 ms task
    speedIndex: 267.9117670061, // speed-index
    tbt: 342.5, // total-blocking-time: the 400 ms task less 50 ms, roughly
    cls: 0.1554418249, // cumulative-layout-shift: the banner inserted above the text
  };
  const EVERY_SCORE = { performance: 79, accessibility: 84, 'best-practices': 96, seo: 82 };

  test('the hand-read figures of the every-metric page are all different, so each row below proves its audit', () => {
    const values = [...Object.values(EVERY_METRIC), ...Object.values(EVERY_SCORE)];
    expect(new Set(values).size).toBe(values.length);
    expect(Math.min(...values)).toBeGreaterThan(0);
  });

  const everyMetric = lighthouseFigures(savedLhr('every-metric-desktop'));
  test.each(Object.entries(EVERY_METRIC))('a page where every metric differs: %s is read from its own audit', (figure, value) => {
    if (!everyMetric.ok) throw new Error(everyMetric.error);
    expect(everyMetric.figures[figure as keyof typeof EVERY_METRIC]).toBeCloseTo(value, 6);
  });

  test('a page where every metric differs: each score is read from its own category, 0 to 100', () => {
    if (!everyMetric.ok) throw new Error(everyMetric.error);
    expect(everyMetric.figures.scores).toEqual(EVERY_SCORE);
    expect(everyMetric.figures).toMatchObject({ lighthouseVersion: '13.5.0', warnings: [] });
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
