import { describe, expect, test } from 'vitest';
import { auditReferences, checkAuditPath, checkAuditText, findingText, type AuditRule } from '../../../src/lib/audits/audit-rules.ts';
import type { AuditInput } from '../../../src/lib/audits/audit-schema.ts';
import { completeAudit, lineOf, REFS, yamlOf } from './audit-fixture.ts';

const FILE = 'src/content/audits/search/2026-11-20.yaml';

/** The findings of the fixture audit after `edit`, as [rule, line, message]. */
function findingsAfter(edit: (audit: AuditInput) => void) {
  const audit = completeAudit();
  edit(audit);
  const text = yamlOf(audit);
  return { text, findings: checkAuditText(text, FILE, REFS).findings };
}

test('the complete fixture audit passes every rule', () => {
  const { findings } = findingsAfter(() => {});
  expect(findings).toEqual([]);
});

// Each rule: an audit that keeps it (no finding) and one that breaks it, with the line the finding points at.
describe.each<[AuditRule, string, (audit: AuditInput) => void, string, (audit: AuditInput) => void, { needle: string; after?: string; message: RegExp }]>([
  [
    'gain-quantified', 'a gain stated in full',
    () => {},
    'a gain with no before figure',
    (audit) => delete audit.plan.actions![0]!.gains![0]!.before,
    { needle: '- metric: api-p95', after: 'id: index', message: /gain on api-p95 of action "index" has no `before`: state its metric, percentile, before and after/ },
  ],
  [
    'gain-quantified', 'a throughput gain that rises',
    (audit) => { audit.plan.actions![1]!.gains = [{ metric: 'throughput', unit: 'req/s', percentile: 'peak', before: 180, after: 300 }]; },
    'a latency "gain" that gets worse',
    (audit) => { audit.plan.actions![0]!.gains![0]!.after = 260; },
    { needle: 'after: 260', message: /goes from 240 to 260, the wrong way: less is better for api-p95/ },
  ],
  [
    'gain-quantified', 'an action with a gain',
    () => {},
    'an action with no gain at all',
    (audit) => { audit.plan.actions![1]!.gains = []; },
    { needle: '- id: cache', message: /action "cache" states no expected gain/ },
  ],
  [
    'same-metric', 'before and after on api-p95 at P95, as planned',
    () => {},
    'after read at another percentile',
    (audit) => { audit.implementation.records![0]!.after.percentile = 'p99'; },
    { needle: 'after:', after: 'action: index', message: /`after` is api-p95 at p99 but `before` is api-p95 at p95: measure before and after on the same metric and percentile/ },
  ],
  [
    'same-metric', 'a record of what the plan expected',
    () => {},
    'a record of a metric the plan never named',
    (audit) => {
      const record = audit.implementation.records![0]!;
      record.before = { ...record.before, metric: 'api-p50', percentile: 'p50' };
      record.after = { ...record.after, metric: 'api-p50', percentile: 'p50' };
    },
    { needle: 'before:', after: 'action: index', message: /measures api-p50 at p50, but the plan expected its gain on api-p95 at p95/ },
  ],
  [
    'plan-order', 'P0 then P1',
    () => {},
    'a P0 after a P1',
    (audit) => { audit.plan.actions!.push({ id: 'late', action: 'Compress', layer: 'network', pattern: 'compression', effort: '1 h', gains: [{ metric: 'ttfb', percentile: 'p50', before: 400, after: 320 }], priority: 'P0' }); },
    { needle: 'priority: P0', after: 'id: late', message: /action "late" \(P0\) comes after "cache" \(P1\): list quick wins first/ },
  ],
  [
    'unknown-id', 'patterns, targets, scenarios, alerts and SLOs that exist',
    () => {},
    'a misspelt pattern',
    (audit) => { audit.plan.actions![0]!.pattern = 'idexes'; },
    { needle: 'pattern: idexes', message: /`plan\.actions\[0\]\.pattern` names "idexes", which is no pattern: did you mean "indexes"\?/ },
  ],
  [
    'unknown-id', 'a free metric',
    (audit) => { audit.baseline.rows!.push({ metric: 'memory', unit: 'MB', current: 300, source: 'exporter', target: 512 }); },
    'a baseline metric that is neither a target nor a free metric',
    (audit) => { audit.baseline.rows![0]!.metric = 'api-p59'; },
    { needle: 'metric: api-p59', message: /names "api-p59", which is neither a target nor a free metric \(throughput, error-rate, cpu, memory, cold-start, db-query-time\): did you mean "api-p50" or "api-p95"\?/ },
  ],
  [
    'unknown-id', 'known scenarios, alert rules and SLOs',
    () => {},
    'an SLO that does not exist, in a draft section too',
    (audit) => { audit.monitoring = { ...audit.monitoring, status: 'draft', slos: ['main-api-latncy'] }; },
    { needle: '- main-api-latncy', message: /`monitoring\.slos\[0\]` names "main-api-latncy", which is no SLO/ },
  ],
  [
    'unknown-id', 'a record of a plan action',
    () => {},
    'a record of an action the plan does not have',
    (audit) => { audit.implementation.records![0]!.action = 'indx'; },
    { needle: 'action: indx', message: /names "indx", which is no action of the plan: did you mean "index"\?/ },
  ],
  [
    'placeholder', 'a placeholder in a draft section',
    (audit) => { audit.capacity = { ...audit.capacity, status: 'draft', loadRps: 'TODO: peak load' as never }; },
    'a placeholder left in a section marked complete',
    (audit) => { audit.capacity.loadSource = 'TODO: where from'; },
    { needle: 'loadSource:', message: /`capacity\.loadSource` is still a placeholder \("TODO: where from"\) in a section marked complete: fill it in, or set `capacity\.status` back to draft/ },
  ],
])('%s', (rule, keepName, keep, breakName, breakIt, expected) => {
  test(`kept: ${keepName}`, () => {
    expect(findingsAfter(keep).findings.filter((finding) => finding.rule === rule)).toEqual([]);
  });

  test(`broken: ${breakName}`, () => {
    const { text, findings } = findingsAfter(breakIt);
    const ofRule = findings.filter((finding) => finding.rule === rule);
    expect(ofRule).toHaveLength(1);
    expect(ofRule[0]!.message).toMatch(expected.message);
    expect(ofRule[0]!.line).toBe(lineOf(text, expected.needle, expected.after));
  });
});

describe('rules that apply to complete sections only', () => {
  test.each<[string, (audit: AuditInput) => void]>([
    ['a draft plan out of order, without gains', (audit) => { audit.plan.status = 'draft'; audit.plan.actions!.reverse(); audit.plan.actions![0]!.gains = []; }],
    ['a draft implementation on two percentiles', (audit) => { audit.implementation.status = 'draft'; audit.implementation.records![0]!.after.percentile = 'p99'; }],
  ])('%s: no finding', (_, edit) => {
    expect(findingsAfter(edit).findings).toEqual([]);
  });

  test('a placeholder in a complete plan is the placeholder rule\'s, not reported twice', () => {
    const { findings } = findingsAfter((audit) => { audit.plan.actions![0]!.gains![0]!.after = 'TODO: expected'; audit.plan.actions![1]!.priority = 'TODO: P1?'; });
    expect(findings.map((finding) => finding.rule)).toEqual(['placeholder', 'placeholder']);
  });
});

describe('files that cannot be read', () => {
  test('a YAML syntax error is found at its line, nothing else checked', () => {
    const text = `${yamlOf(completeAudit())}oops: [1, 2\n`;
    const { audit, findings } = checkAuditText(text, FILE, REFS);
    expect(audit).toBeUndefined();
    expect(findings.map((finding) => finding.rule)).toEqual(['yaml']);
    expect(findings[0]!.line).toBeGreaterThanOrEqual(lineOf(text, 'oops:'));
  });

  test('a value of the wrong type is a schema finding naming the field, the value and what was expected, at its line', () => {
    const { text, findings } = findingsAfter((audit) => { audit.plan.actions![0]!.effort = 'half an hour'; });
    expect(findings).toEqual([{ file: FILE, line: lineOf(text, 'effort: half an hour'), rule: 'schema', message: expect.stringMatching(/^field `plan\.actions\[0\]\.effort` is "half an hour": expected an effort such as "5 min"/) }]);
  });

  test('an unknown field is a schema finding', () => {
    const { findings } = findingsAfter((audit) => { (audit.baseline as Record<string, unknown>).gap = 40; });
    expect(findings.map((finding) => [finding.rule, finding.message])).toEqual([['schema', 'unknown field `gap` in `baseline`: remove it or check the spelling']]);
  });

  test.each<[string, string, string, RegExp[]]>([
    ['an audit where it belongs', 'search', '2026-11-20.yaml', []],
    ['a folder that names no project', 'serch', '2026-11-20.yaml', [/the folder "serch" names no project \(did you mean "search"\?\)/]],
    ['a file name that is no day', 'search', '2026-02-30.yaml', [/the file name "2026-02-30\.yaml" is not a day: expected <YYYY-MM-DD>\.yaml/]],
    ['a .yml file', 'search', '2026-11-20.yml', [/is not a day/]],
  ])('its place: %s', (_, folder, name, messages) => {
    const findings = checkAuditPath(`src/content/audits/${folder}/${name}`, folder, name, ['search', 'storefront']);
    expect(findings.map((finding) => finding.rule)).toEqual(messages.map(() => 'file-name'));
    messages.forEach((message, index) => expect(findings[index]!.message).toMatch(message));
  });
});

test('a finding prints as a linter prints it', () => {
  expect(findingText({ file: FILE, line: 42, rule: 'plan-order', message: 'action "late" (P0) comes after "cache" (P1)' })).toBe(`${FILE}:42: plan-order: action "late" (P0) comes after "cache" (P1)`);
});

test('auditReferences takes every id from the catalog', () => {
  const refs = auditReferences({
    targets: new Map(REFS.targets),
    patterns: new Map([['indexes', {} as never]]),
    loadScenarios: [{ id: 'smoke' } as never],
    alertRules: [{ id: 'error-spike' } as never],
    slos: [{ id: 'main-api-latency' } as never],
  });
  expect([...refs.patterns, ...refs.scenarios, ...refs.alertRules, ...refs.slos]).toEqual(['indexes', 'smoke', 'error-spike', 'main-api-latency']);
});
