import { describe, expect, test } from 'vitest';
import { projectMonitoring } from '../../../src/lib/slo/project-monitoring.ts';
import { projectSlosSchema } from '../../../src/lib/slo/project-slo-schema.ts';

describe('projectMonitoring', () => {
  test.each<[string, unknown, object, object]>([
    ['by default the project id is the job and any 5xx code fails', undefined, [{ label: 'job', op: '=', value: 'shop' }], { label: 'code', op: '=~', value: '5..' }],
    ['a selector of its own replaces the job', { monitoring: { selector: { service: 'api', env: 'prod' } } }, [{ label: 'service', op: '=', value: 'api' }, { label: 'env', op: '=', value: 'prod' }], { label: 'code', op: '=~', value: '5..' }],
    ['listed values are matched exactly', { monitoring: { requests: { errors: { label: 'status', values: ['500', '5.3'] } } } }, [{ label: 'job', op: '=', value: 'shop' }], { label: 'status', op: '=~', value: '500|5\\.3' }],
    ['one value is an equality', { monitoring: { requests: { errors: { label: 'outcome', values: ['failure'] } } } }, [{ label: 'job', op: '=', value: 'shop' }], { label: 'outcome', op: '=', value: 'failure' }],
    ['a pattern is used as written', { monitoring: { requests: { errors: { pattern: '5..|429' } } } }, [{ label: 'job', op: '=', value: 'shop' }], { label: 'code', op: '=~', value: '5..|429' }],
  ])('%s', (_, block, selector, errors) => {
    const monitoring = projectMonitoring('shop', block === undefined ? undefined : projectSlosSchema.parse(block));
    expect(monitoring.selectorMatchers).toEqual(selector);
    expect(monitoring.errorMatcher).toEqual(errors);
  });
});
