// Runs Lighthouse (mobile, its default) on a page in a Chrome already started, and keeps the
// median of each figure over several runs.
import lighthouse from 'lighthouse';
import { median } from './median.ts';

/** The four Lighthouse categories, in the order the table prints them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The timings kept of each run, by Lighthouse audit id (milliseconds, under its simulated mobile throttling). */
export const TIMINGS = { fcp: 'first-contentful-paint', si: 'speed-index', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time' } as const;
export type Timing = keyof typeof TIMINGS;

/**
 * How the page is visited. `first`: Lighthouse's default, the cache and storage emptied before
 * the load. `repeat`: the same Chrome profile loads the page again with nothing emptied
 * (Lighthouse's `disableStorageReset`), right after a first visit to it, so hashed assets come
 * from the HTTP cache and the page itself (sent `no-cache`) from the network.
 */
export type Visit = 'first' | 'repeat';

/** What one run gives. */
export interface RunFigures {
  /** Category scores from 0 to 100. */
  scores: Record<Category, number>;
  timings: Record<Timing, number>;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Bytes transferred for the page itself, its stylesheets and its scripts. */
  documentBytes: number;
  stylesheetBytes: number;
  scriptBytes: number;
}

/** The median figures of several runs on one page. */
export interface PageFigures extends RunFigures {
  /** Every run's FCP, to show the spread. */
  fcpRuns: number[];
  /** Every run's performance score and Total Blocking Time: TBT swings from run to run on a shared machine, and the score with it. */
  performanceRuns: number[];
  tbtRuns: number[];
}

/** The network requests Lighthouse saw. */
type Requests = Array<{ resourceType?: string; transferSize?: number }>;

/** One Lighthouse run against the Chrome listening on `port`. */
export async function runOnce(url: string, port: number, visit: Visit = 'first'): Promise<RunFigures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableStorageReset: visit === 'repeat' });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      if (score === null || score === undefined) throw new Error(`Lighthouse gave no ${id} score for ${url}`);
      return [id, Math.round(score * 100)];
    }),
  ) as Record<Category, number>;
  const numeric = (audit: string) => {
    const value = lhr.audits[audit]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no ${audit} for ${url}`);
    return value;
  };
  const timings = Object.fromEntries(Object.entries(TIMINGS).map(([key, audit]) => [key, numeric(audit)])) as Record<Timing, number>;
  const requests = ((lhr.audits['network-requests']?.details as { items?: Requests } | undefined)?.items ?? []) as Requests;
  const bytes = (type: string) => requests.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    scores,
    timings,
    cls: numeric('cumulative-layout-shift'),
    documentBytes: bytes('Document'),
    stylesheetBytes: bytes('Stylesheet'),
    scriptBytes: bytes('Script'),
  };
}

/** The median of each figure over several runs of one page; throws on none. */
export function medianFigures(results: readonly RunFigures[]): PageFigures {
  if (results.length === 0) throw new Error('medianFigures: no Lighthouse runs to take the median of');
  const of = (pick: (r: RunFigures) => number) => median(results.map(pick));
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, of((r) => r.scores[id])])) as Record<Category, number>,
    timings: Object.fromEntries(Object.keys(TIMINGS).map((key) => [key, of((r) => r.timings[key as Timing])])) as Record<Timing, number>,
    cls: of((r) => r.cls),
    documentBytes: of((r) => r.documentBytes),
    stylesheetBytes: of((r) => r.stylesheetBytes),
    scriptBytes: of((r) => r.scriptBytes),
    fcpRuns: results.map((r) => r.timings.fcp),
    performanceRuns: results.map((r) => r.scores.performance),
    tbtRuns: results.map((r) => r.timings.tbt),
  };
}
