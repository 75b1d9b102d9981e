import { lighthouseFigures } from '../lib/lighthouse-figures.ts';
import type { PageMeasurement } from '../lib/page-measurement.ts';
import { answerProblem } from '../lib/probe-problem.ts';
import { redact } from '../lib/redact.ts';
import { performance } from 'node:perf_hooks';
import type { LighthouseRunner } from './lighthouse-runner.ts';
import { recordTiming } from './run-timings.ts';
import { probeTtfb } from './ttfb-probe.ts';

/** A page ready to measure: its address and the headers to send. */
export interface PageToMeasure {
  name: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  /** Header values to keep out of every message. */
  secrets: readonly string[];
}

/** How to measure, and where to report progress. */
export interface MeasureSettings {
  runner: LighthouseRunner;
  runs: number;
  ttfbSamples: number;
  timeoutMs: number;
  profile: 'mobile' | 'desktop';
  /** Told what is happening: "TTFB 5 samples", "Lighthouse run 2/3", a retry. */
  progress: (what: string) => void;
}

/**
 * Gathers one page: the TTFB samples first (a page that does not answer properly stops there,
 * with no browser time spent), then the Lighthouse runs, one after the other. Errors end the
 * measurement with a sentence; secrets never appear in it.
 */
export async function measurePage(page: PageToMeasure, settings: MeasureSettings): Promise<PageMeasurement> {
  const measurement: PageMeasurement = { name: page.name, url: page.url, ttfbSamples: [], lighthouseRuns: [] };
  const failed = (error: string): PageMeasurement => ({ ...measurement, error: redact(error, page.secrets) });
  settings.progress(`TTFB, ${settings.ttfbSamples} sample${settings.ttfbSamples === 1 ? '' : 's'}`);
  const probing = performance.now();
  for (let i = 0; i < settings.ttfbSamples; i++) {
    const probe = await probeTtfb(page.url, { headers: page.headers, timeoutMs: settings.timeoutMs });
    if (!probe.ok) return failed(probe.error);
    const problem = answerProblem(probe.answer);
    if (problem !== undefined) return failed(probe.sample.redirects > 0 ? `${problem} (after ${probe.sample.redirects} redirect${probe.sample.redirects === 1 ? '' : 's'}, at ${probe.finalUrl})` : problem);
    measurement.ttfbSamples.push(probe.sample);
  }
  recordTiming({ kind: 'ttfb', url: page.url, samples: settings.ttfbSamples, ms: performance.now() - probing });
  for (let run = 1; run <= settings.runs; run++) {
    settings.progress(`Lighthouse run ${run}/${settings.runs}`);
    const outcome = await settings.runner.run(page.url, { profile: settings.profile, headers: page.headers, timeoutMs: settings.timeoutMs }, (reason) =>
      settings.progress(`${redact(reason, page.secrets)}; retrying once with a fresh Chrome`),
    );
    if (!outcome.ok) return failed(outcome.error);
    const figures = lighthouseFigures(outcome.lhr);
    if (!figures.ok) return failed(figures.error);
    measurement.lighthouseRuns.push(figures.figures);
  }
  return measurement;
}
