import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CASES, caseById, rulesInput, type SloCase } from '../../fixtures/slo/cases.ts';
import { skipWithout } from '../../fixtures/prerequisite.ts';
import { PROMTOOL, PROMTOOL_PREREQUISITE, promtool, promtoolVersion } from '../../fixtures/promtool.ts';
import { alertWindows, BURN_RATE_TIERS } from '../../../src/lib/slo/burn-rate-tiers.ts';
import { handbookLink, prometheusRuleGroups, prometheusRules, type AlertingRule, type RecordingRule } from '../../../src/lib/slo/prometheus-rules.ts';

type RulesFile = { groups: Array<{ name: string; rules: Array<RecordingRule & AlertingRule> }> };
const rulesOf = (entry: SloCase) => parse(prometheusRules(rulesInput(entry))) as RulesFile;
const alertsOf = (file: RulesFile) => file.groups.flatMap((group) => group.rules.filter((rule) => rule.alert !== undefined));

describe('golden files: same data, same bytes', () => {
  test.each(CASES.map((entry) => [entry.id, entry] as const))('%s', async (_, entry) => {
    await expect(prometheusRules(rulesInput(entry))).toMatchFileSnapshot(`${entry.expected}/rules.yaml`);
  });

  test('French summaries and descriptions', async () => {
    await expect(prometheusRules(rulesInput(caseById('storefront'), 'fr'))).toMatchFileSnapshot('../../fixtures/slo/storefront/rules.fr.yaml');
  });

  test('regenerating from the same data gives byte-identical text', () => {
    for (const entry of CASES) expect(prometheusRules(rulesInput(entry))).toBe(prometheusRules(rulesInput(entry)));
  });
});

describe('the rules of an SLO', () => {
  const file = rulesOf(caseById('storefront'));
  const group = file.groups.find((entry) => entry.name === 'perf-handbook-storefront-slo-main-api-latency')!;

  test('record bad and total counts, and their ratio, over every window the alerts read', () => {
    const records = group.rules.map((rule) => rule.record).filter(Boolean);
    for (const window of alertWindows()) expect(records).toEqual(expect.arrayContaining([`slo:bad_events:increase${window}`, `slo:events:increase${window}`, `slo:bad_events:ratio${window}`]));
    const ratio1h = group.rules.find((rule) => rule.record === 'slo:bad_events:ratio1h')!;
    // a ratio of counts, so a busy hour weighs more than a quiet one
    expect(ratio1h.expr).toBe('slo:bad_events:increase1h{slo="main-api-latency",project="storefront"} / slo:events:increase1h{slo="main-api-latency",project="storefront"}');
  });

  test('count bad events as all events minus those at or below the bound, on the project’s series', () => {
    const bad = group.rules.find((rule) => rule.record === 'slo:bad_events:increase5m')!;
    expect(bad.expr).toBe('sum(increase(http_request_duration_seconds_count{job="storefront"}[5m])) - sum(increase(http_request_duration_seconds_bucket{job="storefront",le="0.1"}[5m]))');
    expect(bad.labels).toEqual({ slo: 'main-api-latency', project: 'storefront' });
  });

  test('weigh the 30-day ratio by traffic: a sum of 5-minute counts over a sum of 5-minute counts, never an average of ratios', () => {
    const period = group.rules.find((rule) => rule.record === 'slo:bad_events:ratio30d')!;
    expect(period.expr).toBe('sum_over_time(slo:bad_events:increase5m{slo="main-api-latency",project="storefront"}[30d]) / sum_over_time(slo:events:increase5m{slo="main-api-latency",project="storefront"}[30d])');
    expect(group.rules.find((rule) => rule.record === 'slo:error_budget_remaining:ratio')!.expr).toBe('1 - slo:bad_events:ratio30d{slo="main-api-latency",project="storefront"} / 0.001');
  });

  test.each(BURN_RATE_TIERS.map((tier) => [tier.id, tier] as const))('alert on the %s tier over its long and its short window, with exact thresholds', (_, tier) => {
    const alert = group.rules.find((rule) => rule.alert === tier.alert)!;
    // 14.4 × 0.001 = 0.0144, 6 × 0.001 = 0.006, 3 × 0.001 = 0.003, 1 × 0.001 = 0.001
    const threshold = { 'page-1h': '0.0144', 'page-6h': '0.006', 'ticket-1d': '0.003', 'ticket-3d': '0.001' }[tier.id];
    expect(alert.expr).toBe(`slo:bad_events:ratio${tier.longWindow}{slo="main-api-latency",project="storefront"} >= ${threshold} and slo:bad_events:ratio${tier.shortWindow}{slo="main-api-latency",project="storefront"} >= ${threshold}`);
    expect(alert.labels).toEqual({ slo: 'main-api-latency', project: 'storefront', severity: tier.severity, tier: tier.id });
    expect(alert.annotations.handbook).toBe('/en/projects/storefront/');
  });

  test('say in an annotation when the threshold is not a bucket bound, and which bound is read', () => {
    const alert = group.rules.find((rule) => rule.alert === 'ErrorBudgetBurnFastPage')!;
    expect(alert.annotations.bucket_bound).toBe('200 ms is not a bucket bound of http_request_duration_seconds_bucket: events count as good up to le="0.1" (100 ms), the nearest bound below, so the SLO reads stricter than written.');
    const database = file.groups.find((entry) => entry.name === 'perf-handbook-storefront-slo-database-query-time')!;
    expect(database.rules.find((rule) => rule.alert === 'ErrorBudgetBurnFastPage')!.annotations.bucket_bound).toBeUndefined();
  });
});

describe('exact decimals', () => {
  test.each(CASES.map((entry) => [entry.id, entry] as const))('%s: no float noise anywhere in the file', (_, entry) => {
    const text = prometheusRules(rulesInput(entry));
    expect(text).not.toMatch(/\d\.\d*(?:0{6,}|9{6,})\d/);
    expect(text).not.toMatch(/\de-\d/);
  });

  test('a 99.5 % objective gives 0.005 and its tiers 0.072, 0.03, 0.015, 0.005', () => {
    const alerts = alertsOf(rulesOf(caseById('checkout')));
    expect(alerts.filter((rule) => rule.labels.slo).map((rule) => / >= ([\d.]+) and/.exec(rule.expr)![1])).toEqual(['0.072', '0.03', '0.015', '0.005']);
  });
});

describe('a project with its own monitoring names', () => {
  const file = rulesOf(caseById('checkout'));

  test('reads its selector, its millisecond histogram and its whole bound as both clients write it', () => {
    const bad = file.groups[0]!.rules.find((rule) => rule.record === 'slo:bad_events:increase1h')!;
    expect(bad.expr).toBe('sum(increase(payments_request_latency_ms_count{service="checkout-api",env="prod"}[1h])) - sum(increase(payments_request_latency_ms_bucket{service="checkout-api",env="prod",le=~"250|250\\\\.0"}[1h]))');
  });

  test('writes the method’s rules on its own series', () => {
    const method = Object.fromEntries(alertsOf(file).filter((rule) => rule.labels.alert_rule).map((rule) => [rule.alert, rule]));
    expect(method.HighLatency!.expr).toBe('histogram_quantile(0.95, sum by (le) (rate(payments_request_latency_ms_bucket{service="checkout-api",env="prod"}[5m]))) > 500');
    expect(method.HighLatency!.for).toBe('5m');
    expect(method.ErrorSpike!.expr).toBe('sum(rate(payments_http_requests_total{service="checkout-api",env="prod",status=~"500|502|503|504"}[2m])) / sum(rate(payments_http_requests_total{service="checkout-api",env="prod"}[2m])) > 0.01');
    expect(method.MemoryLeak!.expr).toBe('(jvm_memory_used_bytes{service="checkout-api",env="prod"} - jvm_memory_used_bytes{service="checkout-api",env="prod"} offset 1h) / jvm_memory_used_bytes{service="checkout-api",env="prod"} offset 1h > 0.1');
    expect(method.MemoryLeak!.for).toBeUndefined();
    expect(method.DbSaturation!.expr).toBe('sum by (pool) (hikaricp_connections_active{service="checkout-api",env="prod"}) / sum by (pool) (hikaricp_connections_max{service="checkout-api",env="prod"}) > 0.8');
    expect(method.DbSaturation!.labels).toEqual({ project: 'checkout', severity: 'critical', alert_rule: 'db-saturation' });
  });
});

describe('a low objective', () => {
  test('leaves out the tier that can never fire and keeps the others', () => {
    const alerts = alertsOf(rulesOf(caseById('reports'))).filter((rule) => rule.labels.slo === 'main-api-latency');
    // 14.4 × 0.1 = 1.44 cannot be reached; 6 × 0.1 = 0.6 can
    expect(alerts.map((rule) => rule.labels.tier)).toEqual(['page-6h', 'ticket-1d', 'ticket-3d']);
  });
});

describe('handbookLink', () => {
  test.each<[string, 'en' | 'fr', string | undefined, string]>([
    ['storefront', 'fr', undefined, '/projects/storefront/'],
    ['storefront', 'en', undefined, '/en/projects/storefront/'],
    ['storefront', 'en', 'https://handbook.example.com/', 'https://handbook.example.com/en/projects/storefront/'],
  ])('%s in %s on %s', (id, locale, site, link) => expect(handbookLink(id, locale, site)).toBe(link));
});

describe('refuses to generate what the lint calls an error', () => {
  test('a threshold below every bucket bound', () => {
    const input = rulesInput(caseById('storefront'));
    const slos = input.slos.map((slo) => ({ ...slo, value: 1 }));
    expect(() => prometheusRuleGroups({ ...input, slos })).toThrow(/run the lint/);
  });
});

describe.skipIf(skipWithout(PROMTOOL !== undefined, PROMTOOL_PREREQUISITE))('promtool', () => {
  test.each(CASES.map((entry) => [entry.id, entry] as const))('promtool check rules accepts the rules of %s', (_, entry) => {
    const run = promtool(['check', 'rules', 'rules.yaml'], { 'rules.yaml': prometheusRules(rulesInput(entry)) });
    expect(run.output).toMatch(/SUCCESS: \d+ rules found/);
    expect(run.status, run.output).toBe(0);
  });

  test('promtool check rules refuses a broken file, so the check above can fail', () => {
    const run = promtool(['check', 'rules', 'rules.yaml'], { 'rules.yaml': prometheusRules(rulesInput(caseById('storefront'))).replace('sum(increase(', 'sum(increase((') });
    expect(run.status).not.toBe(0);
  });

  // A small test file written here: the handbook's API SLO (99.9 %) at a burn of exactly 14.4x
  // pages, at 1x it does not. 10,000 events a minute, 144 of them slower than 100 ms is an error
  // ratio of 0.0144 exactly; Prometheus 2's closed ranges read whole counts, so the comparison is exact.
  const series = (badPerMinute: number) => `
      - series: 'http_request_duration_seconds_count{job="storefront"}'
        values: '0+10000x120'
      - series: 'http_request_duration_seconds_bucket{job="storefront",le="0.1"}'
        values: '0+${10000 - badPerMinute}x120'`;
  const page = `
          - exp_labels: { slo: main-api-latency, project: storefront, severity: page, tier: page-1h }
            exp_annotations:
              summary: 'Main API: error budget burning at 14.4x or more over 1h, and still over the last 5m'
              description: 'The Main API SLO (P99 latency < 200 ms, read as 99.9 % of events within 200 ms over 30 days) burns its error budget at 14.4 times or more the pace that would spend it exactly over the window: at that pace 2 % of the budget goes in 1h.'
              handbook: /en/projects/storefront/
              bucket_bound: '200 ms is not a bucket bound of http_request_duration_seconds_bucket: events count as good up to le="0.1" (100 ms), the nearest bound below, so the SLO reads stricter than written.'`;
  const unitTests = `rule_files: [rules.yaml]
evaluation_interval: 1m
tests:
  - name: a burn of exactly 14.4x pages
    interval: 1m
    input_series:${series(144)}
    alert_rule_test:
      - eval_time: 1h
        alertname: ErrorBudgetBurnFastPage
        exp_alerts:${page}
      - eval_time: 2h
        alertname: ErrorBudgetBurnFastPage
        exp_alerts:${page}
  - name: a burn of 1x pages nobody
    interval: 1m
    input_series:${series(10)}
    alert_rule_test:
      - eval_time: 1h
        alertname: ErrorBudgetBurnFastPage
        exp_alerts: []
      - eval_time: 2h
        alertname: ErrorBudgetBurnSlowPage
        exp_alerts: []
`;

  test(`promtool test rules: 14.4x pages, 1x does not (promtool ${PROMTOOL ? promtoolVersion() : 'missing'})`, () => {
    const run = promtool(['test', 'rules', 'rules.test.yaml'], { 'rules.yaml': prometheusRules(rulesInput(caseById('storefront'))), 'rules.test.yaml': unitTests });
    expect(run.output).toMatch(/SUCCESS/);
    expect(run.status, run.output).toBe(0);
  });

  test('the same test fails when the page is set one step above 14.4x, so it can tell', () => {
    const rules = prometheusRules(rulesInput(caseById('storefront'))).replaceAll('>= 0.0144 ', '>= 0.0145 ').replaceAll('>= 0.0144\'', ">= 0.0145'");
    const run = promtool(['test', 'rules', 'rules.test.yaml'], { 'rules.yaml': rules, 'rules.test.yaml': unitTests });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/FAILED/);
  });
});
