import { exitStatus } from '../../lib/exit-status.ts';
import { projectDocument, resultDocument, type RunFacts } from '../../lib/result-document.ts';
import type { ProjectResult, ResultDocument } from '../../lib/schema/result.ts';
import { summaryTable } from '../../lib/summary-table.ts';
import { ansiPainter, shouldUseColor } from '../../lib/terminal-color.ts';
import { WriteError } from '../write-error.ts';
import { writeProjectResults } from '../write-results.ts';
import { reportUnwritten, writeReports } from './reports.ts';
import type { RunContext } from './run-context.ts';

/** The projects whose results could not be written where the site reads them, and the refusal that stopped the first. */
export interface Unwritten {
  projects: string[];
  refusal?: WriteError;
}

/** Writes one project's latest result and history line where the site reads them and says so; once a write was refused, the rest is kept for the spare copy at the end. */
export async function writeProject(result: ProjectResult, facts: RunFacts, unwritten: Unwritten, context: Pick<RunContext, 'root' | 'say' | 'name'>): Promise<void> {
  const { say, name } = context;
  // Once the results folder refused a write it would refuse the next: the rest is saved with it, at the end.
  if (unwritten.refusal === undefined) {
    try {
      const written = await writeProjectResults(projectDocument(resultDocument(facts, [result]), result.id), context.root);
      say(`${name}: ${result.id}: ${written.latest ? `wrote ${written.latest}` : 'nothing was measured, so the last result stays'}; added a line to ${written.history}.`);
      return;
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      unwritten.refusal = error;
    }
  }
  unwritten.projects.push(result.id);
}

/** How a finished run ends: what it measured, what it could not write, and whether its tooling failed. */
export interface Finish {
  document: ResultDocument;
  metricIds: string[];
  json: boolean;
  junit?: string;
  unwritten: Unwritten;
  /** A refusal to write something else the run owes (a shard's partial result), which makes the status 4. */
  otherRefusal?: WriteError;
  toolingFailed: boolean;
}

/**
 * Prints the table (and the document with --json), saves what could not be written in the temp
 * folder, writes the JUnit report and the step summary, and returns the exit status: the same
 * whether the run was measured in one piece or merged from shards.
 */
export function finishRun(finish: Finish, context: RunContext): number {
  const { document, unwritten } = finish;
  const { say, name } = context;
  // Secrets were kept out where messages are made (measurePage): the output is written as it is, so it stays valid JSON whatever a secret looks like.
  const table = `${summaryTable(document, ansiPainter(shouldUseColor(finish.json ? context.tty.stderr : context.tty.stdout, context.env))).join('\n')}\n`;
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (finish.json) {
    context.out(json);
    say(`\n${table.trimEnd()}`);
  } else context.out(`\n${table}`);
  if (unwritten.refusal) reportUnwritten(unwritten.projects, unwritten.refusal, json, document.generatedAt, say, name);
  if (finish.otherRefusal) say(`${name}: ${finish.otherRefusal.message}`);
  const reportRefusal = writeReports(document, finish.metricIds, finish.junit, context.env.GITHUB_STEP_SUMMARY, say, name);
  if (reportRefusal) say(`${name}: ${reportRefusal.message}`);
  return exitStatus(document, finish.toolingFailed, unwritten.refusal !== undefined || finish.otherRefusal !== undefined || reportRefusal !== undefined);
}
