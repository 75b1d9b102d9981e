import { describe, expect, test } from 'vitest';
import { endpointSchema, type EndpointInput } from '../../../src/lib/endpoints/endpoint-schema.ts';
import { loadPlan } from '../../../src/lib/endpoints/load-plan.ts';
import { planText } from '../../../src/lib/endpoints/plan-text.ts';

const url = 'https://api.example.com/search?q=chair';

describe('planText', () => {
  test.each<[string, Partial<EndpointInput>, string]>([
    ['the defaults', {}, `Catalogue search: GET ${url}, 10 req/s for 30 s after a 5 s warm-up, 300 measured requests, at most 20 in flight`],
    ['no warm-up', { load: { warmupSeconds: 0 } }, `Catalogue search: GET ${url}, 10 req/s for 30 s, no warm-up, 300 measured requests, at most 20 in flight`],
    ['a request count, its time rounded to a tenth', { method: 'POST', body: { json: {} }, load: { rate: 3, requests: 100 } }, `Catalogue search: POST ${url}, 3 req/s for 33.3 s after a 5 s warm-up, 100 measured requests, at most 20 in flight`],
    ['one request, thousands grouped', { load: { rate: 0.5, requests: 1, concurrency: 1000 } }, `Catalogue search: GET ${url}, 0.5 req/s for 2 s after a 5 s warm-up, 1 measured request, at most 1,000 in flight`],
    ['many requests', { load: { rate: 200, durationSeconds: 60 } }, `Catalogue search: GET ${url}, 200 req/s for 60 s after a 5 s warm-up, 12,000 measured requests, at most 20 in flight`],
  ])('%s', (_, fields, expected) => {
    const endpoint = endpointSchema.parse({ name: 'Catalogue search', url, ...fields });
    expect(planText(loadPlan(endpoint), endpoint.name)).toBe(expected);
  });
});
