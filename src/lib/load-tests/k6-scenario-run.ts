import { suggestionText } from '../nearest-ids.ts';
import type { LoadScenario } from '../schema/load-scenario.ts';
import type { K6Result } from './k6-summary.ts';

/** A k6 result, placed under the load scenario it ran when the caller named one. */
export interface K6ScenarioRun {
  /** The id of a scenario of load-scenarios.yaml; absent when none was named. */
  scenario?: string;
  result: K6Result;
}

/** The run, or one sentence saying why the scenario id cannot be used and which ids can. */
export type K6ScenarioLookup = { ok: true; run: K6ScenarioRun } | { ok: false; problem: string };

/** Places a k6 result under the named load scenario, refusing an id the scenarios do not hold with the nearest ids; with no id named, the result stands alone. */
export function k6ScenarioRun(result: K6Result, scenarioId: string | undefined, scenarios: readonly Pick<LoadScenario, 'id'>[]): K6ScenarioLookup {
  if (scenarioId === undefined) return { ok: true, run: { result } };
  const ids = scenarios.map((scenario) => scenario.id);
  if (ids.includes(scenarioId)) return { ok: true, run: { scenario: scenarioId, result } };
  const listHint = ids.length === 0 ? 'there are no load scenarios' : `the load scenarios are ${ids.map((id) => `"${id}"`).join(', ')}`;
  return { ok: false, problem: `unknown load scenario ${JSON.stringify(scenarioId)}: ${suggestionText(scenarioId, ids, listHint)}` };
}
