import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/lib/friendly-errors.ts';
import { detectK6SummaryShape, normaliseK6Summary, readK6Summary, type K6Result, type K6SummaryShape } from '../../../src/lib/load-tests/k6-summary.ts';

// The three fixtures describe one run in the three shapes k6 writes; tests/fixtures/k6/README.md
// names the k6 documentation and source each was written from.
const FILES: Record<K6SummaryShape, string> = {
  'handle-summary': 'tests/fixtures/k6/handle-summary.json',
  'summary-export': 'tests/fixtures/k6/summary-export.json',
  'machine-readable': 'tests/fixtures/k6/machine-readable-summary.json',
};
const SHAPES = Object.keys(FILES) as K6SummaryShape[];

/** A JSON object as a test edits it. */
type Json = Record<string, any>;

/** A fresh copy of a fixture, to edit into a variant. */
function fixture(shape: K6SummaryShape): Json {
  return JSON.parse(readFileSync(FILES[shape], 'utf8')) as Json;
}

/** One metric of the machine-readable list, by name. */
function listed(summary: Json, name: string): Json {
  const metric = (summary.results.metrics as Json[]).find((candidate) => candidate.name === name);
  if (metric === undefined) throw new Error(`no ${name} in the fixture`);
  return metric;
}

/** Removes one metric from a summary of any shape. */
function withoutMetric(shape: K6SummaryShape, summary: Json, name: string): Json {
  if (shape === 'machine-readable') summary.results.metrics = (summary.results.metrics as Json[]).filter((metric) => metric.name !== name);
  else delete summary.metrics[name];
  return summary;
}

/** The statistics of one metric, wherever the shape keeps them. */
function statsOf(shape: K6SummaryShape, summary: Json, name: string): Json {
  if (shape === 'machine-readable') return listed(summary, name).values;
  return shape === 'handle-summary' ? summary.metrics[name].values : summary.metrics[name];
}

/** The problems a ContentError lists, or a failure when the call does not throw one. */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected a ContentError');
}

/** The figures of the run, written once: every shape that carries a figure must read this value. */
const RUN = {
  durationSeconds: 541.234567891,
  latencyMs: { p50: 112.307, p90: 161.893, p95: 187.42, p99: 312.774, max: 1243.55 },
  errorRatePercent: 0.418867723174,
  failedRequests: 157,
  requests: 37482,
  averageRps: 69.252782848,
  iterations: 37482,
  vusMax: 100,
  vusAllocated: 100,
  thresholds: [
    { metric: 'http_req_duration', expression: 'p(95)<200', passed: true },
    { metric: 'http_req_failed', expression: 'rate<0.01', passed: true },
  ],
};

describe('the three shapes read as one run', () => {
  const { latencyMs, durationSeconds, thresholds, ...counts } = RUN;
  const { p99, ...sixStats } = latencyMs;
  test.each<[string, K6SummaryShape, K6Result]>([
    // handleSummary(): every figure, the duration from state.testRunDurationMs
    ['the handleSummary() data has every figure', 'handle-summary', { shape: 'handle-summary', durationSeconds, latencyMs, ...counts, thresholds }],
    // --summary-export drops `state`, so the duration is absent, not guessed from count over rate
    ['a --summary-export file has no duration', 'summary-export', { shape: 'summary-export', latencyMs, ...counts, thresholds }],
    // machine-readable: no p(99), no thresholds; the throughput is the request count over config.duration
    ['the machine-readable summary has no P99 and no thresholds', 'machine-readable', { shape: 'machine-readable', durationSeconds, latencyMs: sixStats, ...counts }],
  ])('%s', (_, shape, expected) => {
    expect(readK6Summary(readFileSync(FILES[shape], 'utf8'), FILES[shape])).toStrictEqual(expected);
  });

  test('each figure two shapes both carry is the same in both', () => {
    const results = SHAPES.map((shape) => normaliseK6Summary(fixture(shape), FILES[shape]));
    for (const [key, value] of Object.entries(RUN)) {
      const carried = results.filter((result) => key in result);
      expect(carried.length, key).toBeGreaterThanOrEqual(2);
      for (const result of carried) {
        if (key === 'latencyMs') expect(value).toMatchObject(result.latencyMs!);
        else expect(result[key as keyof K6Result], `${result.shape} ${key}`).toStrictEqual(value);
      }
    }
  });

  test.each(SHAPES)('%s is told apart from the other two', (shape) => {
    expect(detectK6SummaryShape(fixture(shape))).toBe(shape);
  });
});

describe('thresholds: passed always means met', () => {
  test.each<[string, K6SummaryShape, (summary: Json) => void, boolean]>([
    // handleSummary writes { ok: false } for a threshold crossed
    ['handleSummary ok: false fails', 'handle-summary', (s) => (s.metrics.http_req_duration.thresholds['p(95)<200'] = { ok: false }), false],
    // handleSummary writes { ok: true } for a threshold met
    ['handleSummary ok: true passes', 'handle-summary', () => undefined, true],
    // --summary-export writes true for a threshold crossed: the opposite of ok
    ['--summary-export true fails', 'summary-export', (s) => (s.metrics.http_req_duration.thresholds['p(95)<200'] = true), false],
    // --summary-export writes false for a threshold met
    ['--summary-export false passes', 'summary-export', () => undefined, true],
  ])('%s', (_, shape, edit, passed) => {
    const summary = fixture(shape);
    edit(summary);
    const threshold = normaliseK6Summary(summary, FILES[shape]).thresholds?.find((candidate) => candidate.expression === 'p(95)<200');
    expect(threshold).toStrictEqual({ metric: 'http_req_duration', expression: 'p(95)<200', passed });
  });

  test.each<[string, K6SummaryShape, (summary: Json) => void]>([
    // a failing P95 and a failing error rate: P95 262 ms, 2.5 % of requests failed
    ['handleSummary', 'handle-summary', (s) => {
      s.metrics.http_req_duration.thresholds['p(95)<200'].ok = false;
      s.metrics.http_req_failed.thresholds['rate<0.01'].ok = false;
    }],
    // the same run written by --summary-export: both booleans true
    ['--summary-export', 'summary-export', (s) => {
      s.metrics.http_req_duration.thresholds['p(95)<200'] = true;
      s.metrics.http_req_failed.thresholds['rate<0.01'] = true;
    }],
  ])('a run that missed both thresholds reads as two failures from %s', (_, shape, edit) => {
    const summary = fixture(shape);
    edit(summary);
    expect(normaliseK6Summary(summary, FILES[shape]).thresholds).toStrictEqual([
      { metric: 'http_req_duration', expression: 'p(95)<200', passed: false },
      { metric: 'http_req_failed', expression: 'rate<0.01', passed: false },
    ]);
  });

  test('a sub-metric threshold keeps its tags in the metric name, sorted after its parent', () => {
    const summary = fixture('handle-summary');
    summary.metrics['http_req_duration{expected_response:true}'].thresholds = { 'p(99)<300': { ok: false } };
    expect(normaliseK6Summary(summary, FILES['handle-summary']).thresholds).toStrictEqual([
      ...RUN.thresholds.slice(0, 1),
      { metric: 'http_req_duration{expected_response:true}', expression: 'p(99)<300', passed: false },
      ...RUN.thresholds.slice(1),
    ]);
  });

  test.each<[string, K6SummaryShape]>([
    // a run whose script sets no threshold: an empty list, the shape could have held some
    ['handleSummary', 'handle-summary'],
    ['--summary-export', 'summary-export'],
  ])('a script without thresholds gives an empty list in %s', (_, shape) => {
    const summary = fixture(shape);
    for (const metric of Object.values(summary.metrics) as Json[]) delete metric.thresholds;
    expect(normaliseK6Summary(summary, FILES[shape]).thresholds).toStrictEqual([]);
  });

  test('the machine-readable summary holds no thresholds: the result has none, rather than a list that looks all met', () => {
    expect(normaliseK6Summary(fixture('machine-readable'), FILES['machine-readable'])).not.toHaveProperty('thresholds');
  });
});

describe('a figure the file does not hold stays absent', () => {
  test.each<[string, K6SummaryShape, (summary: Json) => Json, Array<keyof K6Result>]>([
    // no HTTP requests at all (a run of another protocol)
    ['no http_req_duration: no latency', 'handle-summary', (s) => withoutMetric('handle-summary', s, 'http_req_duration'), ['latencyMs']],
    ['no http_req_failed: no error rate and no failed count', 'summary-export', (s) => withoutMetric('summary-export', s, 'http_req_failed'), ['errorRatePercent', 'failedRequests']],
    ['no http_reqs: no request count and no throughput', 'machine-readable', (s) => withoutMetric('machine-readable', s, 'http_reqs'), ['requests', 'averageRps']],
    ['no vus or vus_max: no virtual users', 'handle-summary', (s) => withoutMetric('handle-summary', withoutMetric('handle-summary', s, 'vus'), 'vus_max'), ['vusMax', 'vusAllocated']],
    // handleSummary data saved without its state block
    ['no state: no duration', 'handle-summary', (s) => { delete s.state; return s; }, ['durationSeconds']],
    // a zero duration gives no throughput rather than Infinity
    ['a machine-readable duration of 0: no throughput', 'machine-readable', (s) => { s.config.duration = 0; return s; }, ['averageRps']],
  ])('%s', (_, shape, edit, absent) => {
    const result = normaliseK6Summary(edit(fixture(shape)), FILES[shape]);
    for (const key of absent) expect(result).not.toHaveProperty(key);
    expect(result.iterations).toBe(RUN.iterations);
  });

  test('the default trend statistics give no P99, and the other percentiles stay', () => {
    const summary = fixture('handle-summary');
    delete summary.metrics.http_req_duration.values['p(99)'];
    const { p99, ...rest } = RUN.latencyMs;
    expect(normaliseK6Summary(summary, FILES['handle-summary']).latencyMs).toStrictEqual(rest);
  });

  test('a statistic k6 could not compute, written null, is absent', () => {
    const summary = fixture('summary-export');
    summary.metrics.http_req_duration['p(95)'] = null;
    expect(normaliseK6Summary(summary, FILES['summary-export']).latencyMs).not.toHaveProperty('p95');
  });

  test('trend statistics none of which are read give no latency', () => {
    const summary = fixture('handle-summary');
    summary.metrics.http_req_duration.values = { avg: 121.58, count: 37482 };
    expect(normaliseK6Summary(summary, FILES['handle-summary'])).not.toHaveProperty('latencyMs');
  });

  test('a run with only the execution metrics reads as duration, iterations and virtual users', () => {
    const summary = fixture('handle-summary');
    summary.metrics = { iterations: summary.metrics.iterations, vus: summary.metrics.vus };
    expect(normaliseK6Summary(summary, FILES['handle-summary'])).toStrictEqual({
      shape: 'handle-summary',
      durationSeconds: RUN.durationSeconds,
      iterations: RUN.iterations,
      vusMax: RUN.vusMax,
      thresholds: [],
    });
  });
});

describe('spellings and extra fields', () => {
  test('the machine-readable percentiles read the same spelt as the schema (p(90)) or as k6 writes them (p90)', () => {
    const summary = fixture('machine-readable');
    const values = listed(summary, 'http_req_duration').values;
    values['p(90)'] = values.p90;
    values['p(95)'] = values.p95;
    delete values.p90;
    delete values.p95;
    expect(normaliseK6Summary(summary, FILES['machine-readable'])).toStrictEqual(normaliseK6Summary(fixture('machine-readable'), FILES['machine-readable']));
  });

  test('the machine-readable rate metric spelt with passes and fails, as an earlier schema had it, reads the same failed count', () => {
    const summary = fixture('machine-readable');
    listed(summary, 'http_req_failed').values = { rate: 157 / 37482, passes: 157, fails: 37325 };
    expect(normaliseK6Summary(summary, FILES['machine-readable']).failedRequests).toBe(157);
  });

  test.each(SHAPES)('fields k6 may add are ignored in %s', (shape) => {
    const summary = fixture(shape);
    summary.written_by = 'a later k6';
    statsOf(shape, summary, 'http_req_duration')['p(99.9)'] = 1100.2;
    statsOf(shape, summary, 'http_reqs').note = 'not a number';
    expect(normaliseK6Summary(summary, FILES[shape])).toStrictEqual(normaliseK6Summary(fixture(shape), FILES[shape]));
  });

  test('a byte-order mark before the JSON is allowed', () => {
    const text = readFileSync(FILES['summary-export'], 'utf8');
    expect(readK6Summary(`\uFEFF${text}`, FILES['summary-export'])).toStrictEqual(readK6Summary(text, FILES['summary-export']));
  });
});

describe('bad input is refused in one sentence per problem', () => {
  const HS = FILES['handle-summary'];
  const SE = FILES['summary-export'];
  const MR = FILES['machine-readable'];
  test.each<[string, () => unknown, string]>([
    // not JSON at all
    ['text that is not JSON', () => readK6Summary('checks.....: 100.00% 2 out of 2', 'out.txt'), 'out.txt: the file is not JSON ('],
    // a JSON list: none of the shapes
    ['a JSON list', () => normaliseK6Summary([1, 2, 3], 'list.json'), 'list.json: found a list of 3 items, which is none of the k6 summaries read here: expected the handleSummary() data (`metrics` keyed by name, each with `type` and `values`, beside `state`), a --summary-export file (`metrics` keyed by name, the values flat on each) or the machine-readable summary (`version`, `config` and `results.metrics` as a list).'],
    // another tool's JSON: the fields found are named
    ['another tool\'s JSON', () => normaliseK6Summary({ lighthouseVersion: '13.5.0', audits: {} }, 'lhr.json'), 'lhr.json: found an object with fields `lighthouseVersion`, `audits`, which is none of the k6 summaries read here'],
    // metrics as a list with no results: neither the keyed shapes nor the machine-readable one
    ['metrics as a list at the top', () => normaliseK6Summary({ metrics: [] }, 'odd.json'), 'odd.json: found an object with field `metrics` whose `metrics` is a list, which is none'],
    // a wrong value in handleSummary data: file, shape, field, value, expectation
    ['a P95 written as text', () => { const s = fixture('handle-summary'); s.metrics.http_req_duration.values['p(95)'] = '187ms'; return normaliseK6Summary(s, HS); }, `${HS} (read as the handleSummary() data): field \`metrics.http_req_duration.values.p(95)\` is "187ms": expected number.`],
    ['a threshold outcome that is not a boolean', () => { const s = fixture('handle-summary'); s.metrics.http_req_failed.thresholds['rate<0.01'] = { ok: 'yes' }; return normaliseK6Summary(s, HS); }, `${HS} (read as the handleSummary() data): field \`metrics.http_req_failed.thresholds.rate<0.01.ok\` is "yes": expected boolean.`],
    ['a metric type k6 does not have', () => { const s = fixture('handle-summary'); s.metrics.vus.type = 'histogram'; return normaliseK6Summary(s, HS); }, `${HS} (read as the handleSummary() data): field \`metrics.vus.type\` is "histogram": expected one of "counter", "gauge", "rate", "trend".`],
    // handleSummary's { ok } written into a --summary-export file: the boolean is expected
    ['a --summary-export threshold written as { ok }', () => { const s = fixture('summary-export'); s.metrics.http_req_duration.thresholds['p(95)<200'] = { ok: true }; return normaliseK6Summary(s, SE); }, `${SE} (read as a --summary-export file): field \`metrics.http_req_duration.thresholds.p(95)<200\` is {"ok":true}: expected boolean.`],
    // an error rate written as a percentage
    ['an error rate of 4.2 (a percentage, not a share)', () => { const s = fixture('summary-export'); s.metrics.http_req_failed.value = 4.2; return normaliseK6Summary(s, SE); }, `${SE} (read as a --summary-export file): field \`metrics.http_req_failed.value\` is 4.2: expected a share between 0 and 1 (0.0042 for 0.42 %).`],
    ['a negative request count', () => { const s = fixture('machine-readable'); listed(s, 'http_reqs').values.count = -1; return normaliseK6Summary(s, MR); }, `(read as the machine-readable summary (--new-machine-readable-summary)): field \`results.metrics[11].values.count\` is -1: expected a number of zero or more.`],
    ['machine-readable metrics keyed by name instead of listed', () => { const s = fixture('machine-readable'); s.results.metrics = { http_reqs: { count: 1 } }; return normaliseK6Summary(s, MR); }, `${MR} (read as the machine-readable summary (--new-machine-readable-summary)): field \`results.metrics\` is {"http_reqs":{"count":1}}: expected array.`],
    ['a machine-readable format version this reader does not know', () => { const s = fixture('machine-readable'); s.version = '2.0.0'; return normaliseK6Summary(s, MR); }, 'field `version` is "2.0.0": expected format version 1.x.y, the one k6 writes; a newer format needs a newer reader.'],
    ['a machine-readable summary without its duration', () => { const s = fixture('machine-readable'); delete s.config.duration; return normaliseK6Summary(s, MR); }, 'field `config.duration` is nothing: expected number.'],
    ['a metric listed twice', () => { const s = fixture('machine-readable'); s.results.metrics.push(listed(s, 'vus')); return normaliseK6Summary(s, MR); }, 'field `results.metrics[15].name` is "vus": expected each metric once: "vus" is also results.metrics[3].'],
    // no metric at all: nothing to read, refused rather than an empty result
    ['handleSummary data with no metric', () => { const s = fixture('handle-summary'); s.metrics = {}; return normaliseK6Summary(s, HS); }, `${HS} (read as the handleSummary() data): field \`metrics\` holds no metric: expected the metrics of a finished run, in which k6 always counts \`iterations\`.`],
    ['a machine-readable summary with no metric', () => { const s = fixture('machine-readable'); s.results.metrics = []; return normaliseK6Summary(s, MR); }, 'field `results.metrics` holds no metric'],
  ])('%s', (_, run, expected) => {
    const problems = problemsOf(run);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  test('every bad field is named at once, and the message says what to do', () => {
    const summary = fixture('handle-summary');
    summary.metrics.http_reqs.values.count = 'many';
    summary.metrics.vus.values.max = -3;
    try {
      normaliseK6Summary(summary, FILES['handle-summary']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const { problems, message } = error as ContentError;
      expect(problems).toEqual([
        expect.stringContaining('field `metrics.http_reqs.values.count` is "many": expected number.'),
        expect.stringContaining('field `metrics.vus.values.max` is -3: expected a number of zero or more.'),
      ]);
      expect(message.split('\n').at(-1)).toBe('Fix the file, or save the summary from k6 again, and run the command again.');
    }
  });
});
