// `npm run verify-web-vitals`: measures each configured page with a TTFB probe and Lighthouse,
// judges the medians against the project's effective targets, writes the results the site reads,
// prints a table, and exits 0 (all met), 1 (a miss or a page in error), 2 (bad usage or
// configuration, nothing measured), 3 (nothing could be measured at all), 4 (measured, but the
// results could not be written), 130 (Ctrl-C) or 128 + the signal's number (SIGHUP 129, SIGTERM 143).
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, resolve } from 'node:path';
import { contentPaths, defaultRoot } from '../src/io/content-paths.ts';
import { findChrome } from '../src/io/find-chrome.ts';
import { ChromeStartError, isStrayProtocolError, startLighthouse, type LighthouseRunner } from '../src/io/lighthouse-runner.ts';
import { loadCatalog } from '../src/io/load-catalog.ts';
import { measurePage } from '../src/io/measure-page.ts';
import { buildReason, buildSite, killGroup, PreviewError } from '../src/io/preview-build.ts';
import { startPreview, type Preview } from '../src/io/preview-server.ts';
import { displayPath } from '../src/io/read-yaml.ts';
import { endOrphans, markThisRun, type MarkedRun } from '../src/io/run-record.ts';
import { saveResultsElsewhere } from '../src/io/save-results-elsewhere.ts';
import { writeFileAtomic } from '../src/io/write-atomic.ts';
import { WriteError, writing } from '../src/io/write-error.ts';
import { writeProjectResults } from '../src/io/write-results.ts';
import { effectiveTargets, type EffectiveTarget } from '../src/lib/effective-targets.ts';
import { EXIT_INTERRUPTED, EXIT_NOTHING_MEASURED, EXIT_USAGE, exitStatus } from '../src/lib/exit-status.ts';
import { unwrittenResultsText, type SpareCopy } from '../src/lib/unwritten-results-text.ts';
import { ContentError } from '../src/lib/friendly-errors.ts';
import { judgePage } from '../src/lib/judge-page.ts';
import { junitReport } from '../src/lib/junit-report.ts';
import { markdownSummary } from '../src/lib/markdown-summary.ts';
import { orphansText } from '../src/lib/orphans-text.ts';
import { pageAddress, planProjectPages, type PlannedPage } from '../src/lib/project-pages.ts';
import { selectProjects } from '../src/lib/project-selection.ts';
import { progressText } from '../src/lib/progress-text.ts';
import { projectDocument, projectResult, resultDocument } from '../src/lib/result-document.ts';
import type { Catalog } from '../src/lib/schema/catalog.ts';
import type { PageResult, ProjectResult } from '../src/lib/schema/result.ts';
import { AD_HOC_PROJECT, summaryTable } from '../src/lib/summary-table.ts';
import { ansiPainter, shouldUseColor } from '../src/lib/terminal-color.ts';
import { verifyOptions, type VerifyOptions } from '../src/lib/verify-options.ts';
import { measuredTargetIds, unmeasurableTargets } from '../src/lib/web-metric-sources.ts';
import { profileFor } from '../src/lib/profile.ts';

const NAME = 'verify-web-vitals';

const USAGE = `Usage: npm run verify-web-vitals -- [options]

Measures each configured page with a TTFB probe and Lighthouse, judges the medians against the
project's effective targets (ttfb, fcp, tti), writes src/content/results/<project>.json and a line
of <project>.history.jsonl for the site, and prints a table.

Options:
  --project <id>        A project to measure; repeat it for several. Default: every project with
                        pages, except examples whose pages are all on documentation-only hosts
                        (RFC 2606, such as shop.example.com), which are measured only when named.
  --url <url>           An ad hoc page, judged against the default targets; repeat it for several.
                        Nothing is written. Without --project, only these pages are measured.
  --runs <n>            Lighthouse runs per page, 1 to 20; the median run is judged. Default: 3.
  --profile <name>      mobile or desktop. Default: the project's \`profile\`, else mobile.
  --ttfb-samples <n>    TTFB requests per page, 1 to 100; the median is judged. Default: 5.
  --timeout <seconds>   Longest wait for a page to answer or to load, 1 to 600. Default: 45.
  --json                Print the result document on stdout and nothing else (the table goes to stderr).
  --junit <file>        Also write a JUnit XML report: one test case per page and metric.
  --help                Show this help.

Environment:
  PERF_HANDBOOK_ROOT    The folder holding src/content (default: the working directory).
  CHROME_PATH           The Chrome or Chromium to use (default: chromium, google-chrome... on PATH).
  GITHUB_STEP_SUMMARY   When set, a Markdown summary of the run is appended to that file.
  NO_COLOR, CI          Either one turns colours off; they are only ever used on a terminal.

Exit status:
  0    every target met
  1    a target missed, or a page could not be measured
  2    bad usage or configuration; nothing was measured
  3    nothing could be measured at all (no browser, Chrome would not start, the preview failed)
  4    measured, but the results or a report could not be written (disk full, no permission,
       read-only, the results lock kept by another run): the files the site reads are left as
       they were, and the message names the file in the temp folder the results were saved in
  130  interrupted (Ctrl-C); 129 on SIGHUP (a closed terminal), 143 on SIGTERM (a cancelled CI
       job): Chrome, the preview and any build are ended, nothing half-written is left. A run
       killed outright (kill -9) leaves a run file beside the results; the next run ends what
       it left running and says so

Examples:
  npm run verify-web-vitals
  npm run verify-web-vitals -- --project handbook --runs 5
  npm run verify-web-vitals -- --url https://example.org/ --profile desktop
  npm run --silent verify-web-vitals -- --json > result.json`;

/** Writes a line on stderr, where progress and messages go. */
const say = (text: string) => process.stderr.write(`${text}\n`);

/** Prints bad usage or configuration and returns exit status 2; nothing has been measured. */
function refuse(problems: readonly string[], withUsage: boolean): number {
  for (const problem of problems) say(`${NAME}: ${problem}`);
  if (withUsage) say(`\n${USAGE}`);
  else say(`${NAME}: nothing was measured.`);
  return EXIT_USAGE;
}

/** A selected project, ready to measure. */
interface PlannedProject {
  id: string;
  profile: 'mobile' | 'desktop';
  localPreview: boolean;
  targets: Map<string, EffectiveTarget>;
  pages: PlannedPage[];
}

/** Reads the content and works out what to measure; returns the plan, or the problems that stop the run before it starts. */
function plan(options: VerifyOptions, root: string): { projects: PlannedProject[]; catalog: Catalog; notes: string[] } | { problems: string[]; withUsage?: boolean } {
  let catalog: Catalog;
  try {
    catalog = loadCatalog(root);
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
  const paths = contentPaths(root);
  const unmeasurable = unmeasurableTargets(catalog.targets, displayPath(paths.targets));
  if (unmeasurable.length > 0) return { problems: unmeasurable };
  const selection = selectProjects(catalog.projects, options.projects, options.urls.length > 0);
  // A --project naming no project is bad usage; a project file that cannot be used is bad configuration.
  if (!selection.ok) return { problems: selection.problems, withUsage: options.projects.length > 0 };
  const problems: string[] = [];
  const projects: PlannedProject[] = [];
  for (const id of selection.selected) {
    const project = catalog.projects.get(id)!;
    const pages = planProjectPages(project, process.env, displayPath(paths.project(id)));
    if (!pages.ok) problems.push(...pages.problems);
    else projects.push({ id, profile: profileFor(options.profile, project), localPreview: project.localPreview, targets: effectiveTargets(catalog.targets, project), pages: pages.pages });
  }
  if (problems.length > 0) return { problems };
  const notes = selection.skipped.map((entry) => `skipped project ${entry.id}: ${entry.reason}.`);
  return { projects, catalog, notes };
}

/** Everything that must end when the run ends or is interrupted. */
const running = { runner: undefined as LighthouseRunner | undefined, preview: undefined as Preview | undefined, child: undefined as ChildProcess | undefined, marked: undefined as MarkedRun | undefined };

/** Ends Chrome, the preview server and any build right now, then anything else carrying this run's mark (a Chrome still starting, their helpers). */
function endEverything(): void {
  running.runner?.close();
  running.preview?.stop();
  if (running.child) killGroup(running.child);
  running.marked?.endProcesses();
}

/** The signals that end a run: Ctrl-C, a termination request (a cancelled CI job), a closed terminal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** On one of STOP_SIGNALS: end the children and leave with 128 + the signal's number; writes are synchronous, so none is ever half done. */
function onSignal(signal: NodeJS.Signals): void {
  endEverything();
  running.marked?.finish();
  process.stderr.on('error', () => {}); // after SIGHUP the terminal may be gone: the last line is then lost, not the exit
  say(`\n${NAME}: stopped (${signal}). Chrome, the preview server and any build are ended; finished projects were written, unfinished ones keep their last result.`);
  process.exit(signal === 'SIGINT' ? EXIT_INTERRUPTED : 128 + constants.signals[signal]);
}

/** Lighthouse leaves some protocol calls unawaited; when Chrome dies they reject after the run has already recorded the failure. Anything else is a bug. */
function onUnhandledRejection(reason: unknown): void {
  if (isStrayProtocolError(reason)) return;
  endEverything();
  throw reason;
}

/** Makes sure the handbook's preview is running: builds it when needed, starts it, and says so. */
async function ensurePreview(root: string): Promise<Preview> {
  if (running.preview) return running.preview;
  const reason = buildReason(root);
  if (reason !== undefined) {
    say(`${NAME}: building the handbook (${reason})...`);
    await buildSite(root, (child) => (running.child = child));
  }
  say(`${NAME}: starting the preview server...`);
  running.preview = await startPreview(root, (child) => (running.child = child));
  say(`${NAME}: the preview answers at ${running.preview.origin}.`);
  return running.preview;
}

/** Measures and judges the pages of one project (or of the --url pages); the tooling failure flag is raised when Chrome or the preview failed. */
async function measureProject(
  project: PlannedProject,
  options: VerifyOptions,
  root: string,
  counter: { index: number; total: number; started: number; toolingFailed: boolean },
): Promise<ProjectResult> {
  let origin: string | undefined;
  let setupError: string | undefined;
  if (project.localPreview && project.pages.some((page) => page.url === undefined)) {
    try {
      origin = (await ensurePreview(root)).origin;
    } catch (error) {
      if (!(error instanceof PreviewError)) throw error;
      setupError = error.message.split('\n')[0]!; // each page says what failed; the builder's own lines are printed once, below
      counter.toolingFailed = true;
      say(`${NAME}: ${error.message}`);
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
        { runner: running.runner!, runs: options.runs, ttfbSamples: options.ttfbSamples, timeoutMs: options.timeoutSeconds * 1000, profile: project.profile, progress },
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

/** Writes the CI outputs asked for: the JUnit file and the GitHub step summary; returns the refusal of one that could not be written. */
function writeReports(document: ReturnType<typeof resultDocument>, metricIds: string[], options: VerifyOptions): WriteError | undefined {
  try {
    if (options.junit !== undefined) {
      const path = resolve(options.junit);
      writing(path, () => mkdirSync(dirname(path), { recursive: true }));
      writeFileAtomic(path, junitReport(document, metricIds));
      say(`${NAME}: JUnit report written to ${displayPath(path)}.`);
    }
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) writing(summary, () => appendFileSync(summary, `${markdownSummary(document, metricIds)}\n`));
  } catch (error) {
    if (error instanceof WriteError) return error;
    throw error;
  }
  return undefined;
}

/** Saves the run's results in the temp folder when they could not be written where the site reads them, and says so in one paragraph. */
function reportUnwritten(projects: string[], refusal: WriteError, json: string, generatedAt: string): void {
  let copy: SpareCopy;
  try {
    copy = { saved: saveResultsElsewhere(json, generatedAt) };
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    copy = { failed: error.message };
  }
  say(`${NAME}: ${unwrittenResultsText(projects, refusal.message, copy)}`);
}

/** Runs the command; returns its exit status. */
async function main(argv: string[]): Promise<number> {
  const parsed = verifyOptions(argv);
  if (!parsed.ok) return refuse(parsed.problems, true);
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = defaultRoot();
  const planned = plan(options, root);
  if ('problems' in planned) return refuse(planned.problems, planned.withUsage ?? false);
  planned.notes.forEach((note) => say(`${NAME}: ${note}`));
  const chromePath = findChrome();
  if (chromePath === undefined) {
    say(
      `${NAME}: no Chromium or Chrome found${process.env.CHROME_PATH ? ` (CHROME_PATH is "${process.env.CHROME_PATH}", which is not an executable file)` : ''}. ` +
        'Install one (Debian/Ubuntu: apt-get install chromium; Fedora: dnf install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to its binary, then run the command again. Nothing was measured.',
    );
    return EXIT_NOTHING_MEASURED;
  }

  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  process.on('unhandledRejection', onUnhandledRejection);
  // Before anything is started: what a killed run left is ended, and what this one starts is marked.
  const resultsFolder = contentPaths(root).results;
  for (const orphans of endOrphans(resultsFolder)) say(`${NAME}: ${orphansText(orphans.ended, orphans.run)}`);
  running.marked = markThisRun(resultsFolder);
  const started = Date.now();
  const generatedAt = new Date(started).toISOString();
  try {
    running.runner = await startLighthouse(chromePath);
  } catch (error) {
    if (!(error instanceof ChromeStartError)) throw error;
    say(`${NAME}: ${error.message}. Nothing was measured.`);
    return EXIT_NOTHING_MEASURED;
  }
  const adHoc: PlannedProject = {
    id: AD_HOC_PROJECT,
    profile: profileFor(options.profile),
    localPreview: false,
    targets: effectiveTargets(planned.catalog.targets, undefined),
    pages: options.urls.map((url) => ({ name: url, url, headers: {}, secrets: [] })),
  };
  const projects = [...planned.projects, ...(adHoc.pages.length > 0 ? [adHoc] : [])];
  const counter = { index: 0, total: projects.reduce((sum, project) => sum + project.pages.length, 0), started, toolingFailed: false };
  const facts = () => ({
    generatedAt,
    tools: { lighthouse: running.runner!.lighthouseVersion, chrome: running.runner!.chromeVersion(), node: process.version },
    runs: options.runs,
    ttfbSamples: options.ttfbSamples,
    ...(options.profile ? { profile: options.profile } : {}),
  });
  const results: ProjectResult[] = [];
  const unwritten: { projects: string[]; refusal?: WriteError } = { projects: [] };
  try {
    for (const project of projects) {
      const result = await measureProject(project, options, root, counter);
      results.push(result);
      if (project.localPreview) {
        running.preview?.stop();
        running.preview = undefined;
      }
      if (project.id === AD_HOC_PROJECT) continue;
      // Once the results folder refused a write it would refuse the next: the rest is saved with it, at the end.
      if (unwritten.refusal === undefined) {
        try {
          const written = await writeProjectResults(projectDocument(resultDocument(facts(), [result]), project.id), root);
          say(`${NAME}: ${project.id}: ${written.latest ? `wrote ${written.latest}` : 'nothing was measured, so the last result stays'}; added a line to ${written.history}.`);
          continue;
        } catch (error) {
          if (!(error instanceof WriteError)) throw error;
          unwritten.refusal = error;
        }
      }
      unwritten.projects.push(project.id);
    }
  } finally {
    endEverything();
  }

  const document = resultDocument(facts(), results);
  const metricIds = measuredTargetIds(planned.catalog.targets);
  // Secrets were kept out where messages are made (measurePage): the output is written as it is, so it stays valid JSON whatever a secret looks like.
  const table = `${summaryTable(document, ansiPainter(shouldUseColor(options.json ? process.stderr.isTTY : process.stdout.isTTY, process.env))).join('\n')}\n`;
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (options.json) {
    process.stdout.write(json);
    process.stderr.write(`\n${table}`);
  } else process.stdout.write(`\n${table}`);
  if (unwritten.refusal) reportUnwritten(unwritten.projects, unwritten.refusal, json, generatedAt);
  const reportRefusal = writeReports(document, metricIds, options);
  if (reportRefusal) say(`${NAME}: ${reportRefusal.message}`);
  return exitStatus(document, counter.toolingFailed, unwritten.refusal !== undefined || reportRefusal !== undefined);
}

/** Ends what is left and leaves once stdout has taken everything written to it; Lighthouse may keep handles open that would hold the process. */
const leave = (status: number) => {
  endEverything();
  running.marked?.finish();
  process.stdout.write('', () => process.exit(status));
};

main(process.argv.slice(2)).then(leave, (error: unknown) => {
  endEverything();
  say(`${NAME}: unexpected error (a bug; please report it with this trace):\n${error instanceof Error ? error.stack : String(error)}`);
  leave(1);
});
