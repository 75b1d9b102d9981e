import { describe, expect, test } from 'vitest';
import { effectiveSlos } from '../../../src/lib/slo/effective-slos.ts';
import type { Slo } from '../../../src/lib/schema/slo.ts';
import { projectSloTable } from '../../../src/lib/tables/project-slo-table.ts';
import { tableText } from './table-text.ts';

const SLOS: Slo[] = [
  { id: 'main-api-latency', service: { fr: 'API principale', en: 'Main API' }, sli: { fr: 'Latence P99', en: 'P99 latency' }, comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' },
];

describe('projectSloTable', () => {
  test('the recommended SLO with its budget in percent and in minutes over 30 days', () => {
    expect(tableText(projectSloTable(effectiveSlos(SLOS, undefined), 'en')).rows).toEqual([['Main API', 'P99 latency < 200 ms', '0.1% · 43.2 min over 30 days', 'recommended']]);
  });

  test('in French', () => expect(tableText(projectSloTable(effectiveSlos(SLOS, undefined), 'fr')).rows[0]).toEqual(['API principale', 'Latence P99 < 200 ms', '0,1 % · 43,2 min sur 30 jours', 'recommandé']));
});
