import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { alertRuleSchema } from '../../../src/lib/schema/alert-rule.ts';
import { checklistItemSchema, checklistSchema } from '../../../src/lib/schema/checklist.ts';
import { loadScenarioSchema } from '../../../src/lib/schema/load-scenario.ts';
import { patternSchema } from '../../../src/lib/schema/pattern.ts';
import { projectSchema } from '../../../src/lib/schema/project.ts';
import { historyEntrySchema, resultDocumentSchema } from '../../../src/lib/schema/result.ts';
import { scalingTriggerSchema } from '../../../src/lib/schema/scaling-trigger.ts';
import { sloSchema } from '../../../src/lib/schema/slo.ts';
import { targetSchema } from '../../../src/lib/schema/target.ts';

const both = (text: string) => ({ fr: `${text} (fr)`, en: text });
const project = { name: 'Shop', description: 'A shop', owner: { name: 'Team' } };
const code = { lang: 'sql', caption: both('c'), code: 'SELECT 1;' };
const pattern = {
  id: 'indexes', title: both('Indexes'), summary: both('s'), layer: 'database', order: 5, problem: both('p'),
  detection: { symptoms: { fr: ['a'], en: ['a'] }, tools: ['EXPLAIN'], probe: code }, solution: both('s'),
  impact: { summary: both('i'), figure: '-80 ms P95' }, before: code, after: code,
};
const target = { id: 'ttfb', label: both('TTFB'), group: 'web', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide' };

/** The dotted paths of every issue a schema reports. */
function issuePaths(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe.each<[string, z.ZodType, unknown, Array<[string, unknown, string]>]>([
  ['target', targetSchema, target, [
    ['a negative value', { ...target, value: -1 }, 'value'],
    ['an unknown comparison', { ...target, comparison: 'below' }, 'comparison'],
    ['an id with spaces', { ...target, id: 'api p95' }, 'id'],
    ['an unknown field', { ...target, colour: 'red' }, ''],
    ['a missing English label', { ...target, label: { fr: 'x' } }, 'label.en'],
  ]],
  ['slo', sloSchema, { id: 'main-api', service: both('API'), sli: both('P99'), comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' }, [
    ['a budget over 100 %', { id: 'main-api', service: both('API'), sli: both('P99'), comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 120, window: 'month' }, 'errorBudgetPercent'],
  ]],
  ['alert rule', alertRuleSchema, { id: 'high-latency', name: both('n'), metric: both('m'), comparison: 'gt', threshold: 500, unit: 'ms', forMinutes: 5, severity: 'warning', action: both('a') }, [
    ['an unknown severity', { id: 'high-latency', name: both('n'), metric: both('m'), comparison: 'gt', threshold: 500, unit: 'ms', severity: 'panic', action: both('a') }, 'severity'],
  ]],
  ['scaling trigger', scalingTriggerSchema, { id: 'cpu', metric: both('CPU'), scaleUp: { comparison: 'gt', value: 70, unit: 'percent', forMinutes: 2 }, scaleDown: { comparison: 'lt', value: 30, unit: 'percent' }, cooldownMinutes: 3 }, [
    ['a fractional cooldown', { id: 'cpu', metric: both('CPU'), scaleUp: { comparison: 'gt', value: 70, unit: 'percent' }, scaleDown: { comparison: 'lt', value: 30, unit: 'percent' }, cooldownMinutes: 2.5 }, 'cooldownMinutes'],
  ]],
  ['load scenario', loadScenarioSchema, { id: 'soak', name: both('Soak'), pattern: both('p'), users: { from: 200, to: 200, shape: 'constant' }, durationMinutes: 120, durationIsMinimum: true, purpose: both('leaks') }, [
    ['an unknown shape', { id: 'soak', name: both('Soak'), pattern: both('p'), users: { from: 200, to: 200, shape: 'wave' }, durationMinutes: 120, purpose: both('x') }, 'users.shape'],
  ]],
  ['checklist', checklistSchema, { id: 'perf', title: both('t'), description: both('d'), order: 0, items: [{ id: 'a', label: both('A'), decidedBy: 'person' }] }, [
    ['no items', { id: 'perf', title: both('t'), description: both('d'), order: 0, items: [] }, 'items'],
  ]],
  ['checklist item', checklistItemSchema, { id: 'web-ttfb', label: both('TTFB'), decidedBy: 'measurement', target: 'ttfb' }, [
    ['a measured item without its target', { id: 'web-ttfb', label: both('TTFB'), decidedBy: 'measurement' }, 'target'],
    ['an audit phase the method does not have', { id: 'audit-x', label: both('X'), decidedBy: 'person', phase: 'phase-3' }, 'phase'],
    ['a measured item read from an audit too', { id: 'web-ttfb', label: both('TTFB'), decidedBy: 'measurement', target: 'ttfb', scenario: 'load' }, 'decidedBy'],
    ['an item read from a phase and a scenario at once', { id: 'load-x', label: both('X'), decidedBy: 'person', phase: 'loadTests', scenario: 'load' }, 'scenario'],
  ]],
  ['pattern', patternSchema, pattern, [
    ['an unknown layer', { ...pattern, layer: 'frontend' }, 'layer'],
    ['no tools', { ...pattern, detection: { ...pattern.detection, tools: [] } }, 'detection.tools'],
  ]],
  ['project', projectSchema, project, [
    ['a javascript: evidence link', { ...project, items: { a: { state: 'done', evidence: 'javascript:alert(1)' } } }, 'items.a.evidence'],
    ['a waiver without a reason', { ...project, items: { a: { state: 'not-applicable' } } }, 'items.a.reason'],
    ['a waiver until a date that does not exist', { ...project, items: { a: { state: 'not-applicable', reason: 'r', until: '2026-13-01' } } }, 'items.a.until'],
    ['a page with an ftp URL', { ...project, pages: [{ name: 'Home', url: 'ftp://x.example/' }] }, 'pages.0.url'],
    ['a path page without localPreview', { ...project, pages: [{ name: 'Home', path: '/' }] }, 'pages'],
    ['a page with both url and path', { ...project, localPreview: true, pages: [{ name: 'Home', path: '/', url: 'https://x.example/' }] }, 'pages.0.url'],
    ['an override without a reason', { ...project, targets: { ttfb: { value: 300 } } }, 'targets.ttfb.reason'],
    ['a zero freshness window', { ...project, freshnessDays: 0 }, 'freshnessDays'],
    // texts past their limits (content-limits.ts): a line for names, a paragraph for notes and reasons
    ['a name longer than a line', { ...project, name: 'x'.repeat(201) }, 'name'],
    ['a description longer than a paragraph', { ...project, description: 'x'.repeat(2001) }, 'description'],
    ['an owner name longer than a line', { ...project, owner: { name: 'x'.repeat(201) } }, 'owner.name'],
    ['a page name longer than a line', { ...project, pages: [{ name: 'x'.repeat(201), url: 'https://x.example/' }] }, 'pages.0.name'],
    ['a page URL longer than a URL can be', { ...project, pages: [{ name: 'Home', url: `https://x.example/${'a'.repeat(2048)}` }] }, 'pages.0.url'],
    ['an override reason longer than a paragraph', { ...project, targets: { ttfb: { value: 300, reason: 'x'.repeat(2001) } } }, 'targets.ttfb.reason'],
    ['a 20 MB note', { ...project, items: { a: { state: 'done', note: 'x'.repeat(20 * 1024 * 1024) } } }, 'items.a.note'],
    ['a waiver reason longer than a paragraph', { ...project, items: { a: { state: 'not-applicable', reason: 'x'.repeat(2001) } } }, 'items.a.reason'],
    ['a source longer than a paragraph', { ...project, records: { 'api-p95': { value: 1, source: 'x'.repeat(2001), at: '2026-11-23' } } }, 'records.api-p95.source'],
    ['a literal Authorization header', { ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers: { Authorization: 'Bearer abc' } }] }, 'pages.0.headers.Authorization'],
    ['a literal cookie, whatever its case', { ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers: { cookie: 'sid=1' } }] }, 'pages.0.headers.cookie'],
    ['a literal Proxy-Authorization header', { ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers: { 'Proxy-Authorization': 'Basic eA==' } }] }, 'pages.0.headers.Proxy-Authorization'],
    ['a literal header whose name says token', { ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers: { 'X-Preview-Token': 'abc' } }] }, 'pages.0.headers.X-Preview-Token'],
    ['a literal API key', { ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers: { 'X-Api-Key': 'abc' } }] }, 'pages.0.headers.X-Api-Key'],
    ['a literal session header', { ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers: { 'X-Session-Id': 'abc' } }] }, 'pages.0.headers.X-Session-Id'],
    ['a literal secret header', { ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers: { 'X-Client-Secret': 'abc' } }] }, 'pages.0.headers.X-Client-Secret'],
    ['a credential read from a malformed variable name', { ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers: { Authorization: 'env:' } }] }, 'pages.0.headers.Authorization'],
  ]],
])('%s schema', (_, schema, valid, invalid) => {
  test('accepts a valid entry', () => expect(issuePaths(schema, valid)).toEqual([]));
  test.each(invalid)('rejects %s at the right field', (_, data, path) => expect(issuePaths(schema, data)).toContain(path));
});

describe('checklist items read from the latest audit', () => {
  test.each<[string, Record<string, unknown>]>([
    ['a phase item names its section', { id: 'audit-baseline', label: both('Baseline'), decidedBy: 'person', phase: 'baseline', reviewDays: 180 }],
    ['a load-test item names its scenario', { id: 'load-soak', label: both('Soak'), decidedBy: 'person', scenario: 'soak', reviewDays: 90 }],
  ])('accepts %s', (_, item) => expect(issuePaths(checklistItemSchema, item)).toEqual([]));

  test('the message lists the sections an item can name', () => {
    const result = checklistItemSchema.safeParse({ id: 'audit-x', label: both('X'), decidedBy: 'person', phase: 'phase-3' });
    expect(result.error?.issues[0]?.message).toBe('expected an audit section: one of baseline, profiling, loadTests, plan, implementation, capacity, monitoring');
  });
});

describe('project page headers', () => {
  const page = (headers: Record<string, string>) => ({ ...project, pages: [{ name: 'Home', url: 'https://x.example/', headers }] });
  test.each<[string, Record<string, string>]>([
    ['a credential read from the environment', { Authorization: 'env:PREVIEW_TOKEN' }],
    ['a literal header that carries no credential', { 'Accept-Language': 'fr', 'X-Preview': '1' }],
  ])('accepts %s', (_, headers) => expect(issuePaths(projectSchema, page(headers))).toEqual([]));
});

describe('text limits', () => {
  test('texts exactly at their limits are accepted', () => {
    const atLimits = { name: 'x'.repeat(200), description: 'x'.repeat(2000), owner: { name: 'x'.repeat(200) }, items: { a: { state: 'done', note: 'x'.repeat(2000), by: 'y'.repeat(200) } } };
    expect(issuePaths(projectSchema, atLimits)).toEqual([]);
  });

  test('the message names the limit and the length found', () => {
    const result = projectSchema.safeParse({ ...project, items: { a: { state: 'done', note: 'x'.repeat(2001) } } });
    expect(result.error?.issues[0]?.message).toBe('expected at most 2,000 characters (MAX_TEXT_LENGTH), found 2,001: shorten it, and put the rest in a linked document');
  });

  test.each<[string, z.ZodType, unknown, string]>([
    ['a pattern text longer than the handbook writes', patternSchema, { ...pattern, solution: { fr: 'x'.repeat(10_001), en: 's' } }, 'solution.fr'],
    ['a code sample longer than the handbook writes', patternSchema, { ...pattern, before: { ...code, code: 'x'.repeat(10_001) } }, 'before.code'],
    ['a checklist description longer than the handbook writes', checklistSchema, { id: 'perf', title: both('t'), description: { fr: 'd', en: 'x'.repeat(10_001) }, order: 0, items: [{ id: 'a', label: both('A'), decidedBy: 'person' }] }, 'description.en'],
  ])('refuses %s', (_, schema, data, path) => expect(issuePaths(schema, data)).toContain(path));
});

describe('project defaults', () => {
  test('fill in what a minimal file leaves out', () => {
    const parsed = projectSchema.parse(project);
    expect(parsed).toMatchObject({ localPreview: false, freshnessDays: 7, pages: [], targets: {}, items: {}, records: {} });
  });

  test('a YAML date for `until` becomes YYYY-MM-DD', () => {
    const parsed = projectSchema.parse({ ...project, items: { a: { state: 'not-applicable', reason: 'r', until: new Date('2027-03-31T00:00:00Z') } } });
    expect(parsed.items.a!.until).toBe('2027-03-31');
  });
});

describe('result document', () => {
  const doc = {
    schemaVersion: 1, generatedAt: '2026-11-23T10:00:00.000Z', tools: { lighthouse: '13.5.0', chrome: '156', node: 'v24' }, profile: 'mobile', runs: 1, ttfbSamples: 5, status: 'pass',
    projects: [{ id: 'handbook', status: 'pass', pages: [{ name: 'Home', url: 'http://127.0.0.1/', status: 'pass', metrics: { ttfb: { value: 12, target: 200, comparison: 'lt', status: 'pass', overridden: false } }, runs: 1, ttfbSamples: 5 }] }],
  };
  test('accepts a complete document', () => expect(issuePaths(resultDocumentSchema, doc)).toEqual([]));
  test('reads version 1 (pages only) and version 2 (with endpoints)', () => {
    expect(resultDocumentSchema.safeParse({ ...doc, schemaVersion: 1 }).success).toBe(true);
    expect(resultDocumentSchema.safeParse({ ...doc, schemaVersion: 2 }).success).toBe(true);
  });
  test('rejects a version it does not know', () => expect(issuePaths(resultDocumentSchema, { ...doc, schemaVersion: 3 })).toContain('schemaVersion'));
  const page = doc.projects[0]!.pages[0]!;
  const withMetric = (metric: Record<string, unknown>) => ({ ...doc, projects: [{ ...doc.projects[0]!, pages: [{ ...page, metrics: { ttfb: { ...page.metrics.ttfb, ...metric } } }] }] });
  test.each<[string, unknown, string]>([
    // a date Intl cannot format broke the page that shows it
    ['a generatedAt that is not a date', { ...doc, generatedAt: 'not-a-date' }, 'generatedAt'],
    ['a generatedAt of a day that does not exist', { ...doc, generatedAt: '2026-02-30T10:00:00Z' }, 'generatedAt'],
    ['a generatedAt without its zone', { ...doc, generatedAt: '2026-11-23T10:00:00' }, 'generatedAt'],
    ['a lastGood time that is not a date', { ...doc, projects: [{ ...doc.projects[0]!, pages: [{ ...page, lastGood: { generatedAt: 'yesterday', metrics: {} } }] }] }, 'projects.0.pages.0.lastGood.generatedAt'],
    ['a target of zero', withMetric({ target: 0 }), 'projects.0.pages.0.metrics.ttfb.target'],
    ['an infinite value', withMetric({ value: Infinity }), 'projects.0.pages.0.metrics.ttfb.value'],
  ])('rejects %s', (_, data, path) => expect(issuePaths(resultDocumentSchema, data)).toContain(path));
  test('accepts a time with an offset, as ISO 8601 allows', () => expect(issuePaths(resultDocumentSchema, { ...doc, generatedAt: '2026-11-23T11:00:00+01:00' })).toEqual([]));
});

describe('history entry', () => {
  const entry = { generatedAt: '2026-11-23T10:00:00.000Z', profile: 'mobile', pages: [{ name: 'Home', url: 'http://127.0.0.1/', status: 'pass', metrics: { ttfb: { value: 0, target: 200, status: 'pass' } } }] };
  const metric = (values: Record<string, unknown>) => ({ ...entry, pages: [{ ...entry.pages[0]!, metrics: { ttfb: { ...entry.pages[0]!.metrics.ttfb, ...values } } }] });
  test('accepts a line with a zero value (a cached first byte)', () => expect(issuePaths(historyEntrySchema, entry)).toEqual([]));
  test.each<[string, unknown, string]>([
    ['a generatedAt that is not a date', { ...entry, generatedAt: 'not-a-date' }, 'generatedAt'],
    ['a target of zero', metric({ target: 0 }), 'pages.0.metrics.ttfb.target'],
    ['a negative value', metric({ value: -1 }), 'pages.0.metrics.ttfb.value'],
    ['NaN', metric({ value: Number.NaN }), 'pages.0.metrics.ttfb.value'],
  ])('rejects %s', (_, data, path) => expect(issuePaths(historyEntrySchema, data)).toContain(path));
});
