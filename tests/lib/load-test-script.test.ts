import { describe, expect, test } from 'vitest';
import { k6Script } from '../../src/lib/k6-script.ts';
import { loadTestScript } from '../../src/lib/load-test-script.ts';
import type { AlertRule } from '../../src/lib/schema/alert-rule.ts';
import type { LoadScenario } from '../../src/lib/schema/load-scenario.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const target = (id: string, value: number): Target => ({ id, label: { fr: id, en: id }, group: 'api', unit: 'ms', comparison: 'lt', value, source: 'role-guide', measuredBy: 'record' });
const TARGETS = new Map([target('api-p95', 180), target('api-p99', 450), target('ttfb', 200)].map((entry) => [entry.id, entry]));
const rule = (id: string): AlertRule => ({ id, name: { fr: id, en: id }, metric: { fr: 'Taux', en: 'Rate' }, comparison: 'gt', threshold: 1, unit: 'percent', forMinutes: 2, severity: 'critical', action: { fr: 'a', en: 'a' } });
const scenario = (id: string): LoadScenario => ({ id, name: { fr: id, en: id }, pattern: { fr: 'p', en: 'p' }, users: { from: 0, to: 50, shape: 'ramp' }, durationMinutes: 10, durationIsMinimum: false, purpose: { fr: 'b', en: 'b' } });
const data = { targets: TARGETS, alertRules: [rule('high-latency'), rule('error-spike')], loadScenarios: [scenario('smoke'), scenario('load')] };

describe('loadTestScript', () => {
  test('feeds the generator the P95 and P99 targets, the error-spike rule and every scenario', () =>
    expect(loadTestScript(data, 'en', 'smoke')).toBe(
      k6Script({
        scenarios: data.loadScenarios,
        defaultScenario: 'smoke',
        latency: [
          { id: 'api-p95', percentile: 95, comparison: 'lt', value: 180, unit: 'ms' },
          { id: 'api-p99', percentile: 99, comparison: 'lt', value: 450, unit: 'ms' },
        ],
        errorRule: data.alertRules[1]!,
        locale: 'en',
      }),
    ));

  test('runs the load scenario unless told otherwise', () => expect(loadTestScript(data, 'fr')).toBe(loadTestScript(data, 'fr', 'load')));

  test.each([
    // a latency target the thresholds need
    [{ ...data, targets: new Map([...TARGETS].filter(([id]) => id !== 'api-p99')) }, 'no target "api-p99" in src/content/data/targets.yaml'],
    // the alert rule the error-rate threshold needs
    [{ ...data, alertRules: [rule('high-latency')] }, 'no alert rule "error-spike" in src/content/data/alert-rules.yaml'],
  ])('names the file of a missing entry: %#', (input, message) => expect(() => loadTestScript(input, 'en')).toThrow(message));
});
