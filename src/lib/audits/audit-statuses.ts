// The checklist statuses an audit decides: an audit-phase item is done when its section of the
// project's latest audit is complete, and a load-test item passes or fails on that audit's run of
// its scenario. Pure: the audits are read elsewhere (src/io/audits/read-audits.ts) and passed in,
// as the latest verify-web-vitals result is.
import type { EffectiveTarget } from '../effective-targets.ts';
import type { ItemStatus } from '../item-status.ts';
import { isCalendarDate } from '../shape-rules.ts';
import { verdict } from '../verdict.ts';
import { filled, type Audit, type LoadTestRun, type Section, type ThroughputKind } from './audit-schema.ts';

/** One audit with the day it is filed under. */
export interface DatedAudit {
  /** `<project>/<YYYY-MM-DD>`, the id of its report. */
  id: string;
  /** The day, from the file name. */
  date: string;
  audit: Audit;
}

/** One check of a load-test run: a project target its figure was judged against, or a k6 threshold the run recorded. */
export interface RunCheck {
  /** The target id (`api-p95`, `api-error-rate`), or the k6 threshold as `metric expression`: `http_req_duration p(95)<200`. */
  id: string;
  /** The run's figure, for a target. */
  value?: number;
  /** The effective target the figure was judged against. */
  target?: EffectiveTarget;
  passed: boolean;
}

/** The load-test run an item's status rests on, with every check it was judged by. */
export interface DecidingRun {
  scenario: string;
  date: string;
  p95Ms: number;
  errorRatePercent: number;
  /** The throughput in req/s, when it was filled in. */
  rps?: number;
  throughputKind: ThroughputKind;
  checks: RunCheck[];
}

/** Where in an audit an item's status comes from. */
export interface AuditSource {
  /** The audit's report id, `<project>/<YYYY-MM-DD>`. */
  id: string;
  date: string;
  section: Section;
  /** The section's own status. */
  sectionStatus: 'draft' | 'complete';
  /** For a load-test item: the run that decided it. */
  run?: DecidingRun;
  /** The section's note, or the deciding run's. Kept here, not in the status's `note`, which is the note of a person's tick. */
  note?: string;
  /** The deciding run's evidence link. */
  evidence?: string;
}

/**
 * The project targets a load-test run's figures are judged against: the P95 and the error rate the
 * handbook's k6 script bounds (src/lib/load-test-script.ts: `p(95)` from api-p95, and the error
 * rate of the error-spike alert, the figure api-error-rate holds), as the project sets them.
 */
const RUN_TARGETS = [
  { id: 'api-p95', figure: (run: FilledRun) => run.p95Ms },
  { id: 'api-error-rate', figure: (run: FilledRun) => run.errorRatePercent },
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A run whose day and judged figures are filled in. */
type FilledRun = LoadTestRun & { date: string; p95Ms: number; errorRatePercent: number };

/** True when a calendar day (`YYYY-MM-DD`) is more than `days` whole days before `now`'s date (UTC): a run of the 18th is 13 days old on the 1st. */
function isDayOlderThan(day: string, days: number, now: Date): boolean {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return (today - Date.parse(`${day}T00:00:00Z`)) / DAY_MS > days;
}

/** The project's latest audit: the valid one filed under the latest day; undefined when it has none. */
export function latestAudit(audits: readonly { id: string; date: string; audit?: Audit | undefined }[]): DatedAudit | undefined {
  let latest: DatedAudit | undefined;
  for (const entry of audits) {
    if (entry.audit === undefined || !isCalendarDate(entry.date)) continue;
    if (latest === undefined || entry.date > latest.date) latest = { id: entry.id, date: entry.date, audit: entry.audit };
  }
  return latest;
}

/** The status of an audit-phase item: done when the latest audit's section is complete (due again after `reviewDays`), to do while it is a draft or there is no audit. */
export function auditPhaseStatus(phase: Section, latest: DatedAudit | undefined, reviewDays: number | undefined, now: Date): ItemStatus {
  if (latest === undefined) return { kind: 'todo' };
  const section = latest.audit[phase];
  const audit: AuditSource = { id: latest.id, date: latest.date, section: phase, sectionStatus: section.status, ...(section.note !== undefined ? { note: section.note } : {}) };
  const base = { at: latest.date, by: latest.audit.by, audit };
  if (section.status === 'draft') return { ...base, kind: 'todo' };
  const due = reviewDays !== undefined && isDayOlderThan(latest.date, reviewDays, now);
  return { ...base, kind: due ? 'review-due' : 'done' };
}

/** True for a run that can be judged: its day, P95 and error rate are filled in, not placeholders. */
function isFilled(run: LoadTestRun): run is FilledRun {
  return filled(run.date) !== undefined && filled(run.p95Ms) !== undefined && filled(run.errorRatePercent) !== undefined;
}

/** Every check of a run: its figures against the project's targets, then each k6 threshold it recorded. */
export function runChecks(run: FilledRun, targets: ReadonlyMap<string, EffectiveTarget>): RunCheck[] {
  const checks: RunCheck[] = [];
  for (const { id, figure } of RUN_TARGETS) {
    const target = targets.get(id);
    if (target === undefined) continue;
    const value = figure(run);
    checks.push({ id, value, target, passed: verdict(value, target) === 'pass' });
  }
  for (const threshold of run.thresholds ?? []) checks.push({ id: `${threshold.metric} ${threshold.expression}`, passed: threshold.passed });
  return checks;
}

/**
 * The status of a load-test item from the latest audit's run of its scenario: pass when the run
 * meets every check, fail when it misses one, stale (with what it gave) once it is older than
 * `reviewDays`. Undefined when the audit holds no filled-in run of the scenario: the person's tick
 * decides then. Of several runs, the latest day's decides, the last written on that day.
 */
export function loadTestStatus(scenario: string, latest: DatedAudit | undefined, targets: ReadonlyMap<string, EffectiveTarget>, reviewDays: number | undefined, now: Date): ItemStatus | undefined {
  if (latest === undefined) return undefined;
  const runs = latest.audit.loadTests.runs.filter((run): run is FilledRun => run.scenario === scenario && isFilled(run));
  const run = runs.reduce<FilledRun | undefined>((best, candidate) => (best === undefined || candidate.date >= best.date ? candidate : best), undefined);
  if (run === undefined) return undefined;
  const checks = runChecks(run, targets);
  const rps = filled(run.peakRps);
  const deciding: DecidingRun = { scenario, date: run.date, p95Ms: run.p95Ms, errorRatePercent: run.errorRatePercent, ...(rps !== undefined ? { rps } : {}), throughputKind: run.throughputKind, checks };
  const audit: AuditSource = {
    id: latest.id,
    date: latest.date,
    section: 'loadTests',
    sectionStatus: latest.audit.loadTests.status,
    run: deciding,
    ...(run.note !== undefined ? { note: run.note } : {}),
    ...(run.evidence !== undefined ? { evidence: run.evidence } : {}),
  };
  const base = { at: run.date, by: latest.audit.by, audit };
  // Nothing to judge the run against is no verdict.
  if (checks.length === 0) return { ...base, kind: 'not-measured' };
  const judged = checks.every((check) => check.passed) ? 'pass' : 'fail';
  if (reviewDays !== undefined && isDayOlderThan(run.date, reviewDays, now)) return { ...base, kind: 'stale', staleOf: judged };
  return { ...base, kind: judged };
}
