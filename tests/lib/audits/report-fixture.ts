// What the report's table tests share: the fixture audit parsed and its figures computed, and the
// catalog entries its tables name (patterns, scenarios, alert rules, SLOs), in both languages.
import { auditFigures } from '../../../src/lib/audits/audit-figures.ts';
import { auditSchema, type Audit, type AuditInput } from '../../../src/lib/audits/audit-schema.ts';
import type { AlertRule } from '../../../src/lib/schema/alert-rule.ts';
import type { LoadScenario } from '../../../src/lib/schema/load-scenario.ts';
import type { Pattern } from '../../../src/lib/schema/pattern.ts';
import type { Slo } from '../../../src/lib/schema/slo.ts';
import { completeAudit, REFS } from './audit-fixture.ts';

/** The targets the fixture audit names. */
export const TARGETS = REFS.targets;

/** A pattern as the report reads it: only its title. */
const pattern = (id: string, en: string, fr: string) => [id, { id, title: { fr, en } } as Pattern] as const;
export const PATTERNS: ReadonlyMap<string, Pattern> = new Map([pattern('indexes', 'Missing indexes', 'Index manquants'), pattern('caching', 'Caching', 'Cache')]);

export const SCENARIOS: LoadScenario[] = [
  { id: 'load', name: { fr: 'Charge', en: 'Load' }, pattern: { fr: 'Rampe', en: 'Ramp' }, users: { from: 0, to: 100, shape: 'ramp' }, durationMinutes: 16, durationIsMinimum: false, purpose: { fr: 'Nominal', en: 'Nominal' } },
];

export const ALERT_RULES: AlertRule[] = [
  { id: 'high-latency', name: { fr: 'Latence élevée', en: 'High latency' }, metric: { fr: 'Latence P95', en: 'P95 latency' }, comparison: 'gt', threshold: 500, unit: 'ms', forMinutes: 5, severity: 'warning', action: { fr: 'Analyser', en: 'Investigate' } },
];

export const SLOS: Slo[] = [{ id: 'main-api-latency', service: { fr: 'API principale', en: 'Main API' }, sli: { fr: 'Latence P99', en: 'P99 latency' }, comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' }];

/** The fixture audit, changed by `change`, as the build reads it. */
export function audit(change: (input: AuditInput) => AuditInput = (input) => input): Audit {
  return auditSchema.parse(change(completeAudit()));
}

/** The figures of the fixture audit, changed by `change`. */
export function figures(change?: (input: AuditInput) => AuditInput) {
  return auditFigures(audit(change), TARGETS);
}
