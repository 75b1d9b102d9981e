import { lighthouseResultSchema, type LighthouseResult } from './schema/lighthouse-result.ts';

/** The figures of one Lighthouse run, in milliseconds (CLS is unitless, scores 0 to 100). */
export interface LighthouseFigures {
  fcp: number;
  tti: number;
  lcp: number | null;
  cls: number | null;
  tbt: number | null;
  speedIndex: number | null;
  /** Category scores from 0 to 100, keyed by category id; null when Lighthouse could not score it. */
  scores: Record<string, number | null>;
  lighthouseVersion: string;
  /** Lighthouse's own warnings about the run, such as a redirect or a slow host. */
  warnings: string[];
}

/** The audits whose values are read here (besides the category scores); the runner never skips them. */
export const LIGHTHOUSE_AUDITS_READ = ['first-contentful-paint', 'interactive', 'largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time', 'speed-index'] as const;

/** The outcome of reading one run: its figures, or what kept Lighthouse from measuring the page. */
export type FiguresOutcome = { ok: true; figures: LighthouseFigures } | { ok: false; error: string };

/** Reads a numeric audit, or null when Lighthouse gave no number for it. */
function numeric(result: LighthouseResult, audit: keyof LighthouseResult['audits']): number | null {
  const value = result.audits[audit]?.numericValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Says why a required audit has no value, in Lighthouse's words when it gave some. */
function missing(result: LighthouseResult, audit: keyof LighthouseResult['audits'], name: string): string {
  const reason = result.audits[audit]?.errorMessage;
  return `Lighthouse reported no ${name}${reason ? `: ${reason}` : ''}`;
}

/** Extracts the figures verify-web-vitals keeps from a Lighthouse result (LHR), or the reason there are none. */
export function lighthouseFigures(lhr: unknown): FiguresOutcome {
  const parsed = lighthouseResultSchema.safeParse(lhr);
  if (!parsed.success) return { ok: false, error: 'Lighthouse returned a result this command cannot read; check that Lighthouse 13 is installed (npm install)' };
  const result = parsed.data;
  if (result.runtimeError) return { ok: false, error: `Lighthouse could not measure the page (${result.runtimeError.code}): ${result.runtimeError.message}` };
  const fcp = numeric(result, 'first-contentful-paint');
  if (fcp === null) return { ok: false, error: missing(result, 'first-contentful-paint', 'first contentful paint') };
  const tti = numeric(result, 'interactive');
  if (tti === null) return { ok: false, error: missing(result, 'interactive', 'time to interactive') };
  const scores = Object.fromEntries(
    Object.entries(result.categories).map(([id, category]) => [id, category.score === null ? null : Math.round(category.score * 100)]),
  );
  return {
    ok: true,
    figures: {
      fcp,
      tti,
      lcp: numeric(result, 'largest-contentful-paint'),
      cls: numeric(result, 'cumulative-layout-shift'),
      tbt: numeric(result, 'total-blocking-time'),
      speedIndex: numeric(result, 'speed-index'),
      scores,
      lighthouseVersion: result.lighthouseVersion,
      warnings: result.runWarnings,
    },
  };
}
