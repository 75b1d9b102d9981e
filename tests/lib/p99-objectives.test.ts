import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/io/load-catalog.ts';
import { P99_SLO, P99_TARGET, p99Objectives, p99ObjectivesNote, p99TargetRowNote, sloObjective } from '../../src/lib/p99-objectives.ts';
import type { Slo } from '../../src/lib/schema/slo.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const NBSP = '\u00a0';
const target: Target = { id: 'api-p99', label: { fr: 'Latence API P99', en: 'API latency P99' }, group: 'api', unit: 'ms', comparison: 'lt', value: 450, source: 'role-guide', measuredBy: 'verify-web-vitals' };
const slo = (id: string, value: number): Slo => ({ id, service: { fr: 'API principale', en: 'Main API' }, sli: { fr: 'Latence P99', en: 'P99 latency' }, comparison: 'lt', value, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' });
const TARGETS = new Map([[target.id, target]]);
const SLOS = [slo('database-query-time', 50), slo('main-api-latency', 180)];

describe('p99Objectives', () => {
  test('pairs the role guide’s P99 target with the method’s P99 SLO', () => {
    const objectives = p99Objectives(TARGETS, SLOS);
    expect(objectives.target.id).toBe(P99_TARGET);
    expect(objectives.slo.id).toBe(P99_SLO);
  });

  test.each([
    // the target the checklists are judged against
    [new Map<string, Target>(), SLOS, 'no target "api-p99" in src/content/data/targets.yaml'],
    // the SLO monitored in production
    [TARGETS, [slo('database-query-time', 50)], 'no SLO "main-api-latency" in src/content/data/slos.yaml; expected one of database-query-time.'],
  ])('names the file that lacks one: %#', (targets, slos, message) => expect(() => p99Objectives(targets, slos)).toThrow(message));
});

describe('sloObjective', () => {
  test.each([
    ['fr', `<${NBSP}180${NBSP}ms`],
    ['en', `<${NBSP}180${NBSP}ms`],
  ] as const)('%s cites the SLO from its data', (locale, text) => expect(sloObjective(SLOS, 'main-api-latency', locale)).toBe(text));

  test('refuses an unknown SLO', () => expect(() => sloObjective(SLOS, 'nope', 'en')).toThrow('no SLO "nope" in src/content/data/slos.yaml'));
});

describe('the P99 note', () => {
  const objectives = p99Objectives(TARGETS, SLOS);

  test.each([
    // each objective with its figure, and what it judges
    ['fr', `La cible api-p99 (<${NBSP}450${NBSP}ms, guide du rôle) juge les checklists et les mesures de verify-web-vitals.`],
    ['fr', `Le SLO « API principale » (latence P99 <${NBSP}180${NBSP}ms, méthode d’audit) est l’objectif suivi en production, avec son budget d’erreur de 0,1${NBSP}% hors objectif par mois.`],
    ['en', `The api-p99 target (<${NBSP}450${NBSP}ms, role guide) judges the checklists and verify-web-vitals’s measurements.`],
    ['en', `The “Main API” SLO (P99 latency <${NBSP}180${NBSP}ms, audit method) is the objective monitored in production, with its error budget of 0.1% outside the objective a month.`],
  ] as const)('%s says %s', (locale, sentence) => expect(p99ObjectivesNote(objectives, locale)).toContain(sentence));

  test.each([
    ['fr', `En production, l’objectif est le SLO « API principale » (latence P99 <${NBSP}180${NBSP}ms) :`],
    ['en', `In production, the objective is the “Main API” SLO (P99 latency <${NBSP}180${NBSP}ms):`],
  ] as const)('the %s target row points to the production objective', (locale, text) => expect(p99TargetRowNote(objectives, locale).text).toBe(text));
});

// The handbook's own data against the sources: the two figures differ, and both stay.
describe('the handbook’s two P99 objectives', () => {
  const catalog = loadCatalog();
  const { target: p99, slo: mainApi } = p99Objectives(catalog.targets, catalog.slos);

  // 000_b1ace53d130b3c72.txt, line 52: "P99 : < 500ms"
  test('the target is the role guide’s', () => expect([p99.comparison, p99.value, p99.unit, p99.source]).toEqual(['lt', 500, 'ms', 'role-guide']));

  // 004_ccc9fd01b2fcb4f9.txt, line 56: "API principale | Latence P99 | < 200ms | 0.1% hors budget/mois"
  test('the SLO is the method’s', () => expect([mainApi.comparison, mainApi.value, mainApi.unit, mainApi.errorBudgetPercent]).toEqual(['lt', 200, 'ms', 0.1]));

  // Where the two meet, each page names both, the target by its directive and the SLO from its data.
  test.each([
    'src/content/docs/audit/baseline.mdx',
    'src/content/docs/en/audit/baseline.mdx',
    'src/content/docs/audit/monitoring.mdx',
    'src/content/docs/en/audit/monitoring.mdx',
    'src/content/docs/audit/load-testing.mdx',
    'src/content/docs/en/audit/load-testing.mdx',
  ])('%s cites both, typing neither figure', (path) => {
    const page = readFileSync(path, 'utf8');
    expect(page).toContain(':target[api-p99]');
    expect(page).toMatch(/sloObjective\(catalog\(\)\.slos, 'main-api-latency', '(fr|en)'\)/);
    expect(page).not.toMatch(/P99[^\n|]{0,12}\b(200|500)\s?ms/);
  });
});
