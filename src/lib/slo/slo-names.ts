// The names the generators give what they write, in one place so the lint checks the very names
// the files will hold: rule groups, recording rules, alert names and OpenSLO object names.
import type { BurnRateTier } from './burn-rate-tiers.ts';

/** OpenSLO object names are DNS labels (RFC 1123): at most 63 characters (OpenSLO v1, "General Schema" notes). */
export const OPENSLO_NAME_LENGTH = 63;

/** The OpenSLO Service of a project: its id. */
export const serviceName = (projectId: string) => projectId;
/** The OpenSLO SLO of one SLO of a project. */
export const sloObjectName = (projectId: string, sloId: string) => `${projectId}-${sloId}`;
/** The OpenSLO SLI the SLO refers to. */
export const sliObjectName = (projectId: string, sloId: string) => `${projectId}-${sloId}-sli`;
/** The OpenSLO AlertPolicy of one burn-rate tier (an AlertCondition has one window, so each window pair is a policy of its own). */
export const alertPolicyName = (projectId: string, sloId: string, tier: BurnRateTier) => `${projectId}-${sloId}-${tier.id}`;
/** The OpenSLO AlertNotificationTarget of a severity. */
export const notificationTargetName = (projectId: string, severity: string) => `${projectId}-${severity}`;

/** Every OpenSLO name a project's documents use, for the lint. */
export function opensloNames(projectId: string, sloIds: readonly string[], tiers: readonly BurnRateTier[]): string[] {
  const severities = [...new Set(tiers.map((tier) => tier.severity))];
  return [
    serviceName(projectId),
    ...severities.map((severity) => notificationTargetName(projectId, severity)),
    ...sloIds.flatMap((id) => [sloObjectName(projectId, id), sliObjectName(projectId, id), ...tiers.map((tier) => alertPolicyName(projectId, id, tier))]),
  ];
}

/** The Prometheus rule group of one SLO of a project. */
export const sloGroupName = (projectId: string, sloId: string) => `perf-handbook-${projectId}-slo-${sloId}`;
/** The Prometheus rule group of the method's alert rules for a project. */
export const methodGroupName = (projectId: string) => `perf-handbook-${projectId}-alerts`;

/** A recording rule of an SLO's counts or ratio over a window: `slo:bad_events:increase5m`, `slo:bad_events:ratio1h`. */
export const recordName = (what: 'bad_events' | 'events', operation: 'increase' | 'ratio', window: string) => `slo:${what}:${operation}${window}`;

/** The alert name of one of the method's rules, from its id: "error-spike" is "ErrorSpike". */
export function methodAlertName(ruleId: string): string {
  return ruleId
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
