// Runs Lighthouse (mobile, its default) on a page in a Chrome already started, and keeps the
// median of each figure over several runs.
import lighthouse from 'lighthouse';
import { median } from './median.ts';

/** The four Lighthouse categories, in the order the table prints them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The median figures of several runs on one page. */
export interface PageFigures {
  /** Category scores from 0 to 100. */
  scores: Record<Category, number>;
  /** First Contentful Paint in milliseconds (Lighthouse's simulated mobile throttling). */
  fcp: number;
  /** Bytes of script transferred to load the page. */
  scriptBytes: number;
  /** Every run's FCP, to show the spread. */
  fcpRuns: number[];
}

/** What one run gives. */
export interface RunFigures {
  scores: Record<Category, number>;
  fcp: number;
  scriptBytes: number;
}

/** One Lighthouse run against the Chrome listening on `port`. */
export async function runOnce(url: string, port: number): Promise<RunFigures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
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
  const fcp = lhr.audits['first-contentful-paint']?.numericValue;
  if (fcp === undefined) throw new Error(`Lighthouse gave no FCP for ${url}`);
  const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? [];
  const scriptBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return { scores, fcp, scriptBytes };
}

/** The median of each figure over several runs of one page; throws on none. */
export function medianFigures(results: readonly RunFigures[]): PageFigures {
  if (results.length === 0) throw new Error('medianFigures: no Lighthouse runs to take the median of');
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(results.map((r) => r.scores[id]))])) as Record<Category, number>;
  return {
    scores,
    fcp: median(results.map((r) => r.fcp)),
    scriptBytes: median(results.map((r) => r.scriptBytes)),
    fcpRuns: results.map((r) => r.fcp),
  };
}
