import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { k6ScenarioRun } from '../../../src/lib/load-tests/k6-scenario-run.ts';
import { readK6Summary } from '../../../src/lib/load-tests/k6-summary.ts';
import { loadScenariosFileSchema } from '../../../src/lib/schema/load-scenario.ts';

// The handbook's own scenarios, so that the ids tested are the ones a person types.
const SCENARIOS = loadScenariosFileSchema.parse(parse(readFileSync('src/content/data/load-scenarios.yaml', 'utf8')));
const FILE = 'tests/fixtures/k6/handle-summary.json';
const RESULT = readK6Summary(readFileSync(FILE, 'utf8'), FILE);

describe('k6ScenarioRun', () => {
  test.each<[string, string | undefined, ReturnType<typeof k6ScenarioRun>]>([
    // the id of a scenario in load-scenarios.yaml: the result is placed under it
    ['a known id places the result under it', 'load', { ok: true, run: { scenario: 'load', result: RESULT } }],
    // no id named: the result stands alone, no scenario guessed from its figures
    ['no id leaves the result alone', undefined, { ok: true, run: { result: RESULT } }],
    // a misspelt id: refused, with the nearest id
    ['a misspelt id suggests the nearest', 'laod', { ok: false, problem: 'unknown load scenario "laod": did you mean "load"?' }],
    // a near miss of several ids: the closest first
    ['an id close to two suggests both', 'spoke', { ok: false, problem: 'unknown load scenario "spoke": did you mean "smoke" or "spike"?' }],
    // nothing close: every id, in the file's order
    ['an unrelated id lists every scenario', 'breakpoint', { ok: false, problem: 'unknown load scenario "breakpoint": the load scenarios are "smoke", "load", "stress", "spike", "soak"' }],
    // an empty id is not taken as "no id"
    ['an empty id is refused', '', { ok: false, problem: 'unknown load scenario "": the load scenarios are "smoke", "load", "stress", "spike", "soak"' }],
    // ids are exact: a capital letter is a different id, and the real one is suggested first
    ['an id in capitals is refused with the real one first', 'Load', { ok: false, problem: 'unknown load scenario "Load": did you mean "load" or "soak"?' }],
  ])('%s', (_, id, expected) => {
    expect(k6ScenarioRun(RESULT, id, SCENARIOS)).toStrictEqual(expected);
  });

  test('with no scenarios at all, a named id is refused and says so', () => {
    expect(k6ScenarioRun(RESULT, 'load', [])).toStrictEqual({ ok: false, problem: 'unknown load scenario "load": there are no load scenarios' });
  });
});
