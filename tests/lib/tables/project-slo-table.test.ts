import { describe, expect, test } from 'vitest';
import { effectiveSlos } from '../../../src/lib/slo/effective-slos.ts';
import type { Slo } from '../../../src/lib/schema/slo.ts';
import type { HistoryEntry } from '../../../src/lib/schema/result.ts';
import { measuredBurns } from '../../../src/lib/slo/measured-burn.ts';
import { measuredNotes, projectSloBurnTable, projectSloTable } from '../../../src/lib/tables/project-slo-table.ts';
import { tableText } from './table-text.ts';

const SLOS: Slo[] = [
  { id: 'main-api-latency', service: { fr: 'API principale', en: 'Main API' }, sli: { fr: 'Latence P99', en: 'P99 latency' }, comparison: 'lt', value: 200, unit: 'ms', errorBudgetPercent: 0.1, window: 'month' },
];
const DATABASE: Slo = { id: 'database-query-time', service: { fr: 'Base de données', en: 'Database' }, sli: { fr: 'Temps de requête P95', en: 'P95 query time' }, comparison: 'lt', value: 50, unit: 'ms', errorBudgetPercent: 0.05, window: 'month' };

/** A run whose one endpoint measured P99 150 ms and P99.9 250 ms: between 0.1 % and 1 % of its requests over 200 ms. */
const run = (at: string): HistoryEntry => ({
  generatedAt: at,
  profile: 'desktop',
  pages: [],
  endpoints: [{ name: 'Search', url: 'https://api.example.com/search', status: 'pass', metrics: { 'api-p99': { value: 150, target: 500, status: 'pass' }, 'api-p999': { value: 250, target: 1000, status: 'pass' } } }],
});
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('projectSloTable', () => {
  test('the recommended SLO with its budget in percent and in minutes over 30 days', () => {
    expect(tableText(projectSloTable(effectiveSlos(SLOS, undefined), 'en')).rows).toEqual([['Main API', 'P99 latency < 200 ms', '0.1% · 43.2 min over 30 days', 'recommended']]);
  });

  test('in French', () => expect(tableText(projectSloTable(effectiveSlos(SLOS, undefined), 'fr')).rows[0]).toEqual(['API principale', 'Latence P99 < 200 ms', '0,1 % · 43,2 min sur 30 jours', 'recommandé']));

  test('with no run and no record, the measured columns say so rather than showing zeros, and the notes say why', () => {
    const slos = effectiveSlos([...SLOS, DATABASE], undefined);
    const burns = measuredBurns(slos, [], {});
    const table = tableText(projectSloBurnTable(slos, burns, 'en'));
    expect(table.caption).toBe('What the project’s figures say (verify-web-vitals, checklist record)');
    expect(table.headers).toEqual(['Service', 'Budget spent', 'Current burn rate', 'Time left at that rate']);
    expect(table.rows).toEqual([
      ['Main API', 'no figures yet', 'no figures yet', 'no figures yet'],
      ['Database', 'cannot be computed', 'cannot be computed', 'cannot be computed'],
    ]);
    expect(measuredNotes(slos, burns, 'en')).toEqual([
      'Main API: no figures yet. verify-web-vitals has measured none of this project’s endpoints and no API percentile is recorded (checklist record).',
      'Database: cannot be computed here. This SLO reads db_client_operation_duration_seconds_bucket, which the handbook’s probe does not measure: it times HTTP requests.',
    ]);
  });

  test('two runs ten days apart: the budget spent over the span, the current burn rate and the time left, as bounds', () => {
    const slos = effectiveSlos(SLOS, undefined);
    const burns = measuredBurns(slos, [run('2026-11-01T00:00:00.000Z'), run('2026-11-11T00:00:00.000Z')], {});
    // 1x to 10x (0.1 % to 1 % over, against a 0.1 % budget); over 10 days that spends 1 × 10/30 = 33.33 % to 333.33 %;
    // at 1x the 66.67 % left lasts 0.6667 × 43,200 = 28,801.44 minutes, 20 days; at 10x nothing is left.
    expect(tableText(projectSloBurnTable(slos, burns, 'en')).rows[0]!.slice(1)).toEqual(['33.33% to 333.33%', '1x to 10x', '0 min to 20 d 0 h']);
    expect(plain(measuredNotes(slos, burns, 'en')[0]!)).toBe(
      'Main API: from 2 run(s) of verify-web-vitals and 0 recorded value(s), 1 Nov 2026 to 11 Nov 2026 (10 d 0 h), each weighing alike. Bounds, not values: a percentile bounds the share of requests over 200 ms without giving it.',
    );
  });

  test('one recorded percentile, in French: no span to spend over', () => {
    const slos = effectiveSlos(SLOS, undefined);
    // P95 240 ms > 200 ms: at least 5 % over, 50x to 1 000x; a full budget lasts 43,2 min to 864 min = 14 h 24 min.
    const burns = measuredBurns(slos, [], { 'api-p95': { value: 240, source: 'APM', at: '2026-11-20T09:00:00Z' } });
    expect(tableText(projectSloBurnTable(slos, burns, 'fr')).rows[0]!.slice(1)).toEqual(['incalculable : un seul instant', 'de 50x à 1 000x', 'de 43,2 min à 14 h 24 min']);
    expect(plain(measuredNotes(slos, burns, 'fr')[0]!)).toBe(
      'API principale : d’après 0 mesure(s) de verify-web-vitals et 1 valeur(s) enregistrée(s), toutes du 20 nov. 2026. Des bornes, non des valeurs : un percentile borne la part des requêtes au-delà de 200 ms sans la donner.',
    );
  });

  test('every text has the same placeholders in both languages', () => {
    const slos = effectiveSlos([...SLOS, DATABASE], undefined);
    const burns = measuredBurns(slos, [run('2026-11-01T00:00:00.000Z')], {});
    for (const note of [...measuredNotes(slos, burns, 'fr'), ...measuredNotes(slos, burns, 'en')]) expect(note).not.toMatch(/\{\w+\}/);
  });
});
