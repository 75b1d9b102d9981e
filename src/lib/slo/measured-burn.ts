// How a project's measured figures stand against a latency SLO: the share of requests over the
// SLO's threshold in each run of verify-web-vitals (its history) and in each figure recorded with
// `checklist record`, the burn rate that share stands for, the budget it spent over the span the
// figures cover, and the time the rest lasts at the latest burn. Percentiles bound the share
// without giving it (latency-share-bounds.ts), so every figure here is a pair of bounds.
import { LATENCY_TARGETS } from '../endpoints/endpoint-targets.ts';
import type { RecordedValue } from '../schema/project.ts';
import { historyLineTime, isHistoryDay, type HistoryLine } from '../schema/result.ts';
import { budgetSpent, burnRateOf, minutesToExhaustion, windowMinutesOfDays } from './budget-figures.ts';
import { add, compare, decimal, divide, multiply, subtract, type Decimal } from './decimal.ts';
import type { EffectiveSlo } from './effective-slos.ts';
import { shareOverBounds, type PercentileRange, type ShareBounds } from './latency-share-bounds.ts';

/** The field of the project file naming the histogram of request latency: the one the probe's requests stand for. */
const REQUEST_LATENCY_FIELD = 'slos.monitoring.latency';
/** Digits after the point a mean share keeps. */
const SHARE_PLACES = 8;

/** A sample of an SLI: when, how many runs it stands for, where it comes from, and the share of requests over the threshold. */
export interface LatencySample {
  at: string;
  weight: number;
  source: 'run' | 'record';
  share: ShareBounds;
}

/** A figure known between two bounds; `high` absent: no upper bound (time left when nothing may burn). */
export interface Bounds {
  low: Decimal;
  high?: Decimal;
}

/** What the page can say of an SLO from the project's figures. */
export type MeasuredBurn =
  /** The SLO reads a histogram the handbook's probe never fills (database queries): nothing measured here stands for it. */
  | { kind: 'unmeasurable'; metric: string }
  /** Nothing measured or recorded yet. */
  | { kind: 'none' }
  | {
      kind: 'measured';
      /** Runs and records in the window, and how many of each. */
      runs: number;
      records: number;
      /** The oldest and the newest figure in the window. */
      from: string;
      to: string;
      /** Minutes from the oldest to the newest, whole. */
      spanMinutes: number;
      /** The burn rate over the span, every run and record weighing alike. */
      burn: Required<Bounds>;
      /** The burn rate of the newest figures. */
      current: Required<Bounds>;
      /** The share of the window's budget spent over the span, as a ratio; absent when the figures are all from one moment. */
      spent?: Required<Bounds>;
      /** Minutes until the budget left is gone at the current burn rate. */
      minutesLeft: Bounds;
    };

/** The percentiles of one page or endpoint of a history line: each run's own values, or a day's least and most. */
function percentilesOf(metrics: Readonly<Record<string, { value: number } | { min: number; max: number; count: number }>>, runs: number): PercentileRange[] {
  const ranges: PercentileRange[] = [];
  for (const { id, perMille } of LATENCY_TARGETS) {
    const metric = metrics[id];
    if (metric === undefined) continue;
    if ('value' in metric) ranges.push({ perMille, min: metric.value, max: metric.value });
    // A percentile that a day's runs did not all judge says nothing of the others.
    else if (metric.count === runs) ranges.push({ perMille, min: metric.min, max: metric.max });
  }
  return ranges;
}

/** The samples of an SLO's threshold: each endpoint of each run (a rolled-up day counts as its runs) and each recorded API percentile, oldest first. */
export function latencySamples(history: readonly HistoryLine[], records: Readonly<Record<string, RecordedValue>>, thresholdMs: number): LatencySample[] {
  const samples: LatencySample[] = [];
  const push = (at: string, weight: number, percentiles: PercentileRange[], source: LatencySample['source']) => {
    if (weight > 0 && percentiles.length > 0) samples.push({ at, weight, source, share: shareOverBounds(percentiles, thresholdMs) });
  };
  for (const line of history) {
    const at = historyLineTime(line);
    if (isHistoryDay(line)) {
      // A day's endpoint stands for the runs that judged its percentiles (its error rate may rest on more).
      for (const endpoint of line.endpoints ?? []) {
        const runs = Math.max(0, ...LATENCY_TARGETS.map(({ id }) => endpoint.metrics[id]?.count ?? 0));
        push(at, runs, percentilesOf(endpoint.metrics, runs), 'run');
      }
    } else {
      for (const endpoint of line.endpoints ?? []) if (endpoint.status !== 'error') push(at, 1, percentilesOf(endpoint.metrics, 1), 'run');
    }
  }
  for (const { id, perMille } of LATENCY_TARGETS) {
    const record = records[id];
    if (record !== undefined) push(new Date(record.at).toISOString(), 1, [{ perMille, min: record.value, max: record.value }], 'record');
  }
  return samples.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** How many runs a set of samples comes from: a run's endpoints are one run, a day's are its runs. */
function runsOf(samples: readonly LatencySample[]): number {
  const byTime = new Map<string, number>();
  for (const sample of samples) if (sample.source === 'run') byTime.set(sample.at, Math.max(byTime.get(sample.at) ?? 0, sample.weight));
  return [...byTime.values()].reduce((sum, runs) => sum + runs, 0);
}

/** The mean share of a set of samples, each weighing as many runs as it stands for. */
function meanShare(samples: readonly LatencySample[]): Required<Bounds> {
  let low = decimal(0);
  let high = decimal(0);
  let weight = 0;
  for (const sample of samples) {
    low = add(low, multiply(sample.share.low, sample.weight));
    high = add(high, multiply(sample.share.high, sample.weight));
    weight += sample.weight;
  }
  return { low: divide(low, weight, SHARE_PLACES), high: divide(high, weight, SHARE_PLACES) };
}

/** The burn rates a pair of shares stands for against a budget. */
function burnOf(share: Required<Bounds>, errorBudgetPercent: number): Required<Bounds> {
  return { low: burnRateOf(share.low, errorBudgetPercent), high: burnRateOf(share.high, errorBudgetPercent) };
}

/** Minutes until the share `left` of the budget is gone at a burn rate; undefined when nothing burns. */
function minutesUntilGone(left: Decimal, burnRate: Decimal, windowDays: number): Decimal | undefined {
  if (compare(burnRate, 0) <= 0) return undefined;
  if (compare(left, 0) <= 0) return decimal(0);
  return multiply(minutesToExhaustion(burnRate, windowDays), left);
}

/**
 * What a project's samples say of one SLO, over the SLO's window ending at the newest sample:
 * the burn over the span (every sample weighing the runs it stands for), the burn of the newest
 * samples, the budget spent over the span at that burn (the figures taken as a sample of the
 * span's traffic) and the time the rest lasts at the newest burn.
 */
export function measuredBurn(slo: EffectiveSlo, samples: readonly LatencySample[]): MeasuredBurn {
  if (slo.histogram.field !== REQUEST_LATENCY_FIELD) return { kind: 'unmeasurable', metric: slo.histogram.metric };
  const newest = samples.at(-1);
  if (newest === undefined) return { kind: 'none' };
  const end = Date.parse(newest.at);
  const windowStart = end - windowMinutesOfDays(slo.windowDays) * 60_000;
  const inWindow = samples.filter((sample) => Date.parse(sample.at) > windowStart);
  const from = inWindow[0]!.at;
  const spanMinutes = Math.round((end - Date.parse(from)) / 60_000);
  const burn = burnOf(meanShare(inWindow), slo.errorBudgetPercent);
  const current = burnOf(meanShare(inWindow.filter((sample) => Date.parse(sample.at) === end)), slo.errorBudgetPercent);
  const spent = spanMinutes > 0 ? { low: budgetSpent(burn.low, spanMinutes, slo.windowDays), high: budgetSpent(burn.high, spanMinutes, slo.windowDays) } : undefined;
  // The least time left: the most spent, at the fastest burn; the most: the least spent, at the slowest.
  const least = minutesUntilGone(subtract(1, spent?.high ?? 0), current.high, slo.windowDays) ?? decimal(0);
  const most = minutesUntilGone(subtract(1, spent?.low ?? 0), current.low, slo.windowDays);
  return {
    kind: 'measured',
    runs: runsOf(inWindow),
    records: inWindow.filter((sample) => sample.source === 'record').length,
    from,
    to: newest.at,
    spanMinutes,
    burn,
    current,
    ...(spent ? { spent } : {}),
    minutesLeft: most === undefined ? { low: least } : { low: least, high: most },
  };
}

/** What a project's runs and records say of each of its SLOs, by SLO id. */
export function measuredBurns(slos: readonly EffectiveSlo[], history: readonly HistoryLine[], records: Readonly<Record<string, RecordedValue>>): Map<string, MeasuredBurn> {
  return new Map(slos.map((slo) => [slo.id, measuredBurn(slo, latencySamples(history, records, slo.value))]));
}
