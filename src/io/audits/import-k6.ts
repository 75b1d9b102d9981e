import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { auditReferences, checkAuditText, findingText } from '../../lib/audits/audit-rules.ts';
import { loadTestStatus, runChecks, type RunCheck } from '../../lib/audits/audit-statuses.ts';
import type { Audit, LoadTestRun } from '../../lib/audits/audit-schema.ts';
import { yamlLines } from '../../lib/audits/yaml-lines.ts';
import { findProject } from '../../lib/checklist-ids.ts';
import { formatBytes } from '../../lib/content-limits.ts';
import { effectiveTargets, type EffectiveTarget } from '../../lib/effective-targets.ts';
import { formatThreshold, formatValue } from '../../lib/format.ts';
import { ContentError, formatValue as formatFound } from '../../lib/friendly-errors.ts';
import { k6ScenarioRun } from '../../lib/load-tests/k6-scenario-run.ts';
import { readK6Summary } from '../../lib/load-tests/k6-summary.ts';
import { suggestionText } from '../../lib/nearest-ids.ts';
import { isCalendarDate } from '../../lib/shape-rules.ts';
import { readCatalog } from '../checklist/read-catalog.ts';
import { found, UsageError } from '../checklist/usage-error.ts';
import { displayPath } from '../read-yaml.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { listAuditFiles } from './audit-files.ts';
import { ImportRefusedError } from './import-refused-error.ts';
import { k6LoadRun } from './k6-load-run.ts';
import { placeLoadRun } from './load-run-yaml.ts';
import { auditDay } from './new-audit.ts';
import { INVALID_RULES } from './read-audits.ts';

/** The scenario a run is filed under when --scenario is left out: the one the handbook's k6 script runs when SCENARIO is not set (load-test-script.ts). */
export const DEFAULT_SCENARIO = 'load';

/**
 * The largest k6 summary read: one entry per metric and sub-metric is tens of kilobytes for the
 * handbook's script, so 16 MiB leaves room for thousands of tagged sub-metrics and refuses a time
 * series (`--out json`, which grows with every request) given by mistake before it fills the memory.
 */
const MAX_K6_SUMMARY_BYTES = 16 * 1024 * 1024;

/** The flags of import-k6, as typed. */
export interface ImportK6Flags {
  project: string;
  file: string;
  scenario?: string | undefined;
  /** The day of the audit to import into (default: the latest). */
  date?: string | undefined;
  /** The day the test ran (default: today). */
  ran?: string | undefined;
  replace: boolean;
}

/** The audit a run goes into, and the day of the project's latest, which the checklist reads. */
interface AuditTarget {
  path: string;
  file: string;
  date: string;
  latestDate: string;
}

/** Checks the day flags; returns the day the run is filed under. */
function checkDays(flags: ImportK6Flags, projectId: string, today: string): string {
  const problems: string[] = [];
  if (flags.date !== undefined && !isCalendarDate(flags.date)) problems.push(`--date is ${formatFound(flags.date)}: expected the day of an audit of ${projectId}, a real calendar date written YYYY-MM-DD, or leave it out for the latest audit`);
  if (flags.ran !== undefined && !isCalendarDate(flags.ran)) problems.push(`--ran is ${formatFound(flags.ran)}: expected the day the test ran, a real calendar date written YYYY-MM-DD, or leave it out for today`);
  else if (flags.ran !== undefined && flags.ran > today) problems.push(`--ran is ${flags.ran}, a day still to come: expected the day the test ran, today (${today}) or before`);
  if (problems.length > 0) throw new UsageError(problems);
  return flags.ran ?? today;
}

/** The project's latest audit, or the audit of `date`; refused when there is none to import into. */
function auditToImportInto(root: string, projectId: string, date: string | undefined): AuditTarget {
  const audits = listAuditFiles(root, projectId)
    .map((entry) => ({ ...entry, date: entry.name.replace(/\.yaml$/, '') }))
    .filter((entry) => entry.name.endsWith('.yaml') && isCalendarDate(entry.date));
  if (audits.length === 0) {
    throw new ImportRefusedError(`${projectId} has no audit to import into (none in src/content/audits/${projectId}/): start one with "npm run audit -- new ${projectId}", then import again; nothing was written`);
  }
  const chosen = date === undefined ? audits[audits.length - 1]! : audits.find((entry) => entry.date === date);
  if (chosen === undefined) {
    const days = audits.map((entry) => entry.date);
    throw new UsageError([`--date is ${date}: ${projectId} has no audit of that day; ${suggestionText(date!, days, `its audits are of ${days.join(', ')}`)} (leave --date out for the latest)`]);
  }
  return { path: chosen.path, file: chosen.file, date: chosen.date, latestDate: audits[audits.length - 1]!.date };
}

/** Reads the k6 summary file; a missing, unreadable or oversized file is refused naming it. */
function readSummaryText(file: string): { text: string; shown: string; name: string } {
  const path = resolve(file);
  const shown = displayPath(path);
  if (!existsSync(path)) throw new UsageError([`<file> is ${shown}, which does not exist: expected the JSON summary k6 wrote (handleSummary(), --summary-export or --new-machine-readable-summary)`]);
  const stat = statSync(path);
  if (!stat.isFile()) throw new UsageError([`<file> is ${shown}, which is not a file: expected the JSON summary k6 wrote`]);
  if (stat.size > MAX_K6_SUMMARY_BYTES) {
    throw new ContentError(`${shown} is ${formatBytes(stat.size)}, over the ${formatBytes(MAX_K6_SUMMARY_BYTES)} a k6 summary takes (MAX_K6_SUMMARY_BYTES): expected the end-of-test summary, not the time series of --out json`);
  }
  return { text: readFileSync(path, 'utf8'), shown, name: basename(path) };
}

/** Reads the audit's text and refuses one that is not a valid audit, with each of its problems. */
function readValidAudit(target: AuditTarget, refs: ReturnType<typeof auditReferences>): string {
  const text = readFileSync(target.path, 'utf8');
  const invalid = checkAuditText(text, target.file, refs).findings.filter((finding) => INVALID_RULES.has(finding.rule));
  if (invalid.length > 0) throw new ContentError(invalid.map(findingText).join('\n'), [...invalid.map(findingText), `${target.file} must be a valid audit before a run is imported into it; nothing was written`]);
  return text;
}

/** One check of the run as a person reads it: "api-p95 187.42 ms (target < 200 ms): met". */
function checkText(check: RunCheck): string {
  const outcome = check.passed ? 'met' : 'missed';
  if (check.target === undefined || check.value === undefined) return `k6 threshold ${check.id}: ${outcome}`;
  return `${check.id} ${formatValue(check.value, check.target.target.unit, 'en')} (target ${formatThreshold(check.target.comparison, check.target.value, check.target.target.unit, 'en')}): ${outcome}`;
}

/** What the checklist will show for the scenario's item, from the written audit. */
function checklistLine(audit: Audit, target: AuditTarget, projectId: string, scenario: string, targets: Map<string, EffectiveTarget>, itemIds: string[], now: Date): string | undefined {
  if (itemIds.length === 0) return undefined;
  const items = itemIds.join(', ');
  if (target.date !== target.latestDate) return `The checklist reads the latest audit (${target.latestDate}), so this run does not decide ${items}.`;
  const status = loadTestStatus(scenario, { id: `${projectId}/${target.date}`, date: target.date, audit }, targets, undefined, now);
  if (status === undefined) return undefined;
  const decided = status.audit?.run?.date === undefined ? '' : ` on its run of ${status.audit.run.date}`;
  return `Checklist: ${items} ${status.kind === 'pass' ? 'passes' : status.kind === 'fail' ? 'fails' : `is ${status.kind}`}${decided}.`;
}

/**
 * `import-k6 <project> <file>`: reads a k6 summary in any of its three shapes and writes the run
 * into the project's latest audit (or the audit of --date) under `loadTests.runs`, the rest of the
 * file kept as it was, replaced atomically. Refuses (exit status 2, nothing written) an unknown
 * project or scenario, a file that is no k6 summary, a project with no audit, and a run of the same
 * scenario and day already there unless `replace`. Returns the lines to print.
 */
export function importK6(root: string, flags: ImportK6Flags, now: Date): string[] {
  const catalog = readCatalog(root);
  const projectId = found(findProject(catalog.projects.keys(), flags.project));
  const today = auditDay(now);
  const ran = checkDays(flags, projectId, today);
  const target = auditToImportInto(root, projectId, flags.date);
  const refs = auditReferences(catalog);
  const text = readValidAudit(target, refs);

  const summary = readSummaryText(flags.file);
  const result = readK6Summary(summary.text, summary.shown);
  const placed = k6ScenarioRun(result, flags.scenario ?? DEFAULT_SCENARIO, catalog.loadScenarios);
  if (!placed.ok) throw new UsageError([`--scenario: ${placed.problem}`]);
  const scenario = placed.run.scenario!;
  const built = k6LoadRun(result, scenario, ran, { name: summary.name, file: summary.shown, importedOn: today });
  if (!built.ok) throw new ContentError(built.problems.join('\n'), [...built.problems, 'Nothing was written.']);

  const placement = placeLoadRun(text, built.run, flags.replace);
  if (placement.kind === 'exists') {
    const line = yamlLines(text)(['loadTests', 'runs', placement.index]);
    throw new ImportRefusedError(`${target.file}:${line}: \`loadTests.runs[${placement.index}]\` already holds the ${scenario} run of ${ran}, and a run is never overwritten: nothing was written. Pass --replace to put this summary's figures in its place, or --ran <YYYY-MM-DD> if it is another day's run`);
  }
  const checked = checkAuditText(placement.text, target.file, refs);
  const invalid = checked.findings.filter((finding) => INVALID_RULES.has(finding.rule));
  // The run was built to the schema: a finding here is a value k6 wrote that an audit cannot hold, such as an over-long metric name.
  if (invalid.length > 0 || checked.audit === undefined) throw new ContentError(invalid.map(findingText).join('\n'), [...invalid.map(findingText), `The run read from ${summary.shown} cannot be written into ${target.file}; nothing was written.`]);
  writeFileAtomic(target.path, placement.text);

  const project = catalog.projects.get(projectId)!;
  const targets = effectiveTargets(catalog.targets, project);
  const run = checked.audit.loadTests.runs[placement.index]! as LoadTestRun & { date: string; p95Ms: number; errorRatePercent: number };
  const checks = runChecks(run, targets);
  const itemIds = catalog.checklists.flatMap((checklist) => checklist.items).filter((item) => item.scenario === scenario).map((item) => item.id);
  const where = placement.kind === 'replaced' ? `in place of the ${scenario} run of ${ran}` : placement.kind === 'filled' ? `in place of the ${scenario} run still to fill` : 'after the last run';
  return [
    `Imported ${summary.shown} (${result.shape}) into ${target.file} as the ${scenario} run of ${ran}, ${where}: P95 ${formatValue(run.p95Ms, 'ms', 'en')}, error rate ${formatValue(run.errorRatePercent, 'percent', 'en')}, ${run.peakRps} req/s on average.`,
    "The throughput is the run's average (throughputKind: average): a k6 summary holds no peak; k6's time series (--out json) has it.",
    `Checks: ${checks.length > 0 ? checks.map(checkText).join('; ') : 'none'}.${result.thresholds === undefined ? ' This summary holds no k6 thresholds.' : ''}`,
    ...[checklistLine(checked.audit, target, projectId, scenario, targets, itemIds, now)].filter((line): line is string => line !== undefined),
    `Next: npm run audit -- check ${projectId}`,
  ];
}
