import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog } from '../../../src/io/load-catalog.ts';
import { draftAudit, type DraftInput } from '../../../src/lib/audits/audit-draft.ts';
import { auditReferences, checkAuditText } from '../../../src/lib/audits/audit-rules.ts';
import { SECTIONS, type Audit } from '../../../src/lib/audits/audit-schema.ts';
import { patternsForTarget } from '../../../src/lib/audits/patterns-for-target.ts';
import { isPlaceholder } from '../../../src/lib/audits/placeholder.ts';
import { effectiveTargets } from '../../../src/lib/effective-targets.ts';
import { meets } from '../../../src/lib/schema/comparison.ts';
import { sampleDocument } from '../../fixtures/sample-result.ts';

// The handbook's own data: the targets, patterns, scenarios and projects a real draft is drawn from.
const catalog = loadCatalog();
const storefront = catalog.projects.get('storefront')!;
const FILE = 'src/content/audits/fixtures/2026-11-23.yaml';

/** A draft of the storefront project, its results those of the sample run (project "fixtures"). */
function draft(fields: Partial<DraftInput> = {}): { text: string; audit: Audit } {
  const text = draftAudit({ projectId: 'fixtures', project: storefront, catalog, result: sampleDocument(), date: '2026-11-23', by: 'Ada', ...fields });
  const checked = checkAuditText(text, FILE, auditReferences(catalog));
  expect(checked.findings).toEqual([]);
  return { text, audit: checked.audit! };
}

describe('draftAudit', () => {
  test('is a valid audit with every section a draft, that passes its own check', () => {
    const { audit } = draft();
    expect(SECTIONS.map((section) => audit[section].status)).toEqual(SECTIONS.map(() => 'draft'));
    expect(audit).toMatchObject({ schemaVersion: 1, by: 'Ada', scope: storefront.description, example: false });
  });

  test('the baseline holds the measured figures of each page against today\'s effective targets, then the recorded ones, then rows to fill', () => {
    const { audit } = draft();
    const targets = effectiveTargets(catalog.targets, storefront);
    const measured = audit.baseline.rows.filter((row) => row.subject !== undefined);
    // Every judged metric of the two pages measured (the page in error has none), at today's target: TTFB 300 ms, the override.
    expect(measured.map((row) => `${row.subject} ${row.metric}`)).toEqual(['Home ttfb', 'Home fcp', 'Home tti', 'Slow | first byte ttfb', 'Slow | first byte fcp', 'Slow | first byte tti']);
    expect(measured.find((row) => row.metric === 'ttfb')).toMatchObject({ current: 12, target: 300, source: expect.stringMatching(/^verify-web-vitals, median of 1 Lighthouse run, 2026-11-23T10:00:00\.000Z$/) });
    for (const row of measured) expect(row.target).toBe(targets.get(row.metric)!.value);
    expect(audit.baseline.rows.find((row) => row.metric === 'api-p95')).toEqual({ metric: 'api-p95', current: 240, source: 'APM dashboard, 7-day P95 of /v1/search, recorded 2026-11-20T09:00:00Z by Yanis Benali', target: 200 });
    const toFill = audit.baseline.rows.filter((row) => isPlaceholder(row.current));
    expect(toFill.map((row) => row.metric)).toEqual(['api-p50', 'api-p99', 'api-error-rate', 'db-simple-query', 'db-complex-query', 'throughput', 'cpu', 'memory', 'cold-start']);
    // CPU and memory take the scale-up thresholds of scaling-triggers.yaml as their target.
    expect(toFill.filter((row) => !isPlaceholder(row.target)).map((row) => [row.metric, row.unit, row.target])).toEqual([
      ['api-p50', undefined, 100], ['api-p99', undefined, 500], ['api-error-rate', undefined, 1], ['db-simple-query', undefined, 10], ['db-complex-query', undefined, 100],
      ['cpu', 'percent', 70], ['memory', 'percent', 80],
    ]);
  });

  test('each missed target comes with the patterns that serve it as plan candidates, its worst figure as the gain\'s before', () => {
    const { audit } = draft();
    const targets = effectiveTargets(catalog.targets, storefront);
    const missed = [...new Set(audit.baseline.rows.filter((row) => typeof row.current === 'number' && !meets(row.current, targets.get(row.metric)!.comparison, row.target as number)).map((row) => row.metric))];
    expect(missed).toContain('ttfb');
    expect(missed).toContain('api-p95');
    const expected = missed.flatMap((id) => patternsForTarget(id, catalog).map((pattern) => `${id}-${pattern.id}`));
    expect(audit.plan.actions.map((action) => action.id)).toEqual(expected);
    const ttfb = audit.plan.actions.find((action) => action.id === 'ttfb-caching')!;
    expect(ttfb).toMatchObject({ layer: 'application', pattern: 'caching', gains: [{ metric: 'ttfb', percentile: 'p50', before: 352 }] });
    expect(isPlaceholder(ttfb.priority) && isPlaceholder(ttfb.effort) && isPlaceholder(ttfb.gains[0]!.after)).toBe(true);
  });

  test('a run per load scenario, the method\'s horizons, and nothing in place yet', () => {
    const { audit } = draft();
    expect(audit.loadTests.runs.map((run) => run.scenario)).toEqual(catalog.loadScenarios.map((scenario) => scenario.id));
    expect(audit.capacity.horizonsMonths).toEqual([3, 6, 12]);
    expect(audit.implementation.records).toEqual([]);
    expect(audit.monitoring).toMatchObject({ alertRules: [], slos: [], dashboards: [] });
  });

  test('the text says where its figures came from and what to do, and lists the ids a person picks from', () => {
    const { text } = draft();
    expect(text).toMatch(/^# Audit of Storefront \(fixtures\), started on 2026-11-23 by `npm run audit -- new fixtures`\.\n# Pre-filled from the verify-web-vitals result of 2026-11-23T10:00:00\.000Z/);
    expect(text).toMatch(/# Phase 4\. Candidates: each missed target \(.*ttfb.*api-p95.*\) with the patterns that serve it/);
    expect(text).toContain('# Alert rule ids: high-latency, error-spike, memory-leak, db-saturation.');
    expect(text).toContain('horizonsMonths: [ 3, 6, 12 ]');
  });

  test('with no result and no recorded figure, every row is to fill and the plan is empty', () => {
    const bare = { ...storefront, records: {} };
    const { text, audit } = draft({ projectId: 'storefront', project: bare, result: undefined });
    expect(audit.baseline.rows.every((row) => isPlaceholder(row.current))).toBe(true);
    expect(audit.plan.actions).toEqual([]);
    expect(text).toContain('# No verify-web-vitals result yet: pre-filled from the figures recorded in the project file');
    expect(text).toContain('# Phase 4. No measured target is missed yet');
    expect(parse(text)).toBeTypeOf('object');
  });
});
