import { describe, expect, test } from 'vitest';
import type { LoadScenario } from '../../../src/lib/schema/load-scenario.ts';
import { loadScenariosTable } from '../../../src/lib/tables/load-scenarios-table.ts';
import { tableText } from './table-text.ts';

const scenario = (id: string, users: LoadScenario['users'], durationMinutes: number, durationIsMinimum = false): LoadScenario => ({
  id,
  name: { fr: `Scénario ${id}`, en: `Scenario ${id}` },
  pattern: { fr: 'Montée', en: 'Ramp' },
  users,
  durationMinutes,
  durationIsMinimum,
  purpose: { fr: 'Trouver la limite', en: 'Find the limit' },
});

describe('loadScenariosTable', () => {
  test('reads as the scenarios, each row linkable', () =>
    expect(tableText(loadScenariosTable([scenario('smoke', { from: 5, to: 5, shape: 'constant' }, 5), scenario('soak', { from: 100, to: 500, shape: 'ramp' }, 120, true)], 'en'))).toEqual({
      caption: 'Load-test scenarios',
      headers: ['Scenario', 'Load pattern', 'Virtual users', 'Duration', 'Purpose'],
      rows: [
        ['Scenario smoke', 'Ramp', '5', '5 min', 'Find the limit'],
        // a minimum duration says so
        ['Scenario soak', 'Ramp', '100 → 500', '2 h or more', 'Find the limit'],
      ],
      ids: ['scenario-smoke', 'scenario-soak'],
      rowHeaders: [0, 0],
    }));
});
