import { describe, expect, test } from 'vitest';
import { catalog } from '../../fixtures/slo/cases.ts';
import { loadTestScript } from '../../../src/lib/load-test-script.ts';
import { projectK6Script } from '../../../src/lib/slo/project-k6-script.ts';

describe('projectK6Script', () => {
  test('without overrides it is the handbook’s script', () => expect(projectK6Script(catalog, { targets: {}, endpoints: [] }, 'en')).toBe(loadTestScript(catalog, 'en')));

  test('an override of a latency target becomes the script’s threshold', () => {
    const script = projectK6Script(catalog, { targets: { 'api-p95': { value: 350, reason: 'Search fans out to three services.' } }, endpoints: [] }, 'en');
    expect(script).toMatch(/http_req_duration: \['p\(95\)<350', 'p\(99\)<500'\]/);
  });

  test('loads the project’s first endpoint with a URL, unless TARGET_URL says otherwise', () => {
    const load = { rate: 10, durationSeconds: 30, warmupSeconds: 5, concurrency: 20, timeoutSeconds: 5 };
    const endpoint = (fields: { name: string; url?: string; path?: string }) => ({ ...fields, method: 'GET' as const, headers: {}, expectedStatus: [{ from: 200, to: 299 }], load });
    const script = projectK6Script(catalog, { targets: {}, endpoints: [endpoint({ name: 'Local', path: '/health' }), endpoint({ name: 'Search', url: 'https://api.perf.test/v1/search' })] }, 'en');
    expect(script).toContain("const TARGET_URL = __ENV.TARGET_URL || 'https://api.perf.test/v1/search';");
  });

  test('writes the language asked for', () => expect(projectK6Script(catalog, { targets: {}, endpoints: [] }, 'fr')).toMatch(/Test de charge généré par Perf Handbook/));
});
