import { describe, expect, test } from 'vitest';
import { endpointSchema, type EndpointInput } from '../../../src/lib/endpoints/endpoint-schema.ts';
import { loadProblems } from '../../../src/lib/endpoints/load-ceilings.ts';

/** An endpoint with the given load, defaults filled in. */
const withLoad = (load: EndpointInput['load']) => endpointSchema.parse({ name: 'Search', url: 'https://api.example.com/search', load });

describe('loadProblems', () => {
  test.each<[string, EndpointInput['load'], RegExp[]]>([
    ['the defaults', {}, []],
    ['the rate at its ceiling', { rate: 200 }, []],
    ['the rate just above it', { rate: 200.5 }, [/`load\.rate` is 200\.5 requests per second, above the ceiling of 200/]],
    ['595 s + 5 s warm-up: exactly the time ceiling', { durationSeconds: 595 }, []],
    ['596 s + 5 s warm-up: just above it', { durationSeconds: 596 }, [/`load\.warmupSeconds` \+ `load\.durationSeconds` is 601 seconds of load, above the ceiling of 600/]],
    ['a request count that lasts 600 s at its rate', { requests: 5950, rate: 10 }, []],
    ['a request count that lasts longer', { requests: 5951, rate: 10 }, [/`load\.requests` \/ `load\.rate` is 600\.1 seconds of load/]],
    ['concurrency at its ceiling', { concurrency: 200 }, []],
    ['concurrency above it', { concurrency: 201 }, [/`load\.concurrency` is 201 requests in flight, above the ceiling of 200/]],
    ['every ceiling passed at once', { rate: 300, durationSeconds: 900, concurrency: 500 }, [/load\.rate/, /seconds of load/, /load\.concurrency/]],
  ])('%s', (_, load, expected) => {
    const problems = loadProblems(withLoad(load), { allowHeavy: false });
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
    for (const problem of problems) expect(problem).toMatch(/^Endpoint "Search": .*pass --allow-heavy-load/);
  });

  test('the flag lifts every ceiling', () => {
    expect(loadProblems(withLoad({ rate: 300, durationSeconds: 900, concurrency: 500 }), { allowHeavy: true })).toEqual([]);
  });
});
