import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { historyEntrySchema, isJudged, resultDocumentSchema, type EndpointResult, type ResultDocument } from '../../src/lib/schema/result.ts';
import { refusingPort, startEndpointServer, type EndpointServer } from '../fixtures/endpoint-server.ts';

// The real command, `--only endpoints` (no browser needed), against servers this test runs on
// 127.0.0.1 whose answers are known by construction, so the counts it reports can be checked
// exactly. Every run reads and writes a temp copy of src/content (PERF_HANDBOOK_ROOT). Loads are
// small (at most a few hundred requests) and every run is bounded by the test's timeout.

const work = mkdtempSync(join(tmpdir(), 'verify-endpoints-'));
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
/** A credential the fast endpoint needs; it must never appear in any output. */
const TOKEN = 'api-tok-81f2e7-never-print-me';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A fresh copy of the content with one more project file; returns its root. */
function contentCopy(id: string, yaml: string): string {
  const root = mkdtempSync(join(work, 'root-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  writeFileSync(join(root, 'src/content/projects', `${id}.yaml`), yaml);
  return root;
}

/** A project file with the given endpoints block (YAML, indented under `endpoints:`). */
const projectYaml = (endpoints: string) => `name: APIs\ndescription: Endpoints served by the test.\nowner: { name: Tests }\nendpoints:\n${endpoints}`;

/** Runs the command; `during` gets each stderr chunk and the child, to signal it. */
function verify(args: string[], root: string, during?: (stderr: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(NODE, ['--import', 'tsx', 'scripts/verify-web-vitals.ts', ...args], {
      env: { ...process.env, PERF_HANDBOOK_ROOT: root, NO_COLOR: '1', API_TOKEN: TOKEN, GITHUB_STEP_SUMMARY: join(root, 'summary.md') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      during?.(stderr, child);
    });
    child.once('exit', (status) => resolve({ status, stdout, stderr, ms: Date.now() - started }));
  });
}

describe('verify-web-vitals --only endpoints, against servers of known behaviour', () => {
  let fast: EndpointServer;
  let flaky: EndpointServer;
  let hanging: EndpointServer;
  let refused: number;
  let root: string;
  let run: Run;
  let document: ResultDocument;
  const endpoint = (name: string) => document.projects[0]!.endpoints!.find((entry) => entry.name === name)!;

  beforeAll(async () => {
    fast = await startEndpointServer(() => ({ kind: 'answer', afterMs: 2, body: '{"ok":true}' }));
    // Every tenth request fails with a 500: with no warm-up, 200 requests hold exactly 20 errors (and 101 are the fewest that judge a rate below 1 %).
    flaky = await startEndpointServer((n) => (n % 10 === 9 ? { kind: 'answer', status: 500 } : { kind: 'answer' }));
    hanging = await startEndpointServer(() => ({ kind: 'hang' }));
    refused = await refusingPort();
    root = contentCopy(
      'apis',
      projectYaml(`  - name: Search
    url: ${fast.url}search
    method: POST
    headers: { Authorization: env:API_TOKEN }
    body: { json: { q: espresso } }
    load: { rate: 100, requests: 200, warmupSeconds: 0.2 }
  - name: Flaky
    url: ${flaky.url}flaky
    load: { rate: 100, requests: 200, warmupSeconds: 0 }
  - name: Down
    url: http://127.0.0.1:${refused}/down
    load: { rate: 50, requests: 20, warmupSeconds: 0 }
  - name: Hangs
    url: ${hanging.url}hang
    load: { rate: 20, requests: 10, warmupSeconds: 0, timeoutSeconds: 1 }
`),
    );
    run = await verify(['--project', 'apis', '--only', 'endpoints', '--json', '--junit', join(root, 'junit.xml')], root);
    document = resultDocumentSchema.parse(JSON.parse(run.stdout));
  }, 60_000);
  afterAll(async () => {
    await Promise.all([fast.close(), flaky.close(), hanging.close()]);
  });

  test('exits 1 (a miss and endpoints in error), with a version 2 document on stdout', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(document.schemaVersion).toBe(2);
    expect(document.projects[0]!.pages).toEqual([]);
    expect(document.projects[0]!.endpoints!.map((entry) => [entry.name, entry.status])).toEqual([
      ['Search', 'pass'],
      ['Flaky', 'fail'],
      ['Down', 'error'],
      ['Hangs', 'error'],
    ]);
    expect(document.tools).toMatchObject({ lighthouse: 'not used', chrome: 'not used' });
  });

  test('shows every planned load before the first request, then progress per endpoint', () => {
    const firstPlan = run.stderr.indexOf('planned load of Search: POST');
    const lastPlan = run.stderr.indexOf('planned load of Hangs: GET');
    const firstStep = run.stderr.indexOf('[1/4] apis · Search');
    expect(firstPlan).toBeGreaterThanOrEqual(0);
    expect(lastPlan).toBeGreaterThan(firstPlan);
    expect(firstStep).toBeGreaterThan(lastPlan);
    expect(run.stderr).toMatch(/planned load of Search: POST http:\/\/127\.0\.0\.1:\d+\/search, 100 req\/s for 2 s after a 0\.2 s warm-up, 200 measured requests, at most 20 in flight/);
    expect(run.stderr).toMatch(/\[4\/4\] apis · Hangs · error: /);
  });

  test('the healthy endpoint: every request sent and answered, the latency percentiles judged, P99.9 marked as too few samples', () => {
    const search = endpoint('Search');
    expect(search).toMatchObject({ method: 'POST', planned: 200, sent: 200, completed: 200, errors: {}, probeBehind: false });
    for (const id of ['api-p50', 'api-p95', 'api-p99', 'api-error-rate']) expect(isJudged(search.metrics[id]!), id).toBe(true);
    expect(search.metrics['api-p999']).toMatchObject({ insufficient: true, samples: 200, minimumSamples: 1000 });
    // The server answers after 2 ms: nothing on loopback makes it faster, and a calm machine keeps it well under the 100 ms target.
    expect(search.latency!.p50).toBeGreaterThanOrEqual(2);
    expect(search.serviceTime!.p50).toBeGreaterThanOrEqual(2);
    expect(search.warmup.sent).toBe(20);
  });

  test('sends the method, the body as JSON and the credential to the endpoint, and never prints or saves the credential', () => {
    const measured = fast.received.slice(-200);
    expect(measured.every((request) => request.method === 'POST' && request.body === '{"q":"espresso"}')).toBe(true);
    expect(measured[0]!.headers).toMatchObject({ authorization: TOKEN, 'content-type': 'application/json' });
    const written = [run.stdout, run.stderr, readFileSync(join(root, 'src/content/results/apis.json'), 'utf8'), readFileSync(join(root, 'src/content/results/apis.history.jsonl'), 'utf8'), readFileSync(join(root, 'junit.xml'), 'utf8'), readFileSync(join(root, 'summary.md'), 'utf8')];
    for (const text of written) expect(text).not.toContain(TOKEN);
  });

  test('counts error kinds exactly: 20 statuses of 200, 20 refused connections, 10 timeouts', () => {
    expect(endpoint('Flaky')).toMatchObject({ sent: 200, completed: 200, errors: { status: 20 } });
    expect(endpoint('Flaky').metrics['api-error-rate']).toMatchObject({ value: 10, target: 1, status: 'fail' });
    expect(endpoint('Down')).toMatchObject({ sent: 20, completed: 0, errors: { connection: 20 } });
    expect(endpoint('Down').error).toMatch(/no request completed: 20 sent, errors: connection 20/);
    expect(endpoint('Hangs')).toMatchObject({ sent: 10, completed: 0, errors: { timeout: 10 } });
  });

  test('writes the latest result and a history line with the endpoints, and the table and reports name them', () => {
    const latest = resultDocumentSchema.parse(JSON.parse(readFileSync(join(root, 'src/content/results/apis.json'), 'utf8')));
    expect(latest.projects[0]!.endpoints).toHaveLength(4);
    const line = historyEntrySchema.parse(JSON.parse(readFileSync(join(root, 'src/content/results/apis.history.jsonl'), 'utf8').trim()));
    const search = line.endpoints!.find((entry) => entry.name === 'Search')!;
    // The history keeps judged figures only: the insufficient P99.9 is left out.
    expect(Object.keys(search.metrics).sort()).toEqual(['api-error-rate', 'api-p50', 'api-p95', 'api-p99']);
    expect(run.stderr).toMatch(/ENDPOINT.*API-P50.*API-ERROR-RATE/);
    expect(run.stderr).toMatch(/4 endpoints: 1 pass, 1 fail, 2 error/);
    const junit = readFileSync(join(root, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testcase classname="verify-web-vitals.apis" name="Search · api-p999" time="0">\n {6}<skipped message="api-p999 [\d.]+ ms on 200 samples, fewer than the 1000 it needs to be judged"\/>/);
    expect(junit).toMatch(/<failure message="api-error-rate 10 %, target &lt; 1 %" type="target-missed">/);
    expect(readFileSync(join(root, 'summary.md'), 'utf8')).toMatch(/\| Endpoint \| API-P50 \| API-P95 \| API-P99 \| API-P999 \| API-ERROR-RATE \| Status \|/);
  });
});

describe('verify-web-vitals endpoints: refusals before anything is sent', () => {
  test('a load above the ceilings is bad configuration naming the file, the field and the flag; --allow-heavy-load lifts it', async () => {
    const server = await startEndpointServer(() => ({ kind: 'answer' }));
    try {
      const root = contentCopy('heavy', projectYaml(`  - name: Burst\n    url: ${server.url}\n    load: { rate: 500, requests: 50, warmupSeconds: 0 }\n`));
      const refusedRun = await verify(['--project', 'heavy', '--only', 'endpoints'], root);
      expect(refusedRun.status).toBe(2);
      expect(refusedRun.stderr).toMatch(/src\/content\/projects\/heavy\.yaml: Endpoint "Burst": `load\.rate` is 500 requests per second, above the ceiling of 200: lower it, or pass --allow-heavy-load/);
      expect(server.received).toHaveLength(0);
      const allowed = await verify(['--project', 'heavy', '--only', 'endpoints', '--allow-heavy-load'], root);
      expect(allowed.status, allowed.stderr).toBe(0);
      expect(server.received).toHaveLength(50);
    } finally {
      await server.close();
    }
  }, 60_000);

  test.each<[string, string, RegExp]>([
    ['a credential in the query string', '  - name: Leaky\n    url: https://api.perf.test/v1/search?api_key=k3y-never-print\n', /`endpoints\[0\]\.url` is "https:\/\/api\.perf\.test\/v1\/search\?api_key=redacted": expected a URL without credentials: it holds the query parameter "api_key", named like a credential/],
    ['a path endpoint without the local preview', '  - name: Local\n    path: /health\n', /`path` endpoints need `localPreview: true`/],
    ['a GET with a body', '  - name: Odd\n    url: https://api.perf.test/\n    body: { text: hello }\n', /expected no `body` with GET or HEAD/],
  ])('refuses %s with exit 2, naming the file', async (_, endpoints, message) => {
    const root = contentCopy('bad', projectYaml(endpoints));
    const refusedRun = await verify(['--project', 'bad', '--only', 'endpoints'], root);
    expect(refusedRun.status).toBe(2);
    expect(refusedRun.stderr).toMatch(/bad\.yaml/);
    expect(refusedRun.stderr).toMatch(message);
    expect(refusedRun.stderr).not.toContain('k3y-never-print');
  }, 30_000);
});

describe('verify-web-vitals endpoints: stopping and ad hoc endpoints', () => {
  test('Ctrl-C during a load stops at once with 130 and writes nothing half done', async () => {
    const server = await startEndpointServer(() => ({ kind: 'answer' }));
    try {
      const root = contentCopy('long', projectYaml(`  - name: Long\n    url: ${server.url}\n    load: { rate: 20, durationSeconds: 120, warmupSeconds: 0 }\n`));
      let signalled = false;
      let sentBefore = 0;
      const stopped = await verify(['--project', 'long', '--only', 'endpoints'], root, (stderr, child) => {
        if (signalled || !stderr.includes('[1/1] long · Long · load GET')) return;
        signalled = true;
        setTimeout(() => {
          sentBefore = server.received.length;
          child.kill('SIGINT');
        }, 500);
      });
      expect(stopped.status).toBe(130);
      expect(stopped.stderr).toMatch(/stopped \(SIGINT\)/);
      // Far from the planned 2,400 requests: the load stopped when asked.
      expect(sentBefore).toBeGreaterThan(0);
      expect(server.received.length).toBeLessThan(sentBefore + 20);
      expect(existsSync(join(root, 'src/content/results/long.json'))).toBe(false);
    } finally {
      await server.close();
    }
  }, 60_000);

  test('--endpoint loads an ad hoc URL with the gentle defaults, judges it against the default targets and writes nothing', async () => {
    const server = await startEndpointServer(() => ({ kind: 'answer' }));
    try {
      const root = contentCopy('unused', projectYaml(`  - name: Unused\n    url: ${server.url}unused\n`));
      const adHoc = await verify(['--endpoint', `${server.url}health`, '--json'], root);
      expect(adHoc.status, adHoc.stderr).toBe(0);
      expect(adHoc.stderr).toMatch(/planned load of http:\/\/127\.0\.0\.1:\d+\/health: GET http:\/\/127\.0\.0\.1:\d+\/health, 10 req\/s for 30 s after a 5 s warm-up, 300 measured requests, at most 20 in flight/);
      const result = resultDocumentSchema.parse(JSON.parse(adHoc.stdout));
      const [only] = result.projects[0]!.endpoints as [EndpointResult];
      expect(result.projects[0]!.id).toBe('ad-hoc');
      expect(only).toMatchObject({ status: 'pass', sent: 300, completed: 300, warmup: { sent: 50 } });
      expect(server.received.every((request) => request.url === '/health')).toBe(true);
      const results = join(root, 'src/content/results');
      expect(existsSync(results) ? readdirSync(results).filter((name) => /\.jsonl?$/.test(name)) : []).toEqual([]);
    } finally {
      await server.close();
    }
  }, 90_000);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
