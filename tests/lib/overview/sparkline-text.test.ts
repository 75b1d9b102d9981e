import { describe, expect, test } from 'vitest';
import type { ProjectTrend } from '../../../src/lib/overview/project-card.ts';
import { shortLabel, sparklineCaption, sparklineDescription } from '../../../src/lib/overview/sparkline-text.ts';

const trend = (extra: Partial<ProjectTrend> = {}): ProjectTrend => ({
  metric: 'ttfb',
  label: { fr: 'TTFB (délai du premier octet)', en: 'TTFB (time to first byte)' },
  unit: 'ms',
  comparison: 'lt',
  target: 200,
  lines: 2,
  points: [
    { at: '2026-11-18T10:00:00.000Z', value: 150, status: 'pass', runs: 1, misses: 0 },
    { at: '2026-11-19T00:00:00.000Z', value: 170, status: 'fail', runs: 24, misses: 2 },
    { at: '2026-12-01T10:00:00.000Z', value: 178.5, status: 'pass', runs: 1, misses: 0 },
  ],
  ...extra,
});

describe('shortLabel', () => {
  test.each([
    ['TTFB (time to first byte)', 'TTFB'],
    ['API latency P50 (median)', 'API latency P50'],
    ['API error rate', 'API error rate'],
    ['(only a gloss)', '(only a gloss)'],
  ])('%s → %s', (label, short) => expect(shortLabel(label)).toBe(short));
});

describe('sparklineDescription', () => {
  test.each([
    ['en', 'Trend of TTFB (worst of 2 pages) over 26 runs, 18 Nov to 1 Dec: latest 178.5\u00a0ms, target <\u00a0200\u00a0ms, 2 misses.'],
    ['fr', 'Tendance de TTFB (la moins bonne de 2 pages) sur 26 mesures, du 18 nov. au 1 déc. : dernière valeur 178,5\u00a0ms, cible <\u00a0200\u00a0ms, 2 dépassements.'],
  ] as const)('%s', (locale, text) => expect(sparklineDescription(trend(), locale)).toBe(text));

  test('names the one page, or the endpoints, it is the worst of', () => {
    expect(sparklineDescription(trend({ lines: 1, only: 'Home' }), 'en')).toContain('TTFB (Home)');
    expect(sparklineDescription(trend({ metric: 'api-p95', label: { fr: 'Latence API P95', en: 'API latency P95' }, lines: 3 }), 'en')).toContain('API latency P95 (worst of 3 endpoints)');
  });

  test('the caption is the metric and its latest value', () => expect(sparklineCaption(trend(), 'fr')).toBe('TTFB 178,5\u00a0ms'));
});
