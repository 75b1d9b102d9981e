import { describe, expect, test } from 'vitest';
import { effectiveTargets } from '../../src/lib/effective-targets.ts';
import { judgePage } from '../../src/lib/judge-page.ts';
import type { LighthouseFigures } from '../../src/lib/lighthouse-figures.ts';
import type { PageMeasurement } from '../../src/lib/page-measurement.ts';
import type { TargetOverride } from '../../src/lib/schema/project.ts';
import { sample, savedFigures, WEB_TARGETS } from '../fixtures/sample-result.ts';

/** A measurement of one page. */
const measured = (ttfb: number[], runs: LighthouseFigures[], error?: string): PageMeasurement => ({
  name: 'Page',
  url: 'http://127.0.0.1:8080/page',
  ttfbSamples: ttfb.map((total) => sample(total)),
  lighthouseRuns: runs,
  ...(error !== undefined ? { error } : {}),
});
/** A run with chosen FCP and TTI, the rest from the saved fast run. */
const runWith = (fcp: number, tti: number): LighthouseFigures => ({ ...savedFigures('fast-desktop'), fcp, tti });
const targets = (overrides: Record<string, TargetOverride> = {}) => effectiveTargets(WEB_TARGETS, { targets: overrides });

describe('judgePage', () => {
  test.each<[string, PageMeasurement, Record<string, TargetOverride>, { status: string; metrics: Record<string, [number, string]> }]>([
    ['a fast page passes every target', measured([12, 9, 15], [savedFigures('fast-desktop')]), {}, { status: 'pass', metrics: { ttfb: [12, 'pass'] } }],
    ['a slow first byte fails TTFB only', measured([352, 355, 351], [savedFigures('slow-desktop')]), {}, { status: 'fail', metrics: { ttfb: [352, 'fail'], fcp: [524.8, 'pass'] } }],
    ['an override judges against the project’s value', measured([250, 260, 240], [savedFigures('fast-desktop')]), { ttfb: { value: 300, reason: 'Rendered on demand.' } }, { status: 'pass', metrics: { ttfb: [250, 'pass'] } }],
    ['the median sample decides, not the first', measured([900, 20, 30], [savedFigures('fast-desktop')]), {}, { status: 'pass', metrics: { ttfb: [30, 'pass'] } }],
    ['the median run decides FCP and TTI together', measured([10], [runWith(400, 900), runWith(1200, 3500), runWith(500, 1000)]), {}, { status: 'pass', metrics: { fcp: [500, 'pass'], tti: [1000, 'pass'] } }],
    ['exactly on a "below" target is a miss', measured([200], [savedFigures('fast-desktop')]), {}, { status: 'fail', metrics: { ttfb: [200, 'fail'] } }],
    ['values are kept to a tenth of a millisecond', measured([12.345], [runWith(100.04, 150.06)]), {}, { status: 'pass', metrics: { ttfb: [12.3, 'pass'], fcp: [100, 'pass'], tti: [150.1, 'pass'] } }],
  ])('%s', (_, measurement, overrides, expected) => {
    const result = judgePage(measurement, targets(overrides));
    expect(result.status).toBe(expected.status);
    expect(Object.keys(result.metrics)).toEqual(['ttfb', 'fcp', 'tti']);
    for (const [id, [value, status]] of Object.entries(expected.metrics)) {
      expect(result.metrics[id]).toMatchObject({ value, status });
    }
  });

  test('each metric carries its target, comparison and whether it was overridden', () => {
    const result = judgePage(measured([12], [savedFigures('fast-desktop')]), targets({ tti: { value: 2500, reason: 'Team goal.' } }));
    expect(result.metrics.ttfb).toMatchObject({ target: 200, comparison: 'lt', overridden: false });
    expect(result.metrics.tti).toMatchObject({ target: 2500, overridden: true });
  });

  test('the Lighthouse summary and the TTFB breakdown come from the median run and sample', () => {
    const result = judgePage(measured([12, 9, 15], [savedFigures('fast-desktop')]), targets());
    expect(result.lighthouse?.scores).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(result.lighthouse?.cls).toBe(0);
    expect(result.ttfbBreakdown).toEqual({ dns: 0.1, connect: 0.4, tls: 0, wait: 11.5, redirects: 0 });
    expect(result).toMatchObject({ runs: 1, ttfbSamples: 3 });
  });

  test.each<[string, PageMeasurement, RegExp]>([
    ['a measurement that stopped keeps its reason', measured([], [], 'connection refused by 127.0.0.1:9: nothing listens there'), /connection refused/],
    ['no Lighthouse run', measured([10], []), /no Lighthouse run finished/],
    ['no TTFB sample', measured([], [savedFigures('fast-desktop')]), /no TTFB sample/],
  ])('%s: an error with no metrics', (_, measurement, message) => {
    const result = judgePage(measurement, targets());
    expect(result).toMatchObject({ status: 'error', metrics: {} });
    expect(result.error).toMatch(message);
  });

  test('targets another tool measures are left out', () => {
    const all = new Map([...WEB_TARGETS, ['api-p95', { ...WEB_TARGETS.get('ttfb')!, id: 'api-p95', measuredBy: 'record' as const }]]);
    const result = judgePage(measured([12], [savedFigures('fast-desktop')]), effectiveTargets(all, undefined));
    expect(Object.keys(result.metrics)).not.toContain('api-p95');
  });
});
