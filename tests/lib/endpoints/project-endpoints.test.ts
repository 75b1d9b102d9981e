import { describe, expect, test } from 'vitest';
import { endpointSchema, type EndpointInput } from '../../../src/lib/endpoints/endpoint-schema.ts';
import { adHocEndpoint, endpointAddress, planProjectEndpoints, unmeasuredEndpoint, type EndpointsOutcome, type PlannedEndpoint } from '../../../src/lib/endpoints/project-endpoints.ts';

const FILE = 'src/content/projects/shop.yaml';
/** A credential read from the environment: no problem text may ever hold it. */
const TOKEN = 'tok-5c1e9a-never-shown';
const ENV = { API_TOKEN: TOKEN, TENANT: 'acme' };

/** Endpoints as a project file holds them, parsed so the schema's defaults apply. */
const project = (...endpoints: EndpointInput[]) => ({ endpoints: endpoints.map((endpoint) => endpointSchema.parse(endpoint)) });

/** Plans a project's endpoints with the ceilings in force, unless `allowHeavy`. */
const plan = (endpoints: EndpointInput[], env: Record<string, string | undefined> = ENV, allowHeavy = false): EndpointsOutcome => planProjectEndpoints(project(...endpoints), env, FILE, { allowHeavy });

/** The planned endpoints of an outcome that must be ok. */
function planned(outcome: EndpointsOutcome): PlannedEndpoint[] {
  if (!outcome.ok) throw new Error(`expected a plan, got problems: ${outcome.problems.join(' | ')}`);
  return outcome.endpoints;
}

/** The problems of an outcome that must have some. */
function problems(outcome: EndpointsOutcome): string[] {
  if (outcome.ok) throw new Error('expected problems, got a plan');
  return outcome.problems;
}

describe('planProjectEndpoints: headers', () => {
  test('env:NAME values are read from the environment and kept as secrets; literal values are sent as written', () => {
    const [endpoint] = planned(plan([{ name: 'Search', url: 'https://api.example.com/search', headers: { Authorization: 'env:API_TOKEN', 'X-Tenant': 'env:TENANT', Accept: 'application/json' } }]));
    expect(endpoint!.headers).toEqual({ Authorization: TOKEN, 'X-Tenant': 'acme', Accept: 'application/json' });
    expect([...endpoint!.secrets].sort()).toEqual(['acme', TOKEN].sort());
  });

  test.each<[string, Record<string, string | undefined>]>([
    // the variable is not in the environment at all
    ['unset', {}],
    // set but empty, as an unset CI secret reads
    ['empty', { API_TOKEN: '' }],
  ])('a variable that is %s is a problem naming the file and the field `endpoints[i].headers.X`', (_, env) => {
    const found = problems(plan([{ name: 'Home', url: 'https://api.example.com/' }, { name: 'Search', url: 'https://api.example.com/search', headers: { Authorization: 'env:API_TOKEN' } }], env));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(FILE);
    expect(found[0]).toContain('`endpoints[1].headers.Authorization`');
    expect(found[0]).toContain('API_TOKEN');
  });

  test('a value from the environment that HTTP cannot carry is a problem that never shows the value', () => {
    const secret = `${TOKEN}\r\nX-Injected: 1`;
    const found = problems(plan([{ name: 'Search', url: 'https://api.example.com/search', headers: { Authorization: 'env:API_TOKEN' } }], { API_TOKEN: secret }));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('`endpoints[0].headers.Authorization`');
    expect(found[0]).not.toContain(TOKEN);
    expect(found[0]).not.toContain('X-Injected');
  });

  test('no problem text holds a value read from the environment', () => {
    // One endpoint resolves its token, the next misses a variable: the plan fails, and the token read for the first is nowhere.
    const found = problems(plan([
      { name: 'Search', url: 'https://api.example.com/search', headers: { Authorization: 'env:API_TOKEN' } },
      { name: 'Cart', url: 'https://api.example.com/cart', headers: { 'X-Api-Key': 'env:CART_KEY' } },
    ]));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('`endpoints[1].headers.X-Api-Key`');
    expect(found[0]).toContain('CART_KEY');
    expect(found.join('\n')).not.toContain(TOKEN);
  });
});

describe('planProjectEndpoints: load ceilings', () => {
  test.each<[string, EndpointInput['load'], string]>([
    // 200 req/s is the ceiling; one above it is refused
    ['a rate above the ceiling', { rate: 201 }, '`load.rate`'],
    // 5 s warm-up + 600 s measured: 605 s of load, above the 600 s ceiling
    ['a duration above the ceiling', { durationSeconds: 600 }, '`load.warmupSeconds` + `load.durationSeconds`'],
    // 5 s warm-up + 6,000 requests at 10 req/s = 605 s
    ['a request count that lasts above the ceiling', { requests: 6000 }, '`load.warmupSeconds` + `load.requests` / `load.rate`'],
    // 200 in flight is the ceiling
    ['a concurrency above the ceiling', { concurrency: 201 }, '`load.concurrency`'],
  ])('%s is a problem naming the file, the endpoint and the field', (_, load, field) => {
    const found = problems(plan([{ name: 'Light', url: 'https://api.example.com/light' }, { name: 'Heavy', url: 'https://api.example.com/heavy', load }]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${FILE.replace(/[.]/g, '\\.')}: `));
    expect(found[0]).toContain('"Heavy"');
    expect(found[0]).toContain(field);
    expect(found[0]).toContain('--allow-heavy-load');
  });

  test('with allowHeavy the same loads are planned', () => {
    const endpoints = planned(plan([{ name: 'Heavy', url: 'https://api.example.com/heavy', load: { rate: 500, durationSeconds: 700, concurrency: 300 } }], ENV, true));
    expect(endpoints).toHaveLength(1);
    expect(endpoints[0]!.plan).toMatchObject({ rate: 500, measuredRequests: 350_000, concurrency: 300 });
  });

  test('a load exactly at every ceiling is planned', () => {
    // 200 req/s, 595 s + 5 s warm-up = 600 s, 200 in flight: at, not above.
    expect(plan([{ name: 'Edge', url: 'https://api.example.com/edge', load: { rate: 200, durationSeconds: 595, concurrency: 200 } }]).ok).toBe(true);
  });

  test('problems of headers and of load are all listed, each endpoint apart', () => {
    const found = problems(plan([
      { name: 'Secret', url: 'https://api.example.com/secret', headers: { Authorization: 'env:MISSING' } },
      { name: 'Heavy', url: 'https://api.example.com/heavy', load: { rate: 1000, concurrency: 500 } },
    ]));
    expect(found).toHaveLength(3);
    expect(found.filter((problem) => problem.includes('"Heavy"'))).toHaveLength(2);
    expect(found.filter((problem) => problem.includes('`endpoints[0].headers.Authorization`'))).toHaveLength(1);
  });
});

describe('planProjectEndpoints: bodies', () => {
  const post = (fields: Partial<EndpointInput>): EndpointInput => ({ name: 'Search', url: 'https://api.example.com/search', method: 'POST', ...fields });

  test('a JSON body is serialised and announces application/json', () => {
    const [endpoint] = planned(plan([post({ body: { json: { q: 'espresso', page: 2, filters: ['in-stock'] } } })]));
    expect(endpoint!.body).toBe('{"q":"espresso","page":2,"filters":["in-stock"]}');
    expect(endpoint!.headers).toEqual({ 'Content-Type': 'application/json' });
  });

  test.each<[string, string]>([
    ['as written', 'Content-Type'],
    ['in lower case', 'content-type'],
    ['in any case', 'CONTENT-type'],
  ])('a JSON body keeps the content type the file sets, %s', (_, name) => {
    const [endpoint] = planned(plan([post({ headers: { [name]: 'application/vnd.api+json' }, body: { json: { q: 'x' } } })]));
    expect(endpoint!.headers).toEqual({ [name]: 'application/vnd.api+json' });
    expect(endpoint!.body).toBe('{"q":"x"}');
  });

  test('a text body is sent as written, with no content type added', () => {
    const [endpoint] = planned(plan([post({ body: { text: 'q=espresso&page=2' } })]));
    expect(endpoint!.body).toBe('q=espresso&page=2');
    expect(endpoint!.headers).toEqual({});
  });

  test('an endpoint with no body has none', () => {
    const [endpoint] = planned(plan([{ name: 'Home', url: 'https://api.example.com/' }]));
    expect(endpoint).not.toHaveProperty('body');
  });
});

describe('planProjectEndpoints: the plan', () => {
  test('counts the requests of each endpoint from its load', () => {
    const endpoints = planned(plan([
      // the defaults: 10 req/s, 5 s warm-up, 30 s measured
      { name: 'Default', url: 'https://api.example.com/a' },
      // 50 req/s, 1 s warm-up (50 requests), 200 measured requests lasting 4 s
      { name: 'Counted', url: 'https://api.example.com/b', load: { rate: 50, requests: 200, warmupSeconds: 1 } },
      // 20 req/s for 12.5 s, no warm-up
      { name: 'Timed', url: 'https://api.example.com/c', load: { rate: 20, durationSeconds: 12.5, warmupSeconds: 0 } },
    ]));
    expect(endpoints.map((endpoint) => [endpoint.name, endpoint.plan.warmupRequests, endpoint.plan.measuredRequests, endpoint.plan.totalSeconds])).toEqual([
      ['Default', 50, 300, 35],
      ['Counted', 50, 200, 5],
      ['Timed', 0, 250, 12.5],
    ]);
  });

  test('keeps the endpoint as the file states it: URL or path, method, expected statuses, load', () => {
    const [byUrl, byPath] = planned(plan([
      { name: 'Remote', url: 'https://api.example.com/items', method: 'DELETE', expectedStatus: [204, 404] },
      { name: 'Local', path: '/targets.json' },
    ]));
    expect(byUrl).toMatchObject({ name: 'Remote', url: 'https://api.example.com/items', method: 'DELETE', expectedStatus: [{ from: 204, to: 204 }, { from: 404, to: 404 }] });
    expect(byUrl).not.toHaveProperty('path');
    expect(byPath).toMatchObject({ name: 'Local', path: '/targets.json', method: 'GET' });
    expect(byPath).not.toHaveProperty('url');
    expect(byPath!.plan.target).toBe('/targets.json');
  });

  test('a project with no endpoints plans none', () => {
    expect(planProjectEndpoints({ endpoints: [] }, ENV, FILE, { allowHeavy: false })).toEqual({ ok: true, endpoints: [] });
  });
});

describe('adHocEndpoint', () => {
  const endpoint = adHocEndpoint('https://api.example.com/health');

  test('is a GET named for its URL, with no header, body or secret', () => {
    expect(endpoint).toMatchObject({ name: 'https://api.example.com/health', url: 'https://api.example.com/health', method: 'GET', headers: {}, secrets: [] });
    expect(endpoint).not.toHaveProperty('body');
    expect(endpoint).not.toHaveProperty('path');
  });

  test('loads gently: 10 req/s for 30 s after a 5 s warm-up, 300 measured requests', () => {
    expect(endpoint.load).toMatchObject({ rate: 10, durationSeconds: 30, warmupSeconds: 5 });
    expect(endpoint.plan).toMatchObject({ rate: 10, warmupSeconds: 5, warmupRequests: 50, measuredRequests: 300, measuredSeconds: 30, totalSeconds: 35 });
  });

  test('expects any 2xx', () => {
    expect(endpoint.expectedStatus).toEqual([{ from: 200, to: 299 }]);
  });

  test('a valid URL longer than a name may be is still an endpoint, loaded at that URL', () => {
    // 231 characters: well within the 2,048 a URL may have, above the 200 of MAX_NAME_LENGTH that the
    // endpoint's name (the URL itself) is parsed against. `--url` takes such a page; `--endpoint` must take it too.
    const long = `https://api.example.com/search/${'a'.repeat(200)}`;
    let planned: PlannedEndpoint | undefined;
    expect(() => (planned = adHocEndpoint(long))).not.toThrow();
    expect(planned?.url).toBe(long);
    expect(planned?.plan.measuredRequests).toBe(300);
  });
});

describe('endpointAddress', () => {
  test.each<[string, Pick<PlannedEndpoint, 'url' | 'path'>, string | undefined, string]>([
    // an absolute URL is loaded as it is, whatever the preview
    ['a URL, with a preview', { url: 'https://api.example.com/a?b=1' }, 'http://127.0.0.1:4321/', 'https://api.example.com/a?b=1'],
    ['a URL, without a preview', { url: 'https://api.example.com/a' }, undefined, 'https://api.example.com/a'],
    // a path is resolved on the preview's origin
    ['a path', { path: '/targets.json' }, 'http://127.0.0.1:4321', 'http://127.0.0.1:4321/targets.json'],
    ['a path with a query', { path: '/search?q=x' }, 'http://127.0.0.1:4321/', 'http://127.0.0.1:4321/search?q=x'],
  ])('%s', (_, endpoint, origin, address) => expect(endpointAddress(endpoint, origin)).toBe(address));

  test('a path without the preview address is a bug that names the path', () => {
    expect(() => endpointAddress({ path: '/targets.json' }, undefined)).toThrow(/\/targets\.json.*preview/);
  });
});

describe('unmeasuredEndpoint', () => {
  test('measures nothing, carries the plan and the error', () => {
    const [endpoint] = planned(plan([{ name: 'Search', url: 'https://api.example.com/search', method: 'POST', load: { rate: 40, requests: 120 } }]));
    const measurement = unmeasuredEndpoint(endpoint!, 'https://api.example.com/search', 'the request could not be formed');
    expect(measurement).toEqual({
      name: 'Search',
      url: 'https://api.example.com/search',
      method: 'POST',
      planned: 120,
      throughput: { planned: 40, sent: 0, achieved: 0 },
      warmup: { sent: 0, errors: 0 },
      sent: 0,
      completed: 0,
      errors: {},
      lateSends: 0,
      probeBehind: false,
      error: 'the request could not be formed',
    });
  });
});
