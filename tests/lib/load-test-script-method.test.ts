import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/io/load-catalog.ts';
import { loadTestScript } from '../../src/lib/load-test-script.ts';

// The script the load-testing pages publish, generated from the handbook's own data files, against
// the method's recommended k6 script (004_ccc9fd01b2fcb4f9.txt, lines 104-130).
const catalog = loadCatalog();

/** The `{ duration, target }` stages of one scenario's profile in a generated script. */
function stagesOf(script: string, scenario: string): Array<{ duration: string; target: number }> {
  const block = new RegExp(`\\n  ${scenario}: \\{\\n    startVUs: \\d+,\\n    stages: \\[\\n([\\s\\S]*?)\\n    \\],`).exec(script);
  if (block === null) throw new Error(`no profile "${scenario}" in the script`);
  return [...block[1]!.matchAll(/\{ duration: '([^']+)', target: (\d+) \}/g)].map(([, duration, target]) => ({ duration: duration!, target: Number(target) }));
}

describe.each(['fr', 'en'] as const)('the published %s script follows the method', (locale) => {
  const script = loadTestScript(catalog, locale);

  test('its load scenario has the stages of the method\'s script', () =>
    expect(stagesOf(script, 'load')).toEqual([
      { duration: '2m', target: 100 }, // line 110: { duration: '2m', target: 100 }, // Ramp up
      { duration: '5m', target: 100 }, // line 111: { duration: '5m', target: 100 }, // Steady state
      { duration: '2m', target: 500 }, // line 112: { duration: '2m', target: 500 }, // Stress
      { duration: '5m', target: 500 }, // line 113: { duration: '5m', target: 500 }, // Sustain stress
      { duration: '2m', target: 0 }, // line 114: { duration: '2m', target: 0 }, // Ramp down
    ]));

  test('it runs the load scenario unless told otherwise', () => expect(script).toContain("const SCENARIO = __ENV.SCENARIO || 'load';"));

  test.each([
    // line 117: http_req_duration: ['p(95)<200', 'p(99)<500'],
    ["http_req_duration: ['p(95)<200', 'p(99)<500'],"],
    // line 118: http_req_failed: ['rate<0.01'], strictly below, not rate<=0.01
    ["http_req_failed: ['rate<0.01'],"],
    // line 126: 'duration < 200ms': (r) => r.timings.duration < 200,
    ['(r) => r.timings.duration < 200,'],
    // line 125: 'status 200': (r) => r.status === 200,
    ['(r) => r.status === 200,'],
  ])('its thresholds and checks are the method\'s: %s', (fragment) => expect(script).toContain(fragment));

  test('no threshold or check accepts the bound itself', () => expect(script).not.toMatch(/<=/));
});
