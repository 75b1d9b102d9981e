import { EXIT_NOT_WRITTEN, EXIT_NOTHING_MEASURED, EXIT_PASS, EXIT_USAGE } from '../../lib/exit-status.ts';
import { orphansText } from '../../lib/orphans-text.ts';
import { resultDocument } from '../../lib/result-document.ts';
import type { ProjectResult } from '../../lib/schema/result.ts';
import { planIdentity } from '../../lib/shards/plan-identity.ts';
import { planShares } from '../../lib/shards/plan-shares.ts';
import { PARTIAL_KIND, PARTIAL_VERSION, type PartialResult } from '../../lib/shards/partial-result-schema.ts';
import { shareText } from '../../lib/shards/share-text.ts';
import { projectsOfShare } from '../../lib/shards/work-items.ts';
import { AD_HOC_PROJECT } from '../../lib/summary-table.ts';
import type { VerifyOptions } from '../../lib/verify-options.ts';
import { measuredTargetIds } from '../../lib/web-metric-sources.ts';
import { planText } from '../../lib/endpoints/plan-text.ts';
import { contentPaths } from '../content-paths.ts';
import { findChrome } from '../find-chrome.ts';
import { ChromeStartError, startLighthouse } from '../lighthouse-runner.ts';
import { endOrphans, markThisRun } from '../run-record.ts';
import { saveResultsElsewhere } from '../save-results-elsewhere.ts';
import { planFingerprint, writePartialResult } from '../shards/partial-file.ts';
import { WriteError } from '../write-error.ts';
import { finishRun, writeProject, type Unwritten } from './finish-run.ts';
import { measureProject, type RunCounter } from './measure-project.ts';
import { planRun, type PlannedProject } from './plan.ts';
import { NOT_USED, type RunContext } from './run-context.ts';
import { STOP_KEEPS_FINISHED, STOP_KEEPS_NOTHING_SHARDED, type RunSession } from './session.ts';

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
 * and endpoints, writes each project's results as soon as it is done (a shard, `--shard i/n`:
 * only its share, written to `--out` at the end for `merge`),
 * prints the table (and the document with --json), writes the CI reports, and returns the exit
 * status. Chrome, the preview and any build end on Ctrl-C, SIGTERM and SIGHUP; the caller ends
 * the session (`finish`) when it leaves, whatever happened.
 */
export async function runVerify(options: VerifyOptions, context: RunContext, session: RunSession): Promise<number> {
  const { root, env, say, name } = context;
  const planned = planRun(options, root, env);
  if ('problems' in planned) return refuse(planned.problems, planned.withUsage ?? false, context);
  planned.notes.forEach((note) => say(`${name}: ${note}`));
  const shard = options.shard === undefined ? undefined : shardOf(planned.projects, options, context);
  const projects = shard?.projects ?? planned.projects;
  if (shard !== undefined && projects.length === 0) return writeEmptyShard(shard.partial, options.out!, context);
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

  session.handleStops(shard === undefined ? STOP_KEEPS_FINISHED : STOP_KEEPS_NOTHING_SHARDED);
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
  const unwritten: Unwritten = { projects: [] };
  try {
    for (const project of projects) {
      const result = await measureProject(project, options, session, counter, say, name);
      results.push(result);
      if (project.localPreview) session.stopPreview();
      // A shard writes its share to --out at the end; merge writes it where the site reads it.
      if (project.id !== AD_HOC_PROJECT && shard === undefined) await writeProject(result, facts(), unwritten, context);
    }
  } finally {
    session.endEverything();
  }

  const document = resultDocument(facts(), results);
  let partialRefusal: WriteError | undefined;
  if (shard !== undefined) {
    const partial: PartialResult = { ...shard.partial, generatedAt, finishedAt: new Date().toISOString(), tools: document.tools, toolingFailed: counter.toolingFailed, projects: results };
    try {
      say(`${name}: shard ${options.shard!.index}/${options.shard!.total}: wrote ${writePartialResult(options.out!, partial)}; merge the shards with npm run verify-web-vitals -- merge <dir>...`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      partialRefusal = error;
      keepPartialElsewhere(partial, context);
    }
  }
  return finishRun({ document, metricIds: measuredTargetIds(planned.catalog.targets), json: options.json, ...(options.junit !== undefined ? { junit: options.junit } : {}), unwritten, ...(partialRefusal ? { otherRefusal: partialRefusal } : {}), toolingFailed: counter.toolingFailed }, context);
}

/** A shard's share of the plan: its projects, narrowed to the pages and endpoints it measures, and its partial result before anything is measured. */
function shardOf(all: PlannedProject[], options: VerifyOptions, context: RunContext): { projects: PlannedProject[]; partial: PartialResult } {
  const spec = options.shard!;
  const plan = planIdentity(all, options);
  const shares = planShares(plan, spec.total);
  const share = shares[spec.index - 1]!;
  context.say(`${context.name}: ${shareText(spec, share, shares)}`);
  const now = new Date().toISOString();
  return {
    projects: projectsOfShare(all, new Set(share.items.map((item) => item.key))),
    partial: { kind: PARTIAL_KIND, version: PARTIAL_VERSION, shard: spec, fingerprint: planFingerprint(plan), plan, items: share.items.map((item) => item.key), generatedAt: now, finishedAt: now, tools: { lighthouse: NOT_USED, chrome: NOT_USED, node: process.version }, toolingFailed: false, projects: [] },
  };
}

/** Saves a shard's partial result in the temp folder when its --out folder refused it, so what was measured is not lost, and says where. */
function keepPartialElsewhere(partial: PartialResult, context: RunContext): void {
  try {
    context.say(`${context.name}: the shard's partial result was saved in ${saveResultsElsewhere(`${JSON.stringify(partial, null, 2)}\n`, partial.generatedAt)}; copy it into the --out folder to merge it.`);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    context.say(`${context.name}: ${error.message}`);
  }
}

/** A shard with nothing to measure (fewer pages and endpoints than shards) still writes its partial result, so the merge knows it is there. */
function writeEmptyShard(partial: PartialResult, out: string, context: RunContext): number {
  try {
    context.say(`${context.name}: shard ${partial.shard.index}/${partial.shard.total}: nothing to measure; wrote ${writePartialResult(out, partial)}.`);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    context.say(`${context.name}: ${error.message}`);
    return EXIT_NOT_WRITTEN;
  }
  return EXIT_PASS;
}
