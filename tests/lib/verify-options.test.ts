import { describe, expect, test } from 'vitest';
import { DEFAULT_RUNS, DEFAULT_TIMEOUT_SECONDS, DEFAULT_TTFB_SAMPLES, verifyOptions } from '../../src/lib/verify-options.ts';

describe('verifyOptions accepts', () => {
  test('nothing: the defaults', () => {
    expect(verifyOptions([])).toEqual({
      ok: true,
      options: { projects: [], urls: [], endpointUrls: [], allowHeavyLoad: false, runs: DEFAULT_RUNS, ttfbSamples: DEFAULT_TTFB_SAMPLES, json: false, timeoutSeconds: DEFAULT_TIMEOUT_SECONDS, help: false },
    });
  });

  test.each<[string, string[], object]>([
    ['repeated projects, once each', ['--project', 'a', '--project=b', '--project', 'a'], { projects: ['a', 'b'] }],
    ['repeated URLs', ['--url', 'https://example.org/', '--url', 'http://127.0.0.1:8080/x'], { urls: ['https://example.org/', 'http://127.0.0.1:8080/x'] }],
    ['numbers in range', ['--runs', '5', '--ttfb-samples=9', '--timeout', '2.5'], { runs: 5, ttfbSamples: 9, timeoutSeconds: 2.5 }],
    ['a profile', ['--profile', 'desktop'], { profile: 'desktop' }],
    ['the outputs', ['--json', '--junit', 'reports/vitals.xml'], { json: true, junit: 'reports/vitals.xml' }],
    ['-h for help', ['-h'], { help: true }],
    ['ad hoc endpoints, once each', ['--endpoint', 'http://127.0.0.1:9/a', '--endpoint=http://127.0.0.1:9/a'], { endpointUrls: ['http://127.0.0.1:9/a'] }],
    ['endpoints only, heavy load allowed', ['--only', 'endpoints', '--allow-heavy-load'], { only: 'endpoints', allowHeavyLoad: true }],
    ['pages only', ['--only=pages'], { only: 'pages' }],
  ])('%s', (_, args, expected) => {
    const outcome = verifyOptions(args);
    expect(outcome.ok && outcome.options).toMatchObject(expected);
  });
});

describe('verifyOptions refuses, naming the flag and what it accepts', () => {
  test.each<[string, string[], RegExp]>([
    ['an unknown option, with the nearest one', ['--run', '3'], /unknown option "--run": did you mean --runs\? the options are --project, --url, --endpoint, --only, --allow-heavy-load, --runs/],
    ['an unknown short option', ['-x'], /unknown option "-x"/],
    ['an --endpoint that is not a URL', ['--endpoint', 'api/health'], /--endpoint is "api\/health": expected an absolute http:\/\/ or https:\/\/ URL/],
    ['an --only naming neither part', ['--only', 'apis'], /--only is "apis": expected one of pages, endpoints/],
    ['--only pages with an --endpoint', ['--only', 'pages', '--endpoint', 'http://127.0.0.1:1/'], /--only pages and --endpoint contradict each other/],
    ['--only endpoints with a --url', ['--only', 'endpoints', '--url', 'http://127.0.0.1:1/'], /--only endpoints and --url contradict each other/],
    // The secret is never repeated: the message names the parameter, not its value.
    ['a token in an --endpoint query, not repeated', ['--endpoint', 'https://api.perf.test/v1?api_key=s3cr3t-value'], /"https:\/\/api\.perf\.test\/v1\?api_key=redacted" holds the query parameter "api_key", named like a credential/],
    ['a password in a --url', ['--url', 'https://me:hunter2@www.perf.test/'], /"https:\/\/redacted:redacted@www\.perf\.test\/" holds a user name or password before the host/],
    ['zero runs', ['--runs', '0'], /--runs is "0": expected a whole number of Lighthouse runs from 1 to 20/],
    ['a fractional run count', ['--runs', '2.5'], /--runs is "2.5": expected a whole number/],
    ['a negative sample count', ['--ttfb-samples=-1'], /--ttfb-samples is "-1": expected a whole number of requests from 1 to 100/],
    ['a timeout that is not a number', ['--timeout', 'soon'], /--timeout is "soon": expected a number of seconds from 1 to 600/],
    ['an unknown profile', ['--profile', 'tablet'], /--profile is "tablet": expected one of mobile, desktop/],
    ['a URL that is not http(s)', ['--url', 'ftp://example.org/file'], /--url is "ftp:\/\/example.org\/file": expected an absolute http:\/\/ or https:\/\/ URL/],
    ['a relative URL', ['--url', '/about'], /--url is "\/about"/],
    ['an option with no value at the end', ['--runs'], /--runs has no value: expected --runs <n>/],
    ['an option whose value is the next option', ['--project', '--json'], /--project has no value \(the next word is the option --json\)/],
    ['a value given to a switch', ['--json=yes'], /--json takes no value/],
    ['a single-valued option given twice', ['--runs', '2', '--runs', '3'], /--runs is given twice \("2" and "3"\): give it once/],
    ['a stray word', ['--url', 'https://a.example/', 'https://b.example/'], /unexpected argument "https:\/\/b.example\/": .*one --url per page/],
    ['an empty project', ['--project', ''], /--project is empty/],
  ])('%s', (_, args, message) => {
    const outcome = verifyOptions(args);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.join('\n')).toMatch(message);
  });

  test('a secret in a URL never reaches the message', () => {
    const outcome = verifyOptions(['--endpoint', 'https://u:pa55word@api.perf.test/?token=t0k3n&q=ok']);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.join('\n')).not.toMatch(/pa55word|t0k3n/);
  });

  test('reports every problem at once', () => {
    const outcome = verifyOptions(['--runs', '0', '--profile', 'tv']);
    expect(!outcome.ok && outcome.problems).toHaveLength(2);
  });
});
