import { EXIT_NOTHING_MEASURED, EXIT_USAGE, exitStatus } from '../../lib/exit-status.ts';
import { orphansText } from '../../lib/orphans-text.ts';
import { projectDocument, resultDocument } from '../../lib/result-document.ts';
import type { ProjectResult } from '../../lib/schema/result.ts';
import { AD_HOC_PROJECT, summaryTable } from '../../lib/summary-table.ts';
import { ansiPainter, shouldUseColor } from '../../lib/terminal-color.ts';
import type { VerifyOptions } from '../../lib/verify-options.ts';
import { measuredTargetIds } from '../../lib/web-metric-sources.ts';
import { planText } from '../../lib/endpoints/plan-text.ts';
import { contentPaths } from '../content-paths.ts';
import { findChrome } from '../find-chrome.ts';
import { ChromeStartError, startLighthouse } from '../lighthouse-runner.ts';
import { endOrphans, markThisRun } from '../run-record.ts';
import { WriteError } from '../write-error.ts';
import { writeProjectResults } from '../write-results.ts';
import { measureProject, type RunCounter } from './measure-project.ts';
import { planRun } from './plan.ts';
import { reportUnwritten, writeReports } from './reports.ts';
import type { RunSession } from './session.ts';

/** Where a run reads and writes, and how it speaks. */
export interface RunContext {
  /** The folder holding src/content. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** The command's name, at the start of each message. */
  name: string;
  /** Writes a line on stderr, where progress and messages go. */
  say: (text: string) => void;
  /** Writes the table or the result document on stdout. */
  out: (text: string) => void;
  /** Whether stdout and stderr are terminals (for colours). */
  tty: { stdout: boolean; stderr: boolean };
  /** The usage text, printed under a usage error. */
  usage: string;
}


/** The tool version a document states for Lighthouse and Chrome when no page was measured (`--only endpoints`). */
const NOT_USED = 'not used';

/** Prints bad usage or configuration and returns exit status 2; nothing has been measured. */
function refuse(problems: readonly string[], withUsage: boolean, context: RunContext): number {
  for (const problem of problems) context.say(`${context.name}: ${problem}`);
  if (withUsage) context.say(`\n${context.usage}`);
  else context.say(`${context.name}: nothing was measured.`);
  return EXIT_USAGE;
}

/**
 * One run of verify-web-vitals: plans what to measure, prints the planned loads, ends what a killed
 * run left, starts Chrome when a page is to be measured, measures and judges each project's pages
 * and endpoints, writes each project's results as soon as it is done,
 * prints the table (and the document with --json), writes the CI reports, and returns the exit
 * status. Chrome, the preview and any build end on Ctrl-C, SIGTERM and SIGHUP; the caller ends
 * the session (`finish`) when it leaves, whatever happened.
 */
export async function runVerify(options: VerifyOptions, context: RunContext, session: RunSession): Promise<number> {
  const { root, env, say, name } = context;
  const planned = planRun(options, root, env);
  if ('problems' in planned) return refuse(planned.problems, planned.withUsage ?? false, context);
  planned.notes.forEach((note) => say(`${name}: ${note}`));
  const projects = planned.projects;
  const needsChrome = projects.some((project) => project.pages.length > 0);
  const chromePath = needsChrome ? findChrome(env) : undefined;
  if (needsChrome && chromePath === undefined) {
    say(
      `${name}: no Chromium or Chrome found${env.CHROME_PATH ? ` (CHROME_PATH is "${env.CHROME_PATH}", which is not an executable file)` : ''}. ` +
        'Install one (Debian/Ubuntu: apt-get install chromium; Fedora: dnf install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to its binary, then run the command again (or measure the endpoints alone with --only endpoints). Nothing was measured.',
    );
    return EXIT_NOTHING_MEASURED;
  }
  // The planned load, before any request is sent: what goes where, how fast, for how long.
  for (const project of projects) for (const endpoint of project.endpoints) say(`${name}: ${project.id}: planned load of ${planText(endpoint.plan, endpoint.name)}.`);

  session.handleStops();
  // Before anything is started: what a killed run left is ended, and what this one starts is marked.
  const resultsFolder = contentPaths(root).results;
  for (const orphans of endOrphans(resultsFolder)) say(`${name}: ${orphansText(orphans.ended, orphans.run)}`);
  session.marked = markThisRun(resultsFolder);
  const started = Date.now();
  const generatedAt = new Date(started).toISOString();
  if (chromePath !== undefined) {
    try {
      session.runner = await startLighthouse(chromePath);
    } catch (error) {
      if (!(error instanceof ChromeStartError)) throw error;
      say(`${name}: ${error.message}. Nothing was measured.`);
      return EXIT_NOTHING_MEASURED;
    }
  }
  const counter: RunCounter = { index: 0, total: projects.reduce((sum, project) => sum + project.pages.length + project.endpoints.length, 0), started, toolingFailed: false };
  const facts = () => ({
    generatedAt,
    tools: { lighthouse: session.runner?.lighthouseVersion ?? NOT_USED, chrome: session.runner?.chromeVersion() ?? NOT_USED, node: process.version },
    runs: options.runs,
    ttfbSamples: options.ttfbSamples,
    ...(options.profile ? { profile: options.profile } : {}),
  });
  const results: ProjectResult[] = [];
  const unwritten: { projects: string[]; refusal?: WriteError } = { projects: [] };
  try {
    for (const project of projects) {
      const result = await measureProject(project, options, session, counter, say, name);
      results.push(result);
      if (project.localPreview) session.stopPreview();
      if (project.id === AD_HOC_PROJECT) continue;
      // Once the results folder refused a write it would refuse the next: the rest is saved with it, at the end.
      if (unwritten.refusal === undefined) {
        try {
          const written = await writeProjectResults(projectDocument(resultDocument(facts(), [result]), project.id), root);
          say(`${name}: ${project.id}: ${written.latest ? `wrote ${written.latest}` : 'nothing was measured, so the last result stays'}; added a line to ${written.history}.`);
          continue;
        } catch (error) {
          if (!(error instanceof WriteError)) throw error;
          unwritten.refusal = error;
        }
      }
      unwritten.projects.push(project.id);
    }
  } finally {
    session.endEverything();
  }

  const document = resultDocument(facts(), results);
  const metricIds = measuredTargetIds(planned.catalog.targets);
  // Secrets were kept out where messages are made (measurePage): the output is written as it is, so it stays valid JSON whatever a secret looks like.
  const table = `${summaryTable(document, ansiPainter(shouldUseColor(options.json ? context.tty.stderr : context.tty.stdout, env))).join('\n')}\n`;
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (options.json) {
    context.out(json);
    say(`\n${table.trimEnd()}`);
  } else context.out(`\n${table}`);
  if (unwritten.refusal) reportUnwritten(unwritten.projects, unwritten.refusal, json, generatedAt, say, name);
  const reportRefusal = writeReports(document, metricIds, options.junit, env.GITHUB_STEP_SUMMARY, say, name);
  if (reportRefusal) say(`${name}: ${reportRefusal.message}`);
  return exitStatus(document, counter.toolingFailed, unwritten.refusal !== undefined || reportRefusal !== undefined);
}
