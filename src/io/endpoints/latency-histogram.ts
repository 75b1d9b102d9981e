import { build, type Histogram } from 'hdr-histogram-js';

/** Percentiles of a histogram, in milliseconds (to the microsecond). */
export interface LatencyPercentiles {
  /** Durations recorded. */
  count: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/** Values are kept in whole microseconds: 0.001 ms resolution. */
const MICROSECONDS_PER_MS = 1000;
/** Three significant digits: each value is kept within 0.1 % of what was recorded (HdrHistogram's usual setting). */
const SIGNIFICANT_DIGITS = 3;

/** An HDR histogram of durations in milliseconds, from 1 µs up to a stated ceiling. */
export class LatencyHistogram {
  readonly #histogram: Histogram;
  readonly #highestUs: number;
  /** Durations recorded above the ceiling (and kept at the ceiling). */
  clipped = 0;

  /** A histogram that tracks durations up to highestMs; longer ones are kept at highestMs. */
  constructor(highestMs: number) {
    if (!Number.isFinite(highestMs) || highestMs <= 0) throw new RangeError(`a latency histogram needs a positive ceiling in milliseconds (found ${highestMs})`);
    this.#highestUs = Math.max(2, Math.ceil(highestMs * MICROSECONDS_PER_MS));
    this.#histogram = build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: this.#highestUs,
      numberOfSignificantValueDigits: SIGNIFICANT_DIGITS,
      autoResize: false,
    });
  }

  /** Records one duration in milliseconds; negative ones (clock noise) count as zero. */
  record(durationMs: number): void {
    let us = Math.round(Math.max(0, durationMs) * MICROSECONDS_PER_MS);
    if (us > this.#highestUs) {
      us = this.#highestUs;
      this.clipped += 1;
    }
    this.#histogram.recordValue(us);
  }

  /** How many durations were recorded. */
  get count(): number {
    return this.#histogram.totalCount;
  }

  /** The percentiles in milliseconds; undefined when nothing was recorded (no made-up zero). */
  percentiles(): LatencyPercentiles | undefined {
    const histogram = this.#histogram;
    if (histogram.totalCount === 0) return undefined;
    const at = (percentile: number) => histogram.getValueAtPercentile(percentile) / MICROSECONDS_PER_MS;
    return {
      count: histogram.totalCount,
      p50: at(50),
      p95: at(95),
      p99: at(99),
      p999: at(99.9),
      max: histogram.maxValue / MICROSECONDS_PER_MS,
    };
  }
}
