import { describe, expect, test } from 'vitest';
import { measuredTargetIds, unmeasurableTargets } from '../../src/lib/web-metric-sources.ts';
import { webTarget, WEB_TARGETS } from '../fixtures/sample-result.ts';

describe('web metric sources', () => {
  test('the web targets of the data are all measurable, in file order', () => {
    expect(measuredTargetIds(WEB_TARGETS)).toEqual(['ttfb', 'fcp', 'tti']);
    expect(unmeasurableTargets(WEB_TARGETS, 'targets.yaml')).toEqual([]);
  });

  test.each<[string, string, boolean]>([
    ['LCP, a Core Web Vital Lighthouse measures', 'lcp', true],
    ['CLS', 'cls', true],
    ['INP, which needs a real user', 'inp', false],
  ])('%s', (_, id, measurable) => {
    const targets = new Map([...WEB_TARGETS, [id, webTarget(id, 100)]]);
    const problems = unmeasurableTargets(targets, 'src/content/data/targets.yaml');
    if (measurable) expect(problems).toEqual([]);
    else expect(problems[0]).toMatch(new RegExp(`^src/content/data/targets.yaml: target "${id}" says \`measuredBy: verify-web-vitals\`, but the command measures only ttfb, fcp, tti`));
  });
});
