import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { CASES, caseById, rulesInput } from '../../fixtures/slo/cases.ts';
import { skipWithout } from '../../fixtures/prerequisite.ts';
import { PROMTOOL, PROMTOOL_PREREQUISITE, promtool } from '../../fixtures/promtool.ts';
import { decimal } from '../../../src/lib/slo/decimal.ts';
import { counterValues, evalTime, gaugeValues, prometheusRuleTests } from '../../../src/lib/slo/prometheus-rule-tests.ts';
import { prometheusRules } from '../../../src/lib/slo/prometheus-rules.ts';

type TestFile = { rule_files: string[]; tests: Array<{ name: string; alert_rule_test: Array<{ eval_time: string; alertname: string; exp_alerts: unknown[] }> }> };

describe('promtool notation', () => {
  test.each<[string, Array<{ perStep: string; steps: number }>, string]>([
    // 0, 10, 20, 30
    ['one rate', [{ perStep: '10', steps: 3 }], '0 10+10x2'],
    // 0, 10, 20, then 25, 30, then 40
    ['rates in a row', [{ perStep: '10', steps: 2 }, { perStep: '5', steps: 2 }, { perStep: '10', steps: 1 }], '0 10+10x1 25+5x1 40'],
    ['a decimal rate', [{ perStep: '0.5', steps: 2 }], '0 0.5+0.5x1'],
  ])('counterValues: %s', (_, segments, text) => expect(counterValues(segments.map((segment) => ({ perStep: decimal(segment.perStep), steps: segment.steps })))).toBe(text));

  test('gaugeValues holds each value for its samples', () => expect(gaugeValues([{ value: decimal(1000), steps: 3 }, { value: decimal('1101'), steps: 2 }])).toBe('1000+0x2 1101+0x1'));

  test.each<[number, string]>([
    [0, '0m'],
    [5, '5m'],
    [125, '2h5m'],
    [1500, '1d1h'],
  ])('evalTime(%d) is %s', (minutes, text) => expect(evalTime(minutes)).toBe(text));
});

describe('the generated tests', () => {
  test.each(CASES.map((entry) => [entry.id, entry] as const))('golden file of %s', async (_, entry) => {
    await expect(prometheusRuleTests(rulesInput(entry), `${entry.id}.rules.yaml`)).toMatchFileSnapshot(`${entry.expected}/rules.test.yaml`);
  });

  test('cover every tier of every SLO, a quiet burn, and the method’s four rules above and below their thresholds', () => {
    const file = parse(prometheusRuleTests(rulesInput(caseById('storefront')), 'storefront.rules.yaml')) as TestFile;
    expect(file.rule_files).toEqual(['storefront.rules.yaml']);
    const names = file.tests.map((entry) => entry.name.replace(/:.*/, ''));
    expect(names.filter((name) => name === 'main-api-latency')).toHaveLength(5);
    expect(names.filter((name) => name === 'database-query-time')).toHaveLength(5);
    for (const alert of ['HighLatency (high-latency)', 'ErrorSpike (error-spike)', 'MemoryLeak (memory-leak)', 'DbSaturation (db-saturation)']) expect(names.filter((name) => name === alert)).toHaveLength(2);
  });

  test('a tier left out by a low objective has no test', () => {
    const file = parse(prometheusRuleTests(rulesInput(caseById('reports')), 'reports.rules.yaml')) as TestFile;
    const fast = file.tests.filter((entry) => entry.name.startsWith('main-api-latency') && entry.name.includes('ErrorBudgetBurnFastPage'));
    expect(fast).toEqual([]);
  });
});

describe.skipIf(skipWithout(PROMTOOL !== undefined, PROMTOOL_PREREQUISITE))('promtool test rules passes the tests shipped beside the rules', () => {
  test.each([caseById('storefront'), caseById('checkout')].map((entry) => [entry.id, entry] as const))('%s', (_, entry) => {
    const run = promtool(['test', 'rules', 'rules.test.yaml'], { 'rules.yaml': prometheusRules(rulesInput(entry)), 'rules.test.yaml': prometheusRuleTests(rulesInput(entry), 'rules.yaml') });
    expect(run.output).toMatch(/SUCCESS/);
    expect(run.status, run.output).toBe(0);
  });

  test('and they fail on rules whose threshold is wrong, or whose short window is missing', () => {
    const entry = caseById('storefront');
    const file = parse(prometheusRuleTests(rulesInput(entry), 'rules.yaml')) as TestFile;
    const fastPage = { ...file, tests: file.tests.filter((item) => item.name.startsWith('main-api-latency') && item.name.includes('ErrorBudgetBurnFastPage')) };
    const rules = prometheusRules(rulesInput(entry));
    // the page at twice its threshold fires too late
    const late = promtool(['test', 'rules', 'rules.test.yaml'], { 'rules.yaml': rules.replaceAll('>= 0.0144', '>= 0.0288'), 'rules.test.yaml': stringify(fastPage) });
    expect(late.status, late.output).not.toBe(0);
    // without its 5-minute check the page goes on firing after the burn stops
    const sticky = promtool(['test', 'rules', 'rules.test.yaml'], { 'rules.yaml': rules.replace(/ and slo:bad_events:ratio5m\{slo="main-api-latency",project="storefront"\} >= 0\.0144/, ''), 'rules.test.yaml': stringify(fastPage) });
    expect(sticky.status, sticky.output).not.toBe(0);
    expect(sticky.output).toMatch(/FAILED/);
  });
});
