import { describe, expect, test } from 'vitest';
import { effortText, fillableText, formatDay, formatFigure, formatSigned, formatSignedPercent, formatTarget, metricCell, metricLabel, metricUnit, patternCell, percentileText } from '../../../src/lib/tables/audit-values.ts';
import { PATTERNS, TARGETS } from './report-fixture.ts';

/** No-break spaces read as spaces. */
const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFigure, formatSigned, formatSignedPercent', () => {
  test.each([
    // a time, a decimal in each language, English setting % close
    [() => formatFigure(240, 'ms', 'en'), '240 ms'],
    [() => formatFigure(4.2, 's', 'fr'), '4,2 s'],
    [() => formatFigure(0.4, 'percent', 'en'), '0.4%'],
    [() => formatFigure(0.4, 'percent', 'fr'), '0,4 %'],
    // French writes megabytes Mo; a unitless figure has no suffix
    [() => formatFigure(512, 'MB', 'fr'), '512 Mo'],
    [() => formatFigure(3, 'unitless', 'en'), '3'],
    // a load to a tenth
    [() => formatFigure(1248.25406276, 'req/s', 'en', 1), '1,248.3 req/s'],
    // signs: plus, the typeset minus, none for zero
    [() => formatSigned(40, 'ms', 'en'), '+40 ms'],
    [() => formatSigned(-15, 'ms', 'fr'), '−15 ms'],
    [() => formatSigned(0, 'ms', 'en'), '0 ms'],
    [() => formatSignedPercent(-33.3, 'en'), '−33.3%'],
    [() => formatSignedPercent(36.7, 'fr'), '+36,7 %'],
  ])('%#: %s', (format, text) => expect(nb(format())).toBe(text));
});

describe('fillableText', () => {
  test.each([
    // a figure is formatted
    [120, '120 ms'],
    // a placeholder is shown as written, so a reader sees what is left
    ['TODO: measure', 'TODO: measure'],
    // nothing at all is a dash, never a zero
    [undefined, '–'],
  ] as const)('%j → %s', (value, text) => expect(nb(fillableText<number | string>(value, (filled) => formatFigure(filled as number, 'ms', 'en')))).toBe(text));
});

describe('metrics', () => {
  test.each([
    // a target: its label and unit, linked to its row
    ['api-p95', undefined, 'api-p95', 'ms', { text: 'api-p95', href: '/en/targets/#target-api-p95' }],
    // a free metric: its word, its stated unit, no link
    ['throughput', 'req/s', 'Throughput', 'req/s', 'Throughput'],
    // an unknown id: marked, no unit
    ['nope', undefined, 'nope (unknown)', 'unitless', 'nope (unknown)'],
  ] as const)('%s', (id, unit, label, expectedUnit, cell) => {
    expect(metricLabel(id, TARGETS, 'en')).toBe(label);
    expect(metricUnit(id, unit, TARGETS)).toBe(expectedUnit);
    expect(metricCell(id, TARGETS, 'en')).toEqual(cell);
  });

  test.each([
    // a target to stay under, one to reach, and an unknown metric with no sign at all
    ['api-p95', 'ms', '< 200 ms'],
    ['throughput', 'req/s', '≥ 250 req/s'],
    ['nope', 'unitless', '250'],
  ] as const)('the target of %s', (id, unit, text) => expect(nb(formatTarget(id === 'api-p95' ? 200 : 250, id, unit, TARGETS, 'en'))).toBe(text));
});

describe('words', () => {
  test.each([
    [() => percentileText('p95', 'en'), 'P95'],
    [() => percentileText('p999', 'en'), 'P99.9'],
    [() => percentileText('mean', 'fr'), 'moyenne'],
    [() => percentileText('TODO: percentile', 'en'), 'TODO: percentile'],
    [() => percentileText(undefined, 'en'), '–'],
    [() => effortText('30 min', 'en'), '30 min'],
    [() => effortText('1.5d', 'fr'), '1,5 j'],
    [() => effortText('1 w', 'en'), '1 wk'],
    [() => effortText('TODO: effort', 'fr'), 'TODO: effort'],
    [() => formatDay('2026-11-20', 'en'), '20 Nov 2026'],
    [() => formatDay('2026-11-20', 'fr', 'long'), '20 novembre 2026'],
  ])('%#: %s', (format, text) => expect(nb(format())).toBe(text));

  test('a pattern links to its page in the page’s language; an unknown one is marked; none is a dash', () => {
    expect(patternCell('indexes', PATTERNS, 'fr')).toEqual({ text: 'Index manquants', href: '/patterns/indexes/' });
    expect(patternCell('nope', PATTERNS, 'en')).toBe('nope (unknown)');
    expect(patternCell(undefined, PATTERNS, 'en')).toBe('–');
  });
});
