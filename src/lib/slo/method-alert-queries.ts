// The PromQL of the audit method's four alert rules (004_ccc9fd01b2fcb4f9.txt, lines 200-203;
// src/content/data/alert-rules.yaml holds their thresholds, units, durations and severities):
// which series each reads is the method's, the numbers come from the data file.
import type { AlertRule } from '../schema/alert-rule.ts';
import type { Comparison } from '../schema/comparison.ts';
import { windowText } from './burn-rate-tiers.ts';
import { thresholdInUnit } from './bucket-bound.ts';
import { decimalText, shift } from './decimal.ts';
import type { ProjectMonitoring } from './project-monitoring.ts';
import { selector, equalityMatchers } from './promql.ts';
import { methodAlertName } from './slo-names.ts';

/** One of the method's rules as a Prometheus alert. */
export interface MethodAlert {
  rule: AlertRule;
  alert: string;
  expr: string;
  /** How long the condition must hold (`for`), absent when it fires at once. */
  for?: string;
}

export type MethodAlertOutcome = { ok: true; alert: MethodAlert } | { ok: false; problem: string };

/** The rate window of a rule without a duration of its own: five minutes, the span most dashboards read a rate over. */
const DEFAULT_RATE_WINDOW = '5m';
/** The percentile the high-latency rule watches: "P95 > 500ms" (line 200). */
const HIGH_LATENCY_QUANTILE = '0.95';
/** The span memory growth is measured over: the rule's unit is percent per hour (line 202). */
const MEMORY_GROWTH_SPAN = '1h';

const OPERATORS: Record<Comparison, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** What each rule needs of its data, and the query it becomes. */
const QUERIES: Record<string, { unit: AlertRule['unit']; expr: (threshold: string, window: string, monitoring: ProjectMonitoring, op: string) => string }> = {
  // P95 of the request latency histogram over the rule's duration.
  'high-latency': {
    unit: 'ms',
    expr: (threshold, window, m, op) =>
      `histogram_quantile(${HIGH_LATENCY_QUANTILE}, sum by (le) (rate(${selector(m.latency.metric, m.selectorMatchers)}[${window}]))) ${op} ${threshold}`,
  },
  // Failed requests over all requests, over the rule's duration.
  'error-spike': {
    unit: 'percent',
    expr: (threshold, window, m, op) =>
      `sum(rate(${selector(m.requests.metric, [...m.selectorMatchers, m.errorMatcher])}[${window}])) / sum(rate(${selector(m.requests.metric, m.selectorMatchers)}[${window}])) ${op} ${threshold}`,
  },
  // Resident memory now against an hour ago, per process.
  'memory-leak': {
    unit: 'percent-per-hour',
    expr: (threshold, _window, m, op) => {
      const memory = selector(m.memory.metric, m.selectorMatchers);
      return `(${memory} - ${memory} offset ${MEMORY_GROWTH_SPAN}) / ${memory} offset ${MEMORY_GROWTH_SPAN} ${op} ${threshold}`;
    },
  },
  // Connections in use against the pool's size, per pool.
  'db-saturation': {
    unit: 'percent-of-pool',
    expr: (threshold, _window, m, op) => {
      const by = m.connections.by.length > 0 ? ` by (${m.connections.by.join(', ')})` : '';
      const used = selector(m.connections.used, [...m.selectorMatchers, ...equalityMatchers(m.connections.usedMatchers)]);
      return `sum${by} (${used}) / sum${by} (${selector(m.connections.max, m.selectorMatchers)}) ${op} ${threshold}`;
    },
  },
};

/** The ids of the rules this file knows the query of. */
export const METHOD_RULE_IDS = Object.keys(QUERIES);

/** The rule's threshold in the unit its query compares: milliseconds in the histogram's unit, percent as a ratio. */
function queryThreshold(rule: AlertRule, monitoring: ProjectMonitoring): string {
  if (rule.unit === 'ms') return decimalText(thresholdInUnit(rule.threshold, monitoring.latency.unit));
  return decimalText(shift(rule.threshold, 2));
}

/** One of the method's rules as a Prometheus alert, or why it cannot be one. */
export function methodAlert(rule: AlertRule, monitoring: ProjectMonitoring): MethodAlertOutcome {
  const query = QUERIES[rule.id];
  if (query === undefined) return { ok: false, problem: `alert rule "${rule.id}" has no query in src/lib/slo/method-alert-queries.ts (it knows ${METHOD_RULE_IDS.join(', ')}), so it is left out of the rules` };
  if (rule.unit !== query.unit) return { ok: false, problem: `alert rule "${rule.id}" is in ${rule.unit}: its query compares ${query.unit}, so it is left out of the rules` };
  const duration = rule.forMinutes === undefined ? undefined : windowText(rule.forMinutes);
  return {
    ok: true,
    alert: {
      rule,
      alert: methodAlertName(rule.id),
      expr: query.expr(queryThreshold(rule, monitoring), duration ?? DEFAULT_RATE_WINDOW, monitoring, OPERATORS[rule.comparison]),
      ...(duration !== undefined ? { for: duration } : {}),
    },
  };
}
