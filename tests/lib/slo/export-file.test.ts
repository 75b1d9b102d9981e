import { describe, expect, test } from 'vitest';
import { catalog } from '../../fixtures/slo/cases.ts';
import type { Catalog } from '../../../src/lib/schema/catalog.ts';
import { exportFile, projectSlosOf } from '../../../src/lib/slo/export-file.ts';
import { projectSlosSchema } from '../../../src/lib/slo/project-slo-schema.ts';

/** The catalog with a project that carries an `slos` block (as the project schema will). */
function withProject(id: string, slos: unknown): Catalog {
  const projects = new Map(catalog.projects);
  projects.set(id, { ...catalog.projects.get('storefront')!, slos: projectSlosSchema.parse(slos) } as never);
  return { ...catalog, projects };
}

describe('exportFile', () => {
  test.each(['prometheus', 'promtool-tests', 'openslo', 'k6'] as const)('writes %s for a shipped project, with the lint’s one warning for SLO formats', (format) => {
    const outcome = exportFile(catalog, 'storefront', { format, locale: 'en', file: 'src/content/projects/storefront.yaml' });
    expect(outcome.text).toBeTruthy();
    expect(outcome.findings.map((finding) => finding.severity)).toEqual(format === 'k6' ? [] : ['warning']);
  });

  test('writes nothing when the lint finds an error, and says what it found', () => {
    const outcome = exportFile(withProject('shop', { use: ['no-such-slo'] }), 'shop', { format: 'prometheus', locale: 'en', file: 'shop.yaml' });
    expect(outcome.text).toBeUndefined();
    expect(outcome.findings).toContainEqual(expect.objectContaining({ severity: 'error', file: 'shop.yaml', field: 'slos.use[0]' }));
  });

  test('reads the `slos` block of a project that has one', () => {
    const shop = withProject('shop', { monitoring: { selector: { service: 'shop-api' } } });
    expect(projectSlosOf(shop.projects.get('shop')!)?.monitoring.selector).toEqual({ service: 'shop-api' });
    expect(exportFile(shop, 'shop', { format: 'prometheus', locale: 'en', file: 'shop.yaml' }).text).toContain('{service="shop-api"');
  });

  test('the promtool tests name the rules file they are given', () => {
    const outcome = exportFile(catalog, 'storefront', { format: 'promtool-tests', locale: 'en', file: 'x', rulesFile: 'rules/storefront.yaml' });
    expect(outcome.text).toContain('rule_files:\n  - rules/storefront.yaml\n');
  });

  test('links use the site when given', () => {
    const outcome = exportFile(catalog, 'storefront', { format: 'openslo', locale: 'fr', file: 'x', site: 'https://handbook.example.com' });
    expect(outcome.text).toContain('perf-handbook/handbook-page: https://handbook.example.com/projects/storefront/');
  });
});
