import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { errorRateThreshold, k6Duration, k6Script, latencyThreshold, scenarioProfile, type LatencyTarget } from '../../src/lib/k6-script.ts';
import type { AlertRule } from '../../src/lib/schema/alert-rule.ts';
import type { LoadScenario } from '../../src/lib/schema/load-scenario.ts';

/** A scenario with the fields the generator reads. */
function scenario(id: string, from: number, to: number, shape: LoadScenario['users']['shape'], durationMinutes: number, durationIsMinimum = false): LoadScenario {
  return {
    id,
    name: { fr: `Scénario ${id}`, en: `Scenario ${id}` },
    pattern: { fr: 'motif', en: 'pattern' },
    users: { from, to, shape },
    durationMinutes,
    durationIsMinimum,
    purpose: { fr: 'but', en: 'purpose' },
  };
}

const errorSpike: AlertRule = {
  id: 'error-spike',
  name: { fr: "Pic d'erreurs", en: 'Error spike' },
  metric: { fr: "Taux d'erreur", en: 'Error rate' },
  comparison: 'gt',
  threshold: 1,
  unit: 'percent',
  forMinutes: 2,
  severity: 'critical',
  action: { fr: 'Alerter', en: 'Page' },
};

const p95: LatencyTarget = { id: 'api-p95', percentile: 95, comparison: 'lt', value: 200, unit: 'ms' };
const p99: LatencyTarget = { id: 'api-p99', percentile: 99, comparison: 'lt', value: 500, unit: 'ms' };

/** Seconds in a k6 duration such as "1m30s". */
function seconds(duration: string): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(duration);
  if (!match || duration === '') throw new Error(`not a k6 duration: ${duration}`);
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

describe('k6Duration', () => {
  test.each([
    // seconds only
    [45, '45s'],
    // whole minutes
    [60, '1m'],
    // minutes and seconds
    [90, '1m30s'],
    // whole hours
    [7200, '2h'],
    // every unit
    [3725, '1h2m5s'],
  ])('%d s → %s', (value, text) => expect(k6Duration(value)).toBe(text));

  test.each([[0], [-5], [1.5]])('refuses %d', (value) => expect(() => k6Duration(value)).toThrow(RangeError));
});

describe('scenarioProfile', () => {
  test.each([
    // constant: starts at the load and holds it for the whole duration
    [scenario('smoke', 5, 5, 'constant', 1), 5, [5], 60],
    // ramp: up to the low load, hold, up to the high load, hold, down to zero; the duration is the time
    // held, and the three 2-minute climbs and descent of the method's script come on top of it
    [scenario('load', 100, 500, 'ramp', 10), 0, [100, 100, 500, 500, 0], 960],
    [scenario('stress', 500, 2000, 'ramp', 15), 0, [500, 500, 2000, 2000, 0], 1260],
    // burst: from the base straight to the peak, held, then back to the base
    [scenario('spike', 0, 1000, 'burst', 5), 0, [1000, 1000, 0], 300],
    // a long constant run keeps its full length
    [scenario('soak', 200, 200, 'constant', 120, true), 200, [200], 7200],
  ])('$id', (input, startVUs, targets, totalSeconds) => {
    const profile = scenarioProfile(input, 'en');
    expect(profile.startVUs).toBe(startVUs);
    expect(profile.stages.map((stage) => stage.target)).toEqual(targets);
    expect(profile.stages.reduce((sum, stage) => sum + seconds(stage.duration), 0)).toBe(totalSeconds);
  });

  // The method's recommended k6 script (004_ccc9fd01b2fcb4f9.txt, lines 110-114) for its Load
  // scenario, 100-500 users for 10 min (line 98).
  test('plays the load scenario as the method\'s script: 2m to 100, 5m at 100, 2m to 500, 5m at 500, 2m to 0', () =>
    expect(scenarioProfile(scenario('load', 100, 500, 'ramp', 10), 'en').stages.map(({ duration, target }) => ({ duration, target }))).toEqual([
      { duration: '2m', target: 100 }, // line 110, ramp up
      { duration: '5m', target: 100 }, // line 111, steady state
      { duration: '2m', target: 500 }, // line 112, stress
      { duration: '5m', target: 500 }, // line 113, sustain stress
      { duration: '2m', target: 0 }, // line 114, ramp down
    ]));

  test('splits an odd number of seconds held between the two loads', () =>
    expect(scenarioProfile(scenario('odd', 10, 20, 'ramp', 3 / 60), 'en').stages.map((stage) => stage.duration)).toEqual(['2m', '2s', '2m', '1s', '2m']));

  test('writes stage notes in the page language', () => {
    expect(scenarioProfile(scenario('load', 100, 500, 'ramp', 10), 'fr').stages[0]!.note).toBe('montée à 100');
    expect(scenarioProfile(scenario('load', 100, 500, 'ramp', 10), 'en').stages[0]!.note).toBe('ramp up to 100');
  });

  test('refuses a ramp too short to split into stages', () => expect(() => scenarioProfile(scenario('tiny', 1, 2, 'ramp', 1 / 60), 'en')).toThrow(RangeError));
});

describe('latencyThreshold', () => {
  test.each([
    // strictly below
    [p95, 'p(95)<200'],
    [p99, 'p(99)<500'],
    // at most
    [{ ...p95, comparison: 'lte' as const }, 'p(95)<=200'],
    // a fractional percentile
    [{ id: 'api-p999', percentile: 99.9, comparison: 'lt' as const, value: 1000, unit: 'ms' }, 'p(99.9)<1000'],
  ])('%o → %s', (target, text) => expect(latencyThreshold(target)).toBe(text));

  test.each([
    // a lower bound is not a latency target
    [{ ...p95, comparison: 'gt' as const }],
    // not a time
    [{ ...p95, unit: 'unitless' }],
    // not a percentile
    [{ ...p95, percentile: 100 }],
  ])('refuses %o', (target) => expect(() => latencyThreshold(target)).toThrow(RangeError));
});

describe('errorRateThreshold', () => {
  test.each([
    // the alert fires above 1 %: the test needs less than 1 %, as the method's script writes it
    // beside that alert (004_ccc9fd01b2fcb4f9.txt, line 118 `rate<0.01`, line 201 "> 1%")
    [errorSpike, 'rate<0.01'],
    // the alert fires at 0.5 % and above: the test needs less than that
    [{ ...errorSpike, comparison: 'gte' as const, threshold: 0.5 }, 'rate<0.005'],
    // no floating-point noise in the rate
    [{ ...errorSpike, threshold: 0.3 }, 'rate<0.003'],
  ])('%o → %s', (rule, text) => expect(errorRateThreshold(rule)).toBe(text));

  test.each([
    // an alert on latency is not an error rate
    [{ ...errorSpike, unit: 'ms' as const }],
    // an alert firing below its threshold cannot bound an error rate
    [{ ...errorSpike, comparison: 'lt' as const }],
  ])('refuses %o', (rule) => expect(() => errorRateThreshold(rule)).toThrow(RangeError));
});

describe('k6Script', () => {
  const scenarios = [
    scenario('smoke', 5, 5, 'constant', 1),
    scenario('load', 100, 500, 'ramp', 10),
    scenario('spike', 0, 1000, 'burst', 5),
    scenario('soak', 200, 200, 'constant', 120, true),
  ];
  const input = { scenarios, defaultScenario: 'load', latency: [p95, p99], errorRule: errorSpike };

  test.each([
    // the thresholds come from the targets and the alert rule
    ['en', "http_req_duration: ['p(95)<200', 'p(99)<500']"],
    ['en', "http_req_failed: ['rate<0.01']"],
    ['en', '// Error rate < 1%; above it the "Error spike" alert fires'],
    // the default scenario and every profile are there
    ['en', "const SCENARIO = __ENV.SCENARIO || 'load';"],
    ['en', "{ duration: '2m', target: 100 }, // ramp up to 100"],
    // a ramp says how long it holds and how long it lasts
    ['en', '// Scenario load — purpose (10 min held, 16 min in all)'],
    ['fr', '// Scénario load — but (10 min de maintien, 16 min en tout)'],
    ['en', 'soak: {\n    startVUs: 200,'],
    // comments follow the page's language
    ['fr', '// Scénarios : smoke, load, spike, soak'],
    ['fr', '// montée à 100'],
    ['fr', "'durée < 200 ms': (r) => r.timings.duration < 200"],
    ['en', "'duration < 200 ms': (r) => r.timings.duration < 200"],
  ] as const)('%s script contains %s', (locale, fragment) => expect(k6Script({ ...input, locale })).toContain(fragment));

  test('marks a minimum duration', () => expect(k6Script({ ...input, locale: 'en' })).toMatch(/Scenario soak — purpose \(minimum duration/));

  test('refuses a default scenario that does not exist', () =>
    expect(() => k6Script({ ...input, defaultScenario: 'nope', locale: 'en' })).toThrow(/default scenario/));

  test.each(['fr', 'en'] as const)('the %s script is valid JavaScript', (locale) => {
    const dir = mkdtempSync(join(tmpdir(), 'k6-script-'));
    try {
      const file = join(dir, 'script.mjs');
      writeFileSync(file, k6Script({ ...input, locale }));
      const result = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
