import { auditPhaseStatus, loadTestStatus, type AuditSource, type DatedAudit } from './audits/audit-statuses.ts';
import type { ChecklistItem } from './schema/checklist.ts';
import type { EffectiveTarget } from './effective-targets.ts';
import type { Project, RecordedValue } from './schema/project.ts';
import { isJudged, type EndpointResult, type ProjectResult } from './schema/result.ts';
import { isEndpointMetric } from './web-metric-sources.ts';
import { verdict } from './verdict.ts';

/** Every status the site and the CLI show for a checklist item. */
export const STATUS_KINDS = [
  'fail',
  'error',
  'stale',
  'waiver-expired',
  'review-due',
  'todo',
  'not-measured',
  'pass',
  'done',
  'not-applicable',
] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** Statuses that count as settled when a checklist's progress is computed. */
const SETTLED: ReadonlySet<StatusKind> = new Set(['pass', 'done', 'not-applicable']);

/** One page's (or endpoint's) judged value for a measured item. */
export interface PageMeasurement {
  page: string;
  url: string;
  /** The value judged against the project's target as it is today, which may differ from the run's; `insufficient` for an endpoint figure on too few samples to judge. */
  status: 'pass' | 'fail' | 'error' | 'insufficient';
  value?: number;
  error?: string;
  /** For an insufficient figure: the samples it rests on and the fewest it needs. */
  samples?: { taken: number; needed: number };
  /** The threshold the run itself used, when it is not today's (the project's override changed since). */
  runTarget?: number;
}

/** The status of one item for one project, with what it rests on. */
export interface ItemStatus {
  kind: StatusKind;
  /** For a stale result: the status the old measurement gave. */
  staleOf?: 'pass' | 'fail' | 'error';
  /** When the measurement or the manual state was recorded (ISO). */
  at?: string;
  by?: string;
  note?: string;
  evidence?: string;
  reason?: string;
  until?: string;
  /** The effective target a measured item is judged against. */
  target?: EffectiveTarget;
  /** Per-page values for items measured by verify-web-vitals (per-endpoint values for an API target). */
  pages?: PageMeasurement[];
  /** The recorded figure for items measured by another tool. */
  record?: RecordedValue;
  /** For an item the project's latest audit decides: the audit, its section, and the run that decided a load-test item. */
  audit?: AuditSource;
}

/** The status a page's or endpoint's figure shows as: an insufficient one reads as not measured (the note says why). */
export function measurementKind(status: PageMeasurement['status']): StatusKind {
  return status === 'insufficient' ? 'not-measured' : status;
}

/** The facts an item's status depends on. */
export interface StatusInput {
  item: ChecklistItem;
  project: Pick<Project, 'items' | 'records' | 'freshnessDays'>;
  targets: ReadonlyMap<string, EffectiveTarget>;
  /** This project's part of the latest verify-web-vitals result, with the time it was generated. */
  latest?: { generatedAt: string; result: ProjectResult };
  /** The project's latest audit, when it has one: it decides the items that name a `phase` or a `scenario`. */
  audit?: DatedAudit;
  now: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when a time is more than `days` days before `now`. */
export function isOlderThan(at: string, days: number, now: Date): boolean {
  return now.getTime() - Date.parse(at) > days * DAY_MS;
}

/** True when a waiver's last day (`YYYY-MM-DD`, inclusive) is before `now`'s date (UTC). */
export function isWaiverExpired(until: string, now: Date): boolean {
  return now.toISOString().slice(0, 10) > until;
}

/** True when a status counts as settled (pass, done, not applicable). */
export function isSettled(kind: StatusKind): boolean {
  return SETTLED.has(kind);
}

/** Computes the status of a manual item from its recorded state. */
function manualStatus(input: StatusInput): ItemStatus {
  const state = input.project.items[input.item.id];
  if (state === undefined) return { kind: 'todo' };
  const facts = { at: state.at, by: state.by, note: state.note, evidence: state.evidence, reason: state.reason, until: state.until };
  if (state.state === 'not-applicable') {
    const expired = state.until !== undefined && isWaiverExpired(state.until, input.now);
    return { ...facts, kind: expired ? 'waiver-expired' : 'not-applicable' };
  }
  if (state.state === 'done') {
    const due = input.item.reviewDays !== undefined && state.at !== undefined && isOlderThan(state.at, input.item.reviewDays, input.now);
    return { ...facts, kind: due ? 'review-due' : 'done' };
  }
  return { ...facts, kind: 'todo' };
}

/** Computes the status of an item decided by a figure recorded from another tool. */
function recordedStatus(input: StatusInput, target: EffectiveTarget): ItemStatus {
  const record = input.project.records[target.id];
  if (record === undefined) return { kind: 'not-measured', target };
  const judged = verdict(record.value, target);
  const base = { target, record, at: record.at, by: record.by };
  if (isOlderThan(record.at, input.project.freshnessDays, input.now)) return { ...base, kind: 'stale', staleOf: judged };
  return { ...base, kind: judged };
}

/** Computes the status of an item decided by verify-web-vitals, over every page of the project. */
function webStatus(input: StatusInput, target: EffectiveTarget): ItemStatus {
  if (input.latest === undefined || input.latest.result.pages.length === 0) return { kind: 'not-measured', target };
  const pages: PageMeasurement[] = input.latest.result.pages.map((page) => {
    const metric = page.metrics[target.id];
    if (metric === undefined) return { page: page.name, url: page.url, status: 'error', error: page.error ?? 'not measured in this run' };
    // Judged again against today's effective target: a verdict beside a threshold is always that threshold's.
    return { page: page.name, url: page.url, status: verdict(metric.value, target), value: metric.value, ...(metric.target !== target.value ? { runTarget: metric.target } : {}) };
  });
  const judged = pages.some((p) => p.status === 'error') ? 'error' : pages.some((p) => p.status === 'fail') ? 'fail' : 'pass';
  const base = { target, pages, at: input.latest.generatedAt };
  if (isOlderThan(input.latest.generatedAt, input.project.freshnessDays, input.now)) return { ...base, kind: 'stale', staleOf: judged };
  return { ...base, kind: judged };
}

/** One endpoint's figure for an API target, judged again against today's target; an insufficient figure stays unjudged. */
function endpointMeasurement(endpoint: EndpointResult, target: EffectiveTarget): PageMeasurement {
  const metric = endpoint.metrics[target.id];
  const where = { page: endpoint.name, url: endpoint.url };
  if (metric === undefined) return { ...where, status: 'error', error: endpoint.error ?? 'not measured in this run' };
  const runTarget = metric.target !== target.value ? { runTarget: metric.target } : {};
  if (!isJudged(metric)) return { ...where, status: 'insufficient', value: metric.value, samples: { taken: metric.samples, needed: metric.minimumSamples }, ...runTarget };
  return { ...where, status: verdict(metric.value, target), value: metric.value, ...runTarget };
}

/**
 * Computes the status of an API target over the project's endpoints, as the open-model probe of
 * verify-web-vitals measured them. A project whose endpoints the probe does not reach (none in
 * its file, or none measured yet) may record the figure from its APM instead: that record decides.
 * Figures on too few samples are shown, never judged; when no endpoint has more, it is not measured.
 */
function endpointStatus(input: StatusInput, target: EffectiveTarget): ItemStatus {
  const endpoints = input.latest?.result.endpoints ?? [];
  if (endpoints.length === 0) return recordedStatus(input, target);
  const pages = endpoints.map((endpoint) => endpointMeasurement(endpoint, target));
  const judged = pages.filter((entry) => entry.status !== 'insufficient');
  const base = { target, pages, at: input.latest!.generatedAt };
  if (judged.length === 0) return { ...base, kind: 'not-measured' };
  const kind = judged.some((p) => p.status === 'error') ? 'error' : judged.some((p) => p.status === 'fail') ? 'fail' : 'pass';
  if (isOlderThan(input.latest!.generatedAt, input.project.freshnessDays, input.now)) return { ...base, kind: 'stale', staleOf: kind };
  return { ...base, kind };
}

/** Computes one item's status for one project. */
export function itemStatus(input: StatusInput): ItemStatus {
  const { item } = input;
  if (item.phase !== undefined) return auditPhaseStatus(item.phase, input.audit, item.reviewDays, input.now);
  if (item.scenario !== undefined) return loadTestStatus(item.scenario, input.audit, input.targets, item.reviewDays, input.now) ?? manualStatus(input);
  if (item.decidedBy === 'person') return manualStatus(input);
  const target = input.targets.get(input.item.target ?? '');
  if (target === undefined) throw new Error(`item "${input.item.id}" names target "${input.item.target}", which is not defined`);
  if (target.target.measuredBy !== 'verify-web-vitals') return recordedStatus(input, target);
  return isEndpointMetric(target.id) ? endpointStatus(input, target) : webStatus(input, target);
}

/** Orders statuses so that what needs attention comes first. */
export function compareStatus(a: StatusKind, b: StatusKind): number {
  return STATUS_KINDS.indexOf(a) - STATUS_KINDS.indexOf(b);
}
