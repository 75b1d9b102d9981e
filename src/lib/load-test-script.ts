import { k6Script, type LatencyTarget } from './k6-script.ts';
import type { Catalog } from './schema/catalog.ts';
import type { Locale } from './schema/localized.ts';

/** The latency targets the script enforces, with the percentile each one bounds: the method's script has `p(95)<200` and `p(99)<500` (004_ccc9fd01b2fcb4f9.txt, line 117). */
const LATENCY_TARGETS = [
  ['api-p95', 95],
  ['api-p99', 99],
] as const;
/** The alert rule whose error rate the test must stay clear of. */
const ERROR_RULE = 'error-spike';

/** The handbook's runnable k6 script: stages from the load scenarios, thresholds from the latency targets and the error-spike alert; `url` is the address it loads unless `TARGET_URL` says otherwise. */
export function loadTestScript(data: Pick<Catalog, 'targets' | 'alertRules' | 'loadScenarios'>, locale: Locale, defaultScenario = 'load', url?: string): string {
  const latency: LatencyTarget[] = LATENCY_TARGETS.map(([id, percentile]) => {
    const target = data.targets.get(id);
    if (target === undefined) throw new Error(`no target "${id}" in src/content/data/targets.yaml; the load-test script needs it for its thresholds.`);
    return { id, percentile, comparison: target.comparison, value: target.value, unit: target.unit };
  });
  const errorRule = data.alertRules.find((rule) => rule.id === ERROR_RULE);
  if (errorRule === undefined) throw new Error(`no alert rule "${ERROR_RULE}" in src/content/data/alert-rules.yaml; the load-test script needs it for its error-rate threshold.`);
  return k6Script({ scenarios: data.loadScenarios, defaultScenario, latency, errorRule, locale, ...(url !== undefined ? { url } : {}) });
}
