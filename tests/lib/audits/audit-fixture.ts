// A small complete audit that passes every format rule, the ids it may name, and a way to write
// it as the YAML a person would: the rule tests change one thing in it and check the finding.
import { stringify } from 'yaml';
import type { AuditReferences } from '../../../src/lib/audits/audit-rules.ts';
import type { AuditInput } from '../../../src/lib/audits/audit-schema.ts';
import type { Target } from '../../../src/lib/schema/target.ts';

/** A target "below `value`" in `unit`. */
export function target(id: string, value: number, unit: Target['unit'] = 'ms', comparison: Target['comparison'] = 'lt'): Target {
  return { id, label: { fr: id, en: id }, group: 'api', unit, comparison, value, source: 'role-guide', measuredBy: 'record' };
}

/** The ids the fixture audit names, and a few more. */
export const REFS: AuditReferences = {
  targets: new Map([
    ['api-p50', target('api-p50', 100)],
    ['api-p95', target('api-p95', 200)],
    ['api-error-rate', target('api-error-rate', 1, 'percent', 'lte')],
    ['ttfb', target('ttfb', 300)],
  ]),
  patterns: new Set(['indexes', 'compression', 'caching']),
  scenarios: new Set(['smoke', 'load', 'stress']),
  alertRules: new Set(['high-latency', 'error-spike']),
  slos: new Set(['main-api-latency']),
};

/** An audit whose every section is complete and passes every rule. */
export function completeAudit(): AuditInput {
  return {
    schemaVersion: 1,
    by: 'Ada',
    scope: 'The search API',
    baseline: {
      status: 'complete',
      rows: [
        { metric: 'api-p95', subject: 'Search', current: 240, source: 'APM, 7 days', target: 200 },
        { metric: 'cpu', unit: 'percent', current: 60, source: 'Node exporter', target: 70 },
      ],
    },
    profiling: {
      status: 'complete',
      database: [{ finding: 'No index on category_id', cost: { value: 150, unit: 'ms', percentile: 'p95' }, source: 'EXPLAIN ANALYZE', pattern: 'indexes' }],
    },
    loadTests: { status: 'complete', runs: [{ scenario: 'load', date: '2026-11-18', p95Ms: 310, errorRatePercent: 0.4, peakRps: 180 }] },
    plan: {
      status: 'complete',
      actions: [
        { id: 'index', action: 'Add the index', layer: 'database', pattern: 'indexes', effort: '30 min', gains: [{ metric: 'api-p95', percentile: 'p95', before: 240, after: 160 }], priority: 'P0' },
        { id: 'cache', action: 'Cache the search', layer: 'application', pattern: 'caching', effort: '1 d', gains: [{ metric: 'throughput', unit: 'req/s', percentile: 'peak', before: 180, after: 300 }], priority: 'P1' },
      ],
    },
    implementation: {
      status: 'complete',
      records: [
        {
          action: 'index',
          date: '2026-11-20',
          change: 'Created the index',
          before: { metric: 'api-p95', percentile: 'p95', value: 240, source: 'APM' },
          after: { metric: 'api-p95', percentile: 'p95', value: 165, source: 'APM' },
        },
      ],
    },
    capacity: { status: 'complete', loadRps: 140, loadSource: 'APM', growthPercentPerMonth: 20, instanceCapacityRps: 75, capacitySource: 'Stress test', headroomPercent: 30, horizonsMonths: [3, 6, 12] },
    monitoring: { status: 'complete', alertRules: ['high-latency'], slos: ['main-api-latency'], dashboards: ['red'] },
  };
}

/** The audit as a YAML file. */
export function yamlOf(audit: unknown): string {
  return stringify(audit, { lineWidth: 0 });
}

/** The 1-based line of the first line of `text` that contains `needle` after the line holding `after` (when given). */
export function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((line) => line.includes(after));
  const index = lines.findIndex((line, at) => at >= start && line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}
