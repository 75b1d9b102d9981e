import { describe, expect, test } from 'vitest';
import { catalog } from '../../fixtures/slo/cases.ts';
import { loadTestScript } from '../../../src/lib/load-test-script.ts';
import { projectK6Script } from '../../../src/lib/slo/project-k6-script.ts';

describe('projectK6Script', () => {
  test('without overrides it is the handbook’s script', () => expect(projectK6Script(catalog, { targets: {} }, 'en')).toBe(loadTestScript(catalog, 'en')));

  test('an override of a latency target becomes the script’s threshold', () => {
    const script = projectK6Script(catalog, { targets: { 'api-p95': { value: 350, reason: 'Search fans out to three services.' } } }, 'en');
    expect(script).toMatch(/http_req_duration: \['p\(95\)<350', 'p\(99\)<500'\]/);
  });

  test('writes the language asked for', () => expect(projectK6Script(catalog, { targets: {} }, 'fr')).toMatch(/Test de charge généré par Perf Handbook/));
});
