import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { brokenReferences, openSloDocumentSchema, type OpenSloDocument } from '../../fixtures/openslo-v1.ts';
import { CASES, caseById, openSloInput } from '../../fixtures/slo/cases.ts';
import { openSloDocuments } from '../../../src/lib/slo/openslo.ts';

/** The documents of a case, each validated against our schema of OpenSLO v1. */
function documentsOf(text: string): OpenSloDocument[] {
  const parsed = parseAllDocuments(text);
  return parsed.map((document, index) => {
    expect(document.errors, `document ${index}`).toEqual([]);
    const result = openSloDocumentSchema.safeParse(document.toJS());
    expect(result.error?.issues ?? [], `document ${index}: ${JSON.stringify(document.toJS()).slice(0, 200)}`).toEqual([]);
    return result.data!;
  });
}

/** The document of a kind and name, typed as that kind. */
function find<K extends OpenSloDocument['kind']>(documents: readonly OpenSloDocument[], kind: K, name?: string): Extract<OpenSloDocument, { kind: K }> {
  const found = documents.find((document) => document.kind === kind && (name === undefined || document.metadata.name === name));
  if (found === undefined) throw new Error(`no ${kind} ${name ?? ''}`);
  return found as Extract<OpenSloDocument, { kind: K }>;
}

describe('OpenSLO v1 documents', () => {
  test.each(CASES.map((entry) => [entry.id, entry] as const))('%s: every document is valid OpenSLO v1 and every reference resolves', (_, entry) => {
    const documents = documentsOf(openSloDocuments(openSloInput(entry)));
    expect(brokenReferences(documents)).toEqual([]);
  });

  test.each(CASES.map((entry) => [entry.id, entry] as const))('golden file of %s', async (_, entry) => {
    await expect(openSloDocuments(openSloInput(entry))).toMatchFileSnapshot(`${entry.expected}/openslo.yaml`);
  });

  test('French descriptions are valid too', () => {
    const documents = documentsOf(openSloDocuments(openSloInput(caseById('storefront'), 'fr')));
    expect(find(documents, 'SLO').spec).toMatchObject({ description: expect.stringMatching(/99,9 % des événements/) });
  });

  test('regenerating from the same data gives byte-identical text', () => {
    for (const entry of CASES) expect(openSloDocuments(openSloInput(entry))).toBe(openSloDocuments(openSloInput(entry)));
  });

  test('a Service, a notification target per severity, then per SLO its SLI, the SLO and a policy per tier', () => {
    const documents = documentsOf(openSloDocuments(openSloInput(caseById('storefront'))));
    expect(documents.map((document) => `${document.kind} ${document.metadata.name}`)).toEqual([
      'Service storefront',
      'AlertNotificationTarget storefront-page',
      'AlertNotificationTarget storefront-ticket',
      'SLI storefront-main-api-latency-sli',
      'SLO storefront-main-api-latency',
      'AlertPolicy storefront-main-api-latency-page-1h',
      'AlertPolicy storefront-main-api-latency-page-6h',
      'AlertPolicy storefront-main-api-latency-ticket-1d',
      'AlertPolicy storefront-main-api-latency-ticket-3d',
      'SLI storefront-database-query-time-sli',
      'SLO storefront-database-query-time',
      'AlertPolicy storefront-database-query-time-page-1h',
      'AlertPolicy storefront-database-query-time-page-6h',
      'AlertPolicy storefront-database-query-time-ticket-1d',
      'AlertPolicy storefront-database-query-time-ticket-3d',
    ]);
  });

  test('the SLO: Occurrences over a rolling 30 days, the objective an exact decimal, the SLI a ratio of counters', () => {
    const text = openSloDocuments(openSloInput(caseById('storefront')));
    expect(text).toContain('      target: 0.999\n');
    expect(text).toContain('      target: 0.9995\n');
    const documents = documentsOf(text);
    const slo = find(documents, 'SLO', 'storefront-main-api-latency');
    expect(slo.spec).toMatchObject({ budgetingMethod: 'Occurrences', timeWindow: [{ duration: '30d', isRolling: true }], indicatorRef: 'storefront-main-api-latency-sli', service: 'storefront' });
    expect(slo.metadata.annotations).toMatchObject({ 'perf-handbook/handbook-page': '/en/projects/storefront/', 'perf-handbook/bucket-bound': expect.stringMatching(/le="0\.1" \(100 ms\)/) });
    const sli = find(documents, 'SLI', 'storefront-main-api-latency-sli');
    expect(sli.spec).toMatchObject({
      ratioMetric: {
        counter: true,
        good: { metricSource: { type: 'Prometheus', spec: { query: 'sum(http_request_duration_seconds_bucket{job="storefront",le="0.1"})' } } },
        total: { metricSource: { type: 'Prometheus', spec: { query: 'sum(http_request_duration_seconds_count{job="storefront"})' } } },
      },
    });
  });

  test('each window pair is a policy of its own: the long window in the condition, the short one in an annotation', () => {
    const documents = documentsOf(openSloDocuments(openSloInput(caseById('checkout'))));
    const policy = find(documents, 'AlertPolicy', 'checkout-main-api-latency-page-6h');
    expect(policy.metadata.annotations).toEqual({ 'perf-handbook/short-window': '30m', 'perf-handbook/prometheus-alert': 'ErrorBudgetBurnSlowPage' });
    expect(policy.spec).toMatchObject({ alertWhenBreaching: true, notificationTargets: [{ targetRef: 'checkout-page' }] });
    expect(policy.spec.conditions[0]).toMatchObject({ kind: 'AlertCondition', spec: { severity: 'page', condition: { kind: 'burnrate', op: 'gte', threshold: 6, lookbackWindow: '6h' } } });
  });

  test('an override’s reason reaches the SLO’s description', () => {
    const documents = documentsOf(openSloDocuments(openSloInput(caseById('checkout'))));
    const slo = find(documents, 'SLO');
    expect(slo.spec).toMatchObject({ description: expect.stringMatching(/99\.5 % of events within 250 ms.*payment provider's contract/), objectives: [{ target: 0.995 }] });
  });

  test('a tier that can never fire has no policy', () => {
    const documents = documentsOf(openSloDocuments(openSloInput(caseById('reports'))));
    expect(documents.filter((document) => document.kind === 'AlertPolicy' && document.metadata.name.startsWith('reports-main-api-latency')).map((document) => document.metadata.name)).toEqual([
      'reports-main-api-latency-page-6h',
      'reports-main-api-latency-ticket-1d',
      'reports-main-api-latency-ticket-3d',
    ]);
  });
});

describe('the schema of the spec catches what the generator must not write', () => {
  const valid = () => documentsOf(openSloDocuments(openSloInput(caseById('storefront'))));
  test.each<[string, (document: Record<string, any>) => void, string]>([
    ['a name that is not a DNS label', (d) => (d.metadata.name = 'Store_Front'), 'SLO'],
    ['a target of 1 or more', (d) => (d.spec.objectives[0].target = 1), 'SLO'],
    ['both target and targetPercent', (d) => (d.spec.objectives[0].targetPercent = 99.9), 'SLO'],
    ['a window that is not a duration shorthand', (d) => (d.spec.timeWindow[0].duration = '30 days'), 'SLO'],
    ['a policy with two conditions', (d) => d.spec.conditions.push(d.spec.conditions[0]), 'AlertPolicy'],
    ['a field the spec does not define', (d) => (d.spec.budget = 0.001), 'SLO'],
    ['a description over 1050 characters', (d) => (d.spec.description = 'x'.repeat(1051)), 'SLI'],
    ['a metric source with neither type nor reference', (d) => delete d.spec.ratioMetric.good.metricSource.type, 'SLI'],
  ])('%s', (_, spoil, kind) => {
    const document = structuredClone(valid().find((entry) => entry.kind === kind)!) as Record<string, any>;
    spoil(document);
    expect(openSloDocumentSchema.safeParse(document).success).toBe(false);
  });
});
