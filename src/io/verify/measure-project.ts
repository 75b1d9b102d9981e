import { judgePage } from '../../lib/judge-page.ts';
import { pageAddress } from '../../lib/project-pages.ts';
import { progressText } from '../../lib/progress-text.ts';
import { projectResult } from '../../lib/result-document.ts';
import type { PageResult, ProjectResult } from '../../lib/schema/result.ts';
import type { VerifyOptions } from '../../lib/verify-options.ts';
import { ChromeStartError } from '../lighthouse-runner.ts';
import { measurePage } from '../measure-page.ts';
import { PreviewError } from '../preview-build.ts';
import type { PlannedProject } from './plan.ts';
import type { RunSession } from './session.ts';

/** Where a run stands: pages done out of all, when it started, and whether Chrome or the preview failed. */
export interface RunCounter {
  index: number;
  total: number;
  started: number;
  toolingFailed: boolean;
}

/**
 * Measures and judges the pages of one project (or of the --url pages), saying each step on
 * stderr; a page that cannot be measured is that page's error. The counter's tooling flag is
 * raised when Chrome or the preview failed.
 */
export async function measureProject(project: PlannedProject, options: VerifyOptions, session: RunSession, counter: RunCounter, say: (text: string) => void, name: string): Promise<ProjectResult> {
  let origin: string | undefined;
  let setupError: string | undefined;
  if (project.localPreview && project.pages.some((page) => page.url === undefined)) {
    try {
      origin = (await session.ensurePreview()).origin;
    } catch (error) {
      if (!(error instanceof PreviewError)) throw error;
      setupError = error.message.split('\n')[0]!; // each page says what failed; the builder's own lines are printed once, below
      counter.toolingFailed = true;
      say(`${name}: ${error.message}`);
    }
  }
  const pages: PageResult[] = [];
  for (const page of project.pages) {
    counter.index++;
    const index = counter.index;
    const progress = (what: string) => say(progressText({ project: project.id, page: page.name, index, total: counter.total, what, elapsedMs: Date.now() - counter.started }));
    const url = page.url ?? (origin !== undefined ? pageAddress(page, origin) : page.path!);
    if (setupError !== undefined) {
      pages.push(judgePage({ name: page.name, url, ttfbSamples: [], lighthouseRuns: [], error: setupError }, project.targets));
      continue;
    }
    let measurement;
    try {
      measurement = await measurePage(
        { name: page.name, url, headers: page.headers, secrets: page.secrets },
        { runner: session.runner!, runs: options.runs, ttfbSamples: options.ttfbSamples, timeoutMs: options.timeoutSeconds * 1000, profile: project.profile, progress },
      );
    } catch (error) {
      if (!(error instanceof ChromeStartError)) throw error;
      counter.toolingFailed = true;
      measurement = { name: page.name, url, ttfbSamples: [], lighthouseRuns: [], error: error.message };
    }
    const judged = judgePage(measurement, project.targets);
    progress(judged.status === 'error' ? `error: ${judged.error}` : judged.status);
    pages.push(judged);
  }
  return projectResult(project.id, project.profile, pages);
}
