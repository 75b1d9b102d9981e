import { ContentError } from '../../lib/friendly-errors.ts';
import { EXIT_USAGE } from '../../lib/exit-status.ts';
import { resultDocument } from '../../lib/result-document.ts';
import { checkShardSet } from '../../lib/shards/check-shards.ts';
import type { MergeOptions } from '../../lib/shards/merge-options.ts';
import { mergeShards } from '../../lib/shards/merge-shards.ts';
import { AD_HOC_PROJECT } from '../../lib/summary-table.ts';
import { measuredTargetIds } from '../../lib/web-metric-sources.ts';
import { loadCatalog } from '../load-catalog.ts';
import { readPartialResults } from '../shards/partial-file.ts';
import { finishRun, writeProject, type Unwritten } from './finish-run.ts';
import { NOT_USED, type RunContext } from './run-context.ts';

/** Prints why the shards cannot be merged and returns exit status 2; nothing is written. */
function refuse(problems: readonly string[], context: RunContext): number {
  for (const problem of problems) context.say(`${context.name} merge: ${problem}`);
  context.say(`${context.name} merge: nothing was written.`);
  return EXIT_USAGE;
}

/**
 * `verify-web-vitals merge <dir>...`: reads the shards' partial results, refuses a set that is not
 * one whole run (a shard missing, doubled or foreign: exit 2, nothing written), then writes each
 * project's latest result and history line where the site reads them, prints the table, writes the
 * JUnit report and the step summary, and returns the exit status, all as the unsharded run would.
 */
export async function runMerge(options: MergeOptions, context: RunContext): Promise<number> {
  const { say, name } = context;
  const read = readPartialResults(options.folders);
  if (read.problems.length > 0) return refuse(read.problems, context);
  const checked = checkShardSet(read.shards, options.folders);
  if (!checked.ok) return refuse(checked.problems, context);
  let metricIds: string[];
  try {
    metricIds = measuredTargetIds(loadCatalog(context.root).targets);
  } catch (error) {
    if (error instanceof ContentError) return refuse(error.problems, context);
    throw error;
  }
  const merged = mergeShards(checked.shards, NOT_USED);
  const count = merged.projects.reduce((sum, project) => sum + project.pages.length + (project.endpoints?.length ?? 0), 0);
  say(`${name}: merging ${checked.shards.length} shard${checked.shards.length === 1 ? '' : 's'} of one run: ${count} pages and endpoints of ${merged.projects.map((project) => project.id).join(', ')}.`);
  for (const note of merged.notes) say(`${name}: ${note}.`);
  const unwritten: Unwritten = { projects: [] };
  for (const project of merged.projects) if (project.id !== AD_HOC_PROJECT) await writeProject(project, merged.facts, unwritten, context);
  const document = resultDocument(merged.facts, merged.projects);
  return finishRun({ document, metricIds, json: options.json, ...(options.junit !== undefined ? { junit: options.junit } : {}), unwritten, toolingFailed: merged.toolingFailed }, context);
}
