import { describe, expect, test } from 'vitest';
import type { Slo } from '../../../src/lib/schema/slo.ts';
import type { HistoryDay, HistoryEntry, HistoryLine } from '../../../src/lib/schema/result.ts';
import { decimalText, type Decimal } from '../../../src/lib/slo/decimal.ts';
import { effectiveSlos } from '../../../src/lib/slo/effective-slos.ts';
import { latencySamples, measuredBurn, type MeasuredBurn } from '../../../src/lib/slo/measured-burn.ts';

const SLOS: Slo[] = [
  { id: 'main-api-latency', service: { fr: 'API principale', en: 'Main API' }, sli: { fr: 'Latence P99', en: 'P99 latency' }, comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' },
  { id: 'database-query-time', service: { fr: 'Base de données', en: 'Database' }, sli: { fr: 'Temps de requête P95', en: 'P95 query time' }, comparison: 'lt', value: 50, unit: 'ms', errorBudgetPercent: 0.05, window: 'month' },
];
const [API, DATABASE] = effectiveSlos(SLOS, undefined);

/** A run line whose endpoints measured these percentiles (target id → ms); `error` marks an endpoint that could not be measured. */
function run(at: string, ...endpoints: Array<Record<string, number> | 'error'>): HistoryEntry {
  return {
    generatedAt: at,
    profile: 'desktop',
    pages: [],
    endpoints: endpoints.map((metrics, index) =>
      metrics === 'error'
        ? { name: `e${index}`, url: `https://api.example.com/${index}`, status: 'error', error: 'refused', metrics: {} }
        : { name: `e${index}`, url: `https://api.example.com/${index}`, status: 'pass', metrics: Object.fromEntries(Object.entries(metrics).map(([id, value]) => [id, { value, target: 500, status: 'pass' as const }])) },
    ),
  };
}

/** A rolled-up day of `runs` runs whose one endpoint's P99 went from `min` to `max`. */
function day(date: string, runs: number, min: number, max: number): HistoryDay {
  return {
    schemaVersion: 2,
    day: date,
    profile: 'desktop',
    runs,
    pages: [],
    endpoints: [{ name: 'e0', url: 'https://api.example.com/0', runs, errors: 0, metrics: { 'api-p99': { count: runs, median: min, min, max, misses: 0, target: 500 } } }],
  };
}

const text = (value: Decimal | undefined) => (value === undefined ? undefined : decimalText(value));
/** The figures of a measured burn as decimal text, to compare with hand-worked ones. */
function figures(burn: MeasuredBurn) {
  if (burn.kind !== 'measured') return burn;
  return {
    runs: burn.runs,
    records: burn.records,
    from: burn.from,
    to: burn.to,
    spanMinutes: burn.spanMinutes,
    burn: [text(burn.burn.low), text(burn.burn.high)],
    current: [text(burn.current.low), text(burn.current.high)],
    spent: burn.spent && [text(burn.spent.low), text(burn.spent.high)],
    minutesLeft: [text(burn.minutesLeft.low), text(burn.minutesLeft.high)],
  };
}

const burnOf = (history: HistoryLine[], records = {}) => figures(measuredBurn(API!, latencySamples(history, records, API!.value)));

describe('measuredBurn of the main API latency SLO (200 ms, 0.1 % over 30 days)', () => {
  test('two runs ten days apart, P99 150 ms and P99.9 250 ms: between 1x and 10x', () => {
    // P99 ≤ 200: at most 1 % over; P99.9 > 200: at least 0.1 % over. 0.001 ÷ 0.001 = 1x; 0.01 ÷ 0.001 = 10x.
    // Ten days are 14,400 minutes: 1 × 14,400 ÷ 43,200 = 0.3333 of the budget spent; 10 × that = 3.3333.
    // Left: at most 1 − 0.3333 = 0.6667 of it, which lasts 0.6667 × 43,200 ÷ 1 = 28,801.44 minutes; at least nothing.
    expect(burnOf([run('2026-11-01T00:00:00.000Z', { 'api-p99': 150, 'api-p999': 250 }), run('2026-11-11T00:00:00.000Z', { 'api-p99': 150, 'api-p999': 250 })])).toEqual({
      runs: 2,
      records: 0,
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-11T00:00:00.000Z',
      spanMinutes: 14_400,
      burn: ['1', '10'],
      current: ['1', '10'],
      spent: ['0.3333', '3.3333'],
      minutesLeft: ['0', '28801.44'],
    });
  });

  test('the storefront’s one recorded P95 of 240 ms: at least 50x, and no span to spend over', () => {
    // P95 > 200: at least 5 % over, nothing caps it: 0.05 ÷ 0.001 = 50x to 1 ÷ 0.001 = 1,000x.
    // A full budget lasts 43,200 ÷ 1,000 = 43.2 minutes at the most, 43,200 ÷ 50 = 864 at the least.
    const records = { 'api-p95': { value: 240, source: 'APM dashboard', at: '2026-11-20T09:00:00Z' } };
    expect(burnOf([], records)).toEqual({
      runs: 0,
      records: 1,
      from: '2026-11-20T09:00:00.000Z',
      to: '2026-11-20T09:00:00.000Z',
      spanMinutes: 0,
      burn: ['50', '1000'],
      current: ['50', '1000'],
      spent: undefined,
      minutesLeft: ['43.2', '864'],
    });
  });

  test('every percentile under the threshold: at most 1x, and no end to the budget at the least burn', () => {
    // P99.9 190 ≤ 200: at most 0.1 % over, 1x; nothing floors the share: 0x. A full budget lasts at least 43,200 ÷ 1 minutes.
    const figures = burnOf([run('2026-11-20T00:00:00.000Z', { 'api-p50': 20, 'api-p95': 80, 'api-p99': 150, 'api-p999': 190 })]);
    expect(figures).toMatchObject({ runs: 1, burn: ['0', '1'], spent: undefined, minutesLeft: ['43200', undefined] });
  });

  test('a day of three runs weighs three, a run of two endpoints one run, an endpoint in error nothing, and the newest run is the current burn', () => {
    // The day: P99 at most 180 in all three runs: [0, 0.01] weighing 3. The run: one endpoint's P95 240 ms: [0.05, 1]; the other endpoint in error.
    // Mean: low (0 × 3 + 0.05) ÷ 4 = 0.0125, high (0.01 × 3 + 1) ÷ 4 = 0.2575; ÷ 0.001: 12.5x to 257.5x.
    // The day sits at its noon, 2026-11-10T12:00; the run at 2026-11-15T12:00: 7,200 minutes.
    // Spent: 12.5 × 7,200 ÷ 43,200 = 2.0833; 257.5 × 7,200 ÷ 43,200 = 42.9167: all of it, so no time is left at any rate.
    expect(burnOf([day('2026-11-10', 3, 120, 180), run('2026-11-15T12:00:00.000Z', { 'api-p95': 240 }, 'error')])).toEqual({
      runs: 4,
      records: 0,
      from: '2026-11-10T12:00:00.000Z',
      to: '2026-11-15T12:00:00.000Z',
      spanMinutes: 7200,
      burn: ['12.5', '257.5'],
      current: ['50', '1000'],
      spent: ['2.0833', '42.9167'],
      minutesLeft: ['0', '0'],
    });
  });

  test('a day stands for the runs that judged its percentiles, not for those that judged only its error rate', () => {
    // Five runs judged the error rate, three the P99 (at most 180 ms: at most 1 % over): the day weighs three runs, 0x to 10x.
    const rolled = day('2026-11-10', 5, 120, 180);
    rolled.endpoints![0]!.metrics['api-p99']!.count = 3;
    rolled.endpoints![0]!.metrics['api-error-rate'] = { count: 5, median: 0, min: 0, max: 0, misses: 0, target: 1 };
    expect(burnOf([rolled])).toMatchObject({ runs: 3, burn: ['0', '10'] });
  });

  test('figures older than the window before the newest are left out', () => {
    // The run 40 days before the newest is out of the 30-day window: only the newest counts.
    const figures = burnOf([run('2026-10-01T00:00:00.000Z', { 'api-p95': 240 }), run('2026-11-10T00:00:00.000Z', { 'api-p99': 150 })]);
    expect(figures).toMatchObject({ runs: 1, from: '2026-11-10T00:00:00.000Z', burn: ['0', '10'] });
  });

  test('no run and no record: no figures yet, not a zero', () => {
    expect(burnOf([run('2026-11-10T00:00:00.000Z', 'error')])).toEqual({ kind: 'none' });
    expect(burnOf([])).toEqual({ kind: 'none' });
  });
});

test('the database SLO reads a histogram the probe never fills: it cannot be computed here', () => {
  const samples = latencySamples([run('2026-11-10T00:00:00.000Z', { 'api-p99': 30 })], {}, DATABASE!.value);
  expect(measuredBurn(DATABASE!, samples)).toEqual({ kind: 'unmeasurable', metric: 'db_client_operation_duration_seconds_bucket' });
});
