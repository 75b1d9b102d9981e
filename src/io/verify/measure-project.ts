import { judgeEndpoint } from '../../lib/endpoints/judge-endpoint.ts';
import type { EndpointMeasurement } from '../../lib/endpoints/endpoint-measurement.ts';
import { endpointAddress, unmeasuredEndpoint } from '../../lib/endpoints/project-endpoints.ts';
import { judgePage } from '../../lib/judge-page.ts';
import { pageAddress } from '../../lib/project-pages.ts';
import { loadProgressText, progressText } from '../../lib/progress-text.ts';
import { projectResult } from '../../lib/result-document.ts';
import type { EndpointResult, PageResult, ProjectResult } from '../../lib/schema/result.ts';
import type { VerifyOptions } from '../../lib/verify-options.ts';
import { measureEndpoint } from '../endpoints/measure-endpoint.ts';
import { ChromeStartError } from '../lighthouse-runner.ts';
import { measurePage } from '../measure-page.ts';
import { PreviewError } from '../preview-build.ts';
import type { PlannedProject } from './plan.ts';
import type { RunSession } from './session.ts';

/** Where a run stands: pages and endpoints done out of all, when it started, and whether Chrome or the preview failed. */
export interface RunCounter {
  index: number;
  total: number;
  started: number;
  toolingFailed: boolean;
}

/** Seconds between two progress lines of an endpoint's load: often enough to see it move, rare enough for a CI log. */
const LOAD_PROGRESS_SECONDS = 5;

/** How one project's measuring speaks and keeps count. */
interface Step {
  project: PlannedProject;
  session: RunSession;
  counter: RunCounter;
  say: (text: string) => void;
  name: string;
}

/** Starts the preview when a page or endpoint of the project is a path on it; returns its origin, or the error every such page and endpoint then carries. */
async function previewFor(step: Step): Promise<{ origin?: string; setupError?: string }> {
  const { project, session, counter, say, name } = step;
  const needsPreview = project.localPreview && [...project.pages, ...project.endpoints].some((entry) => entry.url === undefined);
  if (!needsPreview) return {};
  try {
    return { origin: (await session.ensurePreview()).origin };
  } catch (error) {
    if (!(error instanceof PreviewError)) throw error;
    counter.toolingFailed = true;
    say(`${name}: ${error.message}`);
    return { setupError: error.message.split('\n')[0]! }; // each page says what failed; the builder's own lines are printed once, above
  }
}

/** A progress line for the next page or endpoint of the run. */
function stepper(step: Step, label: string): (what: string) => void {
  step.counter.index++;
  const index = step.counter.index;
  return (what) => step.say(progressText({ project: step.project.id, page: label, index, total: step.counter.total, what, elapsedMs: Date.now() - step.counter.started }));
}

/** Measures and judges the project's pages with the TTFB probe and Lighthouse; a page that cannot be measured is that page's error. */
async function measurePages(step: Step, options: VerifyOptions, origin: string | undefined, setupError: string | undefined): Promise<PageResult[]> {
  const { project, session, counter } = step;
  const pages: PageResult[] = [];
  for (const page of project.pages) {
    const progress = stepper(step, page.name);
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
  return pages;
}

/** Loads and judges the project's endpoints with the open-model probe, one after the other; a server that refuses or hangs is that endpoint's error. */
async function measureEndpoints(step: Step, origin: string | undefined, setupError: string | undefined): Promise<EndpointResult[]> {
  const { project } = step;
  const endpoints: EndpointResult[] = [];
  for (const endpoint of project.endpoints) {
    const progress = stepper(step, endpoint.name);
    const url = endpoint.url ?? (origin !== undefined ? endpointAddress(endpoint, origin) : endpoint.path!);
    let measurement: EndpointMeasurement;
    if (setupError !== undefined) {
      measurement = unmeasuredEndpoint(endpoint, url, setupError);
    } else {
      const planned = endpoint.plan.warmupRequests + endpoint.plan.measuredRequests;
      progress(`load ${endpoint.method} ${url}`);
      measurement = await measureEndpoint(endpoint, url, { onProgress: (load) => progress(loadProgressText({ ...load, planned })), progressIntervalMs: LOAD_PROGRESS_SECONDS * 1000 });
    }
    const judged = judgeEndpoint(measurement, project.targets);
    progress(judged.status === 'error' ? `error: ${judged.error}` : judged.status);
    endpoints.push(judged);
  }
  return endpoints;
}

/**
 * Measures and judges one project's pages, then its endpoints (or the --url pages and --endpoint
 * endpoints), saying each step on stderr; a page or endpoint that cannot be measured is its own
 * error. The counter's tooling flag is raised when Chrome or the preview failed.
 */
export async function measureProject(project: PlannedProject, options: VerifyOptions, session: RunSession, counter: RunCounter, say: (text: string) => void, name: string): Promise<ProjectResult> {
  const step: Step = { project, session, counter, say, name };
  const { origin, setupError } = await previewFor(step);
  const pages = await measurePages(step, options, origin, setupError);
  const endpoints = await measureEndpoints(step, origin, setupError);
  return projectResult(project.id, project.profile, pages, endpoints);
}
