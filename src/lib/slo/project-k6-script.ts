import { effectiveTargets } from '../effective-targets.ts';
import { loadTestScript } from '../load-test-script.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Locale } from '../schema/localized.ts';
import type { Project } from '../schema/project.ts';
import type { Target } from '../schema/target.ts';

/**
 * A project's k6 script: the handbook's load-test script (load-test-script.ts) with the project's
 * effective latency targets as its thresholds, so an override such as a slower P95 is what the
 * load test enforces. It loads the project's first endpoint with an absolute URL (a path on the
 * handbook's preview has no address until the preview runs), unless `TARGET_URL` says otherwise.
 */
export function projectK6Script(catalog: Pick<Catalog, 'targets' | 'alertRules' | 'loadScenarios'>, project: Pick<Project, 'targets' | 'endpoints'>, locale: Locale): string {
  const targets = new Map<string, Target>();
  for (const [id, effective] of effectiveTargets(catalog.targets, project)) targets.set(id, { ...effective.target, value: effective.value });
  const url = project.endpoints.find((endpoint) => endpoint.url !== undefined)?.url;
  return loadTestScript({ ...catalog, targets }, locale, 'load', url);
}
