import { compareStatus, isSettled, type ItemStatus, type StatusKind } from './item-status.ts';
import type { Project } from './schema/project.ts';
import { isEndpointMetric } from './web-metric-sources.ts';

/** Statuses that call for someone's attention on the overview. */
const ATTENTION: ReadonlySet<StatusKind> = new Set(['fail', 'error', 'stale', 'waiver-expired', 'review-due']);

/** What of a project decides whether an item the probe measures can be measured there. */
export type MeasuredOn = Pick<Project, 'pages' | 'endpoints'>;

/** Progress of one checklist: settled items over all items, and how many need attention (`needsDoing`). */
export interface Progress {
  settled: number;
  total: number;
  attention: number;
  /** The most urgent status in the list. */
  worst: StatusKind;
}

/**
 * Sums up a list of item statuses on a project; an empty list is an error, not a made-up 100 %.
 * Attention counts what `needsDoing` says, so the overview's cards, a project page's summary and
 * `checklist list` give one count.
 */
export function progressOf(statuses: readonly Pick<ItemStatus, 'kind' | 'target'>[], project: MeasuredOn): Progress {
  if (statuses.length === 0) throw new Error('progressOf needs at least one status');
  const kinds = statuses.map((status) => status.kind);
  return {
    settled: kinds.filter(isSettled).length,
    total: kinds.length,
    attention: statuses.filter((status) => needsDoing(status, project)).length,
    worst: [...kinds].sort(compareStatus)[0]!,
  };
}

/** True when a status needs someone's attention (fail, error, stale, expired waiver, review due). */
export function needsAttention(kind: StatusKind): boolean {
  return ATTENTION.has(kind);
}

/**
 * True when verify-web-vitals can measure an item on this project: its target is the command's
 * and the project lists what it is measured on (pages for a page metric, endpoints for an API one).
 */
export function isMeasurable(status: Pick<ItemStatus, 'target'>, project: MeasuredOn): boolean {
  const target = status.target;
  if (target === undefined || target.target.measuredBy !== 'verify-web-vitals') return false;
  return isEndpointMetric(target.id) ? project.endpoints.length > 0 : project.pages.length > 0;
}

/** True when an item needs someone: a failure, an error, a stale figure, a lapsed waiver, a review due, or no figure yet where one can be taken. */
export function needsDoing(status: Pick<ItemStatus, 'kind' | 'target'>, project: MeasuredOn): boolean {
  return needsAttention(status.kind) || (status.kind === 'not-measured' && isMeasurable(status, project));
}
