import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog } from '../../../src/io/load-catalog.ts';
import { auditFigures } from '../../../src/lib/audits/audit-figures.ts';
import { auditSchema } from '../../../src/lib/audits/audit-schema.ts';
import { effectiveTargets } from '../../../src/lib/effective-targets.ts';
import { completeAudit, REFS } from './audit-fixture.ts';

// The worked example of the storefront, judged with the handbook's own targets.
const catalog = loadCatalog();
const example = auditSchema.parse(parse(readFileSync(join(import.meta.dirname, '../../../src/content/audits/storefront/2026-11-20.yaml'), 'utf8')));
const figures = auditFigures(example, catalog.targets);

describe('auditFigures of the storefront example', () => {
  test('each baseline row has its gap and criticality', () => {
    expect(figures.baseline.map(({ row, gap, criticality }) => [row.metric, row.subject ?? '', gap?.absolute, gap?.percent, criticality])).toEqual([
      ['api-p50', 'Catalogue search', -15, -15, 'medium'],
      ['api-p95', 'Catalogue search', 40, 20, 'high'],
      ['api-p99', 'Catalogue search', 120, 24, 'high'],
      ['api-error-rate', 'Catalogue search', -0.6, -60, 'low'],
      ['ttfb', 'Home', 110, 36.7, 'high'],
      ['ttfb', 'Product page', 220, 73.3, 'critical'],
      ['throughput', '', -70, -28, 'high'],
      ['cpu', '', 8, 11.4, 'high'],
      ['memory', '', -19, -23.8, 'low'],
      ['cold-start', '', -0.8, -16, 'medium'],
    ]);
  });

  test('the rows use the targets the file gives, which are the project\'s effective ones', () => {
    const targets = effectiveTargets(catalog.targets, catalog.projects.get('storefront'));
    for (const { row } of figures.baseline) if (targets.has(row.metric)) expect(row.target).toBe(targets.get(row.metric)!.value);
  });

  test('the plan is ranked quick wins first, then by effort, each gain with its delta', () => {
    expect(figures.plan.map(({ action, rank, gains }) => [rank, action.id, gains.map(({ delta }) => delta?.percent)])).toEqual([
      [1, 'index-category', [-33.3]],
      [2, 'compress-responses', [-15.4]],
      [3, 'pool-size', [-22.6, 44.4]],
      [4, 'cdn-assets', [-36.4]],
      [5, 'trim-payload', [-18.8]],
    ]);
  });

  test('each before/after record has its delta', () => {
    expect(figures.implementation.map(({ record, delta }) => [record.action, delta])).toEqual([
      ['index-category', { absolute: -75, percent: -31.3 }],
      ['compress-responses', { absolute: -70, percent: -13.5 }],
    ]);
  });

  test('the instances needed today and at 3, 6 and 12 months', () => {
    expect(figures.capacity).toEqual([
      { months: 0, loadRps: 140, instances: 3 },
      { months: 3, loadRps: 241.92, instances: 5 },
      { months: 6, loadRps: 418.03776, instances: 8 },
      { months: 12, loadRps: 1248.25406276, instances: 24 },
    ]);
  });
});

describe('auditFigures leaves out what cannot be computed yet', () => {
  test('placeholders and unknown metrics give no figure, never a zero', () => {
    const audit = auditSchema.parse({
      ...completeAudit(),
      baseline: { status: 'draft', rows: [{ metric: 'api-p95', current: 'TODO: measure', source: 'APM', target: 200 }, { metric: 'nope', current: 3, source: 'x', target: 4 }] },
      capacity: { ...completeAudit().capacity, status: 'draft', growthPercentPerMonth: 'TODO: growth' },
    });
    const result = auditFigures(audit, REFS.targets);
    expect(result.baseline.map((entry) => entry.gap ?? entry.criticality)).toEqual([undefined, undefined]);
    expect(result.capacity).toBeUndefined();
  });
});
