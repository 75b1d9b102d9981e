import { describe, expect, test } from 'vitest';
import { planResultFiles } from '../../src/lib/result-files.ts';
import { historyEntrySchema, resultDocumentSchema, type EndpointMetric, type EndpointResult, type PageResult, type ResultDocument } from '../../src/lib/schema/result.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

// The result files of a run that measured API endpoints: what a failure keeps, and what the history keeps.

/** A judged API metric "below `target`". */
const judged = (value: number, target: number): EndpointMetric => ({ value, target, comparison: 'lt', status: value < target ? 'pass' : 'fail', overridden: false });
/** P99.9 on 300 answers: shown, not judged (it needs 1,000). */
const INSUFFICIENT_P999: EndpointMetric = { value: 480, target: 1000, comparison: 'lt', overridden: false, insufficient: true, samples: 300, minimumSamples: 1000 };

/** An endpoint measured on 300 requests, with a P95 of `p95` ms against 200 ms. */
function measured(name: string, p95: number, url = `https://api.example.com/${name.toLowerCase()}`): EndpointResult {
  return {
    name,
    url,
    method: 'GET',
    status: p95 < 200 ? 'pass' : 'fail',
    metrics: { 'api-p95': judged(p95, 200), 'api-p999': INSUFFICIENT_P999, 'api-error-rate': { ...judged(0, 1), comparison: 'lte', status: 'pass' } },
    latency: { p50: 40, p95: p95, p99: 300, p999: 480, max: 500 },
    serviceTime: { p50: 39, p95: p95 - 1, p99: 290, p999: 470, max: 490 },
    throughput: { planned: 10, sent: 10, achieved: 9.9 },
    planned: 300,
    sent: 300,
    completed: 300,
    errors: {},
    lateSends: 0,
    probeBehind: false,
    warmup: { sent: 50, errors: 0 },
  };
}

/** The same endpoint, unmeasured this time. */
function inError(endpoint: EndpointResult, error = 'no request completed: 300 sent, errors: connection 300'): EndpointResult {
  const { latency: _latency, serviceTime: _serviceTime, ...rest } = endpoint;
  return { ...rest, status: 'error', error, metrics: {}, completed: 0, errors: { connection: 300 } };
}

/** A document of the sample's project with these pages and endpoints, at `generatedAt`. */
function documentWith(pages: PageResult[], endpoints: EndpointResult[] | undefined, generatedAt = '2026-11-24T10:00:00.000Z'): ResultDocument {
  const base = sampleDocument();
  const project = { ...base.projects[0]!, pages };
  return { ...base, generatedAt, projects: [endpoints === undefined ? project : { ...project, endpoints }] };
}

// The earlier result on disk: pages, and two endpoints measured at 2026-11-23T10:00.
const search = measured('Search', 120);
const cart = measured('Cart', 260);
const previous = documentWith(sampleDocument().projects[0]!.pages, [search, cart], '2026-11-23T10:00:00.000Z');
const [home] = previous.projects[0]!.pages as [PageResult];

describe('planResultFiles with endpoints', () => {
  test('an endpoint in error keeps its last good metrics from the previous result, with when they were measured', () => {
    const plan = planResultFiles(documentWith([home], [measured('Search', 110), inError(cart)]), previous);
    const endpoint = plan.latest!.projects[0]!.endpoints![1]!;
    expect(endpoint.status).toBe('error');
    expect(endpoint.metrics).toEqual({});
    expect(endpoint.lastGood).toEqual({ generatedAt: '2026-11-23T10:00:00.000Z', metrics: cart.metrics });
  });

  test('the endpoint measured this time has no last good measurement', () => {
    const plan = planResultFiles(documentWith([home], [measured('Search', 110), inError(cart)]), previous);
    expect(plan.latest!.projects[0]!.endpoints![0]!).not.toHaveProperty('lastGood');
  });

  test('the last good metrics come from the endpoint of the same name, not one at the same place in the list', () => {
    // The list is in another order this time: Cart first.
    const plan = planResultFiles(documentWith([home], [inError(cart), measured('Search', 110)]), previous);
    expect(plan.latest!.projects[0]!.endpoints![0]!.lastGood?.metrics).toEqual(cart.metrics);
  });

  test('an endpoint matched by name keeps its last good metrics when its URL changed (a preview port)', () => {
    const moved = inError({ ...cart, url: 'http://127.0.0.1:9999/cart' });
    const plan = planResultFiles(documentWith([home], [search, moved]), previous);
    expect(plan.latest!.projects[0]!.endpoints![1]!.lastGood?.metrics).toEqual(cart.metrics);
  });

  test('an endpoint never measured before has no last good measurement', () => {
    const plan = planResultFiles(documentWith([home], [search, inError(measured('Checkout', 150))]), previous);
    expect(plan.latest!.projects[0]!.endpoints![1]!.lastGood).toBeUndefined();
  });

  test('an endpoint in error twice keeps the older good measurement', () => {
    const first = planResultFiles(documentWith([home], [search, inError(cart)]), previous).latest!;
    const second = planResultFiles(documentWith([home], [search, inError(cart)], '2026-11-25T10:00:00.000Z'), first).latest!;
    expect(second.projects[0]!.endpoints![1]!.lastGood).toEqual({ generatedAt: '2026-11-23T10:00:00.000Z', metrics: cart.metrics });
  });

  test('an endpoint-only project that measured something replaces the latest result', () => {
    const document = documentWith([], [measured('Search', 90), inError(cart)]);
    const plan = planResultFiles(document, previous);
    expect(plan.latest).toBeDefined();
    expect(plan.latest!.generatedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(plan.latest!.projects[0]!.pages).toEqual([]);
    expect(plan.latest!.projects[0]!.endpoints!.map((endpoint) => endpoint.status)).toEqual(['pass', 'error']);
  });

  test('an endpoint-only project whose every endpoint errored keeps the last result, and still adds its history line', () => {
    const plan = planResultFiles(documentWith([], [inError(search), inError(cart)]), previous);
    expect(plan.latest).toBeUndefined();
    expect(plan.history.endpoints!.map((endpoint) => [endpoint.name, endpoint.status])).toEqual([
      ['Search', 'error'],
      ['Cart', 'error'],
    ]);
    expect(plan.history.endpoints![0]!.error).toMatch(/no request completed/);
  });

  test('pages all in error with one endpoint measured still replaces the latest result', () => {
    const brokenHome: PageResult = { name: home.name, url: home.url, status: 'error', error: 'connection refused', metrics: {}, runs: 0, ttfbSamples: 0 };
    expect(planResultFiles(documentWith([brokenHome], [search]), previous).latest).toBeDefined();
  });

  test('the history line keeps only judged endpoint metrics: an insufficient one is left out', () => {
    const plan = planResultFiles(documentWith([home], [measured('Search', 110), measured('Cart', 260)]), previous);
    const [first, second] = plan.history.endpoints!;
    expect(first).toEqual({ name: 'Search', url: 'https://api.example.com/search', status: 'pass', metrics: { 'api-p95': { value: 110, target: 200, status: 'pass' }, 'api-error-rate': { value: 0, target: 1, status: 'pass' } } });
    expect(second!.metrics['api-p95']).toEqual({ value: 260, target: 200, status: 'fail' });
    expect(second!.metrics).not.toHaveProperty('api-p999');
  });

  test('an endpoint whose metrics are all insufficient has an empty metrics record in the history', () => {
    const thin: EndpointResult = { ...measured('Thin', 100), status: 'error', error: 'too few requests to judge any target', metrics: { 'api-p999': INSUFFICIENT_P999 } };
    const plan = planResultFiles(documentWith([home], [search, thin]), previous);
    expect(plan.history.endpoints![1]).toEqual({ name: 'Thin', url: 'https://api.example.com/thin', status: 'error', error: 'too few requests to judge any target', metrics: {} });
  });

  test('a project without endpoints gives a history line without the endpoints key', () => {
    expect(planResultFiles(documentWith([home], undefined), previous).history).not.toHaveProperty('endpoints');
  });

  test('what is planned validates against the schemas the site reads', () => {
    const plan = planResultFiles(documentWith([home], [search, inError(cart)]), previous);
    expect(resultDocumentSchema.safeParse(plan.latest).success).toBe(true);
    expect(historyEntrySchema.safeParse(plan.history).success).toBe(true);
  });
});
