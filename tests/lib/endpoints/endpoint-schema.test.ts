import { describe, expect, test } from 'vitest';
import { endpointSchema, type EndpointInput } from '../../../src/lib/endpoints/endpoint-schema.ts';

const base: EndpointInput = { name: 'Catalogue search', url: 'https://api.example.com/search?q=chair' };

/** The issues of a refused endpoint, as "path: message" lines. */
function issues(input: unknown): string {
  const parsed = endpointSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return (parsed.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('endpointSchema defaults', () => {
  test('a name and a URL, as project files write endpoints today, get the gentle defaults', () => {
    expect(endpointSchema.parse(base)).toEqual({
      ...base,
      method: 'GET',
      headers: {},
      expectedStatus: [{ from: 200, to: 299 }],
      load: { rate: 10, durationSeconds: 30, warmupSeconds: 5, concurrency: 20, timeoutSeconds: 5 },
    });
  });

  test.each<[string, EndpointInput['load'], Record<string, unknown>]>([
    ['a request count replaces the default duration', { requests: 1000 }, { requests: 1000, durationSeconds: undefined }],
    ['a duration given is kept', { durationSeconds: 100 }, { durationSeconds: 100 }],
    ['no warm-up', { warmupSeconds: 0 }, { warmupSeconds: 0 }],
    ['a fractional rate and timeout', { rate: 0.5, timeoutSeconds: 0.25 }, { rate: 0.5, timeoutSeconds: 0.25 }],
  ])('%s', (_, load, expected) => {
    const parsed = endpointSchema.parse({ ...base, load });
    expect(parsed.load).toEqual({ rate: 10, durationSeconds: 30, warmupSeconds: 5, concurrency: 20, timeoutSeconds: 5, ...expected });
  });

  test.each<[string, EndpointInput]>([
    ['a path on the local preview', { name: 'Health', path: '/api/health' }],
    ['a POST with a JSON body', { ...base, method: 'POST', body: { json: { query: 'chair', page: 1 } } }],
    ['a PUT with a text body', { ...base, method: 'PUT', body: { text: 'name=chair' } }],
    ['a credential read from the environment', { ...base, headers: { Authorization: 'env:API_TOKEN', Accept: 'application/json' } }],
    ['codes and ranges expected', { ...base, expectedStatus: [200, '304', '400-404'] }],
  ])('accepts %s', (_, input) => {
    expect(endpointSchema.safeParse(input).success).toBe(true);
  });
});

describe('endpointSchema refusals name the field and what was expected', () => {
  test.each<[string, unknown, RegExp]>([
    ['neither url nor path', { name: 'X' }, /^url: expected exactly one of `url` or `path`/m],
    ['both url and path', { ...base, path: '/search' }, /^url: expected exactly one of `url` or `path`/m],
    ['a URL of another scheme', { ...base, url: 'ftp://api.example.com/' }, /^url: expected an absolute http/m],
    ['a path without its slash', { name: 'X', path: 'search' }, /^path: expected a path starting with "\/"/m],
    ['an unknown method', { ...base, method: 'FETCH' }, /^method: expected one of GET, HEAD, .* found "FETCH"/m],
    ['a body on a GET', { ...base, body: { text: 'q=chair' } }, /^body: expected no `body` with GET or HEAD/m],
    ['a body that is neither text nor json', { ...base, method: 'POST', body: 'q=chair' }, /^body: /m],
    ['a literal credential', { ...base, headers: { Authorization: 'Bearer abc' } }, /^headers.Authorization: expected env:NAME/m],
    ['a field that does not exist', { ...base, retries: 3 }, /retries/],
    ['a status outside 100–599', { ...base, expectedStatus: [700] }, /^expectedStatus.0: expected a status code from 100 to 599/m],
    ['both a duration and a request count', { ...base, load: { durationSeconds: 30, requests: 300 } }, /^load.requests: expected one of `durationSeconds` or `requests`, not both/m],
    ['a rate of zero', { ...base, load: { rate: 0 } }, /^load.rate: expected a number of requests per second above 0/m],
    ['a rate past the absolute bound', { ...base, load: { rate: 10_001 } }, /^load.rate: expected at most 10,000 requests per second/m],
    ['a negative warm-up', { ...base, load: { warmupSeconds: -1 } }, /^load.warmupSeconds: expected 0 or more seconds/m],
    ['a fractional request count', { ...base, load: { requests: 10.5 } }, /^load.requests: expected a whole number of requests/m],
    ['no request in flight', { ...base, load: { concurrency: 0 } }, /^load.concurrency: expected at least 1 request in flight/m],
    ['a timeout over a minute', { ...base, load: { timeoutSeconds: 61 } }, /^load.timeoutSeconds: expected at most 60 seconds/m],
  ])('%s', (_, input, message) => {
    expect(issues(input)).toMatch(message);
  });
});
