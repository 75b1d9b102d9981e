import type { LighthouseFigures } from './lighthouse-figures.ts';

/** One TTFB sample: a fresh request's phases, in milliseconds, summed over every redirect followed (as curl's -w timings are). */
export interface TtfbSample {
  /** From the start until the first byte of the final answer: curl's `time_starttransfer`. */
  total: number;
  dns: number;
  connect: number;
  tls: number;
  /** From the request sent until the first byte came back. */
  wait: number;
  redirects: number;
}

/**
 * Everything gathered for one page, before any judging: the TTFB samples, the figures of each
 * Lighthouse run, or what stopped the measurement. It is plain data, so a saved measurement can be
 * judged again without a browser.
 */
export interface PageMeasurement {
  name: string;
  url: string;
  ttfbSamples: TtfbSample[];
  lighthouseRuns: LighthouseFigures[];
  /** Why the page could not be measured, in one sentence; absent when it was. */
  error?: string;
}
