import { describe, expect, test } from 'vitest';
import { catalog } from '../../fixtures/slo/cases.ts';
import { projectSlosSchema } from '../../../src/lib/slo/project-slo-schema.ts';
import { findingText, hasErrors, sloLint, type SloFinding } from '../../../src/lib/slo/slo-lint.ts';
import type { AlertRule } from '../../../src/lib/schema/alert-rule.ts';

const FILE = 'src/content/projects/shop.yaml';

/** Lints a block for a project named `shop` against the handbook's SLOs and alert rules. */
function lint(block: unknown, projectId = 'shop', alertRules: readonly AlertRule[] = catalog.alertRules): SloFinding[] {
  return sloLint({ projectId, file: FILE, block: block === undefined ? undefined : projectSlosSchema.parse(block), slos: catalog.slos, alertRules });
}

/** The findings as `severity field: message` lines, for matching. */
const lines = (findings: readonly SloFinding[]) => findings.map((finding) => `${finding.severity} ${finding.file}: ${finding.field}: ${finding.message}`);

describe('a project with no block', () => {
  test('has one warning: 200 ms is not a bound of the client libraries’ default buckets, and 0.1 is read', () => {
    const findings = lint(undefined);
    expect(hasErrors(findings)).toBe(false);
    expect(lines(findings)).toEqual([
      expect.stringMatching(/^warning src\/content\/projects\/shop\.yaml: slos\.monitoring\.latency\.buckets: the SLO "main-api-latency" has a threshold of 200 ms, which is not a bucket bound of http_request_duration_seconds_bucket: the rules read le="0\.1" \(100 ms\), the nearest bound below.*add a bound of 0\.2 seconds/),
    ]);
  });

  test('none once the histogram has a 0.2 s bound', () => expect(lint({ monitoring: { latency: { metric: 'http_request_duration_seconds_bucket', buckets: [0.05, 0.1, 0.2, 0.5, 1] } } })).toEqual([]));
});

describe('findings, each naming the file and the field', () => {
  test.each<[string, unknown, string, RegExp]>([
    // ids
    ['an unknown SLO in use, with the nearest id', { use: ['main-api-latncy'] }, 'error', /shop\.yaml: slos\.use\[0\]: "main-api-latncy" is not an SLO: did you mean "main-api-latency"\?/],
    ['an override of an unknown SLO', { overrides: { 'api-latency': { value: 300, reason: 'x' } } }, 'error', /slos\.overrides\.api-latency: "api-latency" is not an SLO/],
    ['an override of an SLO the project leaves out', { use: ['main-api-latency'], overrides: { 'database-query-time': { value: 80, reason: 'x' } } }, 'warning', /slos\.overrides\.database-query-time: overrides the SLO "database-query-time", which `slos.use` leaves out/],
    ['a histogram for an unknown SLO', { monitoring: { histograms: { nope: { metric: 'x_bucket', buckets: [1] } } } }, 'error', /slos\.monitoring\.histograms\.nope: "nope" is not an SLO/],
    // Prometheus names
    ['a metric name with a dash', { monitoring: { requests: { metric: 'http-requests' } } }, 'error', /slos\.monitoring\.requests\.metric: "http-requests" is not a metric name Prometheus accepts/],
    ['a metric name starting with a digit', { monitoring: { memory: { metric: '9mem' } } }, 'error', /slos\.monitoring\.memory\.metric: "9mem" is not a metric name/],
    ['a label name with a dot', { monitoring: { selector: { 'app.kubernetes.io/name': 'shop' } } }, 'error', /slos\.monitoring\.selector\.app\.kubernetes\.io\/name: "app\.kubernetes\.io\/name" is not a label name Prometheus accepts/],
    ['a reserved label name', { monitoring: { requests: { errors: { label: '__status' } } } }, 'error', /slos\.monitoring\.requests\.errors\.label: "__status" starts with "__"/],
    ['a pool label with a space', { monitoring: { connections: { by: ['pool name'] } } }, 'error', /slos\.monitoring\.connections\.by\[0\]: "pool name" is not a label name/],
    ['an error pattern that does not compile', { monitoring: { requests: { errors: { pattern: '5[0-9' } } } }, 'error', /slos\.monitoring\.requests\.errors\.pattern: "5\[0-9" is not a regular expression/],
    ['a histogram that is not a bucket series', { monitoring: { histograms: { 'database-query-time': { metric: 'db_seconds', buckets: [0.05] } } } }, 'error', /slos\.monitoring\.histograms\.database-query-time\.metric: "db_seconds" is not the bucket series of a histogram/],
    // bucket bounds
    ['a threshold below every bound', { overrides: { 'main-api-latency': { value: 2, reason: 'x' } } }, 'error', /slos\.monitoring\.latency\.buckets: the SLO "main-api-latency" has a threshold of 2 ms, below every bucket bound of http_request_duration_seconds_bucket \(the lowest is 0\.005 seconds\)/],
    ['a database threshold between bounds', { overrides: { 'database-query-time': { value: 70, reason: 'x' } } }, 'warning', /slos\.monitoring\.histograms\.database-query-time\.buckets: .*70 ms.*le="0\.05" \(50 ms\)/],
    // tiers that can never fire
    ['a 10 % budget: the fast page', { overrides: { 'main-api-latency': { errorBudgetPercent: 10, reason: 'x' } } }, 'warning', /slos\.overrides\.main-api-latency\.errorBudgetPercent: the page-1h alert of "main-api-latency" \(14\.4x over 1h\) can never fire with a budget of 10 %: it would need an error ratio of 1\.44 or more.*under 100 ÷ 14\.4 ≈ 6\.94 %/],
    // OpenSLO names
    ['a project id that makes OpenSLO names too long', undefined, 'error', /\(file name: the project id\): the OpenSLO name "a-very-long-project-identifier-for-the-shop-main-api-latency-page-1h" is 68 characters/],
  ])('%s', (_, block, severity, message) => {
    const findings = lint(block, block === undefined ? 'a-very-long-project-identifier-for-the-shop' : 'shop');
    const found = findings.filter((finding) => message.test(`${finding.file}: ${finding.field}: ${finding.message}`));
    expect(found, lines(findings).join('\n')).not.toHaveLength(0);
    expect(found[0]!.severity).toBe(severity);
  });

  test('a low budget when the SLO file sets it names the SLO file', () => {
    const slos = catalog.slos.map((slo) => (slo.id === 'main-api-latency' ? { ...slo, errorBudgetPercent: 10 } : slo));
    const findings = sloLint({ projectId: 'shop', file: FILE, block: undefined, slos, alertRules: catalog.alertRules });
    expect(lines(findings)).toContainEqual(expect.stringMatching(/^warning src\/content\/data\/slos\.yaml: \[0\]\.errorBudgetPercent: the page-1h alert/));
  });

  test('a rule of the method with no query is left out, with a warning naming the data file', () => {
    const rules: AlertRule[] = [...catalog.alertRules, { ...catalog.alertRules[0]!, id: 'disk-full' }, { ...catalog.alertRules[0]!, unit: 'percent' }];
    const findings = lint(undefined, 'shop', rules);
    expect(lines(findings)).toContainEqual(expect.stringMatching(/^warning src\/content\/data\/alert-rules\.yaml: \[4\]: alert rule "disk-full" has no query/));
    expect(lines(findings)).toContainEqual(expect.stringMatching(/^warning src\/content\/data\/alert-rules\.yaml: \[5\]: alert rule "high-latency" is in percent: its query compares ms/));
  });

  test('every problem is reported in one run', () => {
    const findings = lint({ use: ['nope'], monitoring: { requests: { metric: 'a-b', errors: { label: '1x' } }, memory: { metric: 'm m' } } });
    expect(findings.filter((finding) => finding.severity === 'error').map((finding) => finding.field)).toEqual(['slos.use[0]', 'slos.monitoring.requests.metric', 'slos.monitoring.requests.errors.label', 'slos.monitoring.memory.metric']);
  });
});

describe('findingText', () => {
  test('prints a finding as a linter does', () =>
    expect(findingText({ severity: 'error', file: FILE, field: 'slos.use[0]', message: 'boom' })).toBe('src/content/projects/shop.yaml: slos.use[0]: error: boom'));
});
