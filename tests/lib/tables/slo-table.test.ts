import { describe, expect, test } from 'vitest';
import type { Slo } from '../../../src/lib/schema/slo.ts';
import { sloTable } from '../../../src/lib/tables/slo-table.ts';
import { tableText } from './table-text.ts';

const SLOS: Slo[] = [{ id: 'main-api-latency', service: { fr: 'API principale', en: 'Main API' }, sli: { fr: 'Latence P99', en: 'P99 latency' }, comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' }];

describe('sloTable', () => {
  test.each([
    ['en', 'Recommended SLOs and their error budget over a 30-day month', ['Service', 'Indicator (SLI)', 'Objective (SLO)', 'Error budget', 'That is, per 30-day month'], ['Main API', 'P99 latency', '< 200 ms', '0.1%', '43.2 min outside the objective']],
    ['fr', 'SLO recommandés et budget d’erreur sur un mois de 30 jours', ['Service', 'Indicateur (SLI)', 'Objectif (SLO)', 'Budget d’erreur', 'Soit, par mois de 30 jours'], ['API principale', 'Latence P99', '< 200 ms', '0,1 %', '43,2 min hors objectif']],
  ] as const)('in %s, gives each SLO its budget as a share and as minutes a month', (locale, caption, headers, row) =>
    expect(tableText(sloTable(SLOS, locale))).toEqual({ caption, headers, rows: [row], ids: [undefined], rowHeaders: [0] }));
});
