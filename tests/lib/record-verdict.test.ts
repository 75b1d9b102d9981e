import { describe, expect, test } from 'vitest';
import { effectiveTargets } from '../../src/lib/effective-targets.ts';
import { recordVerdict } from '../../src/lib/record-verdict.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const TARGETS = new Map<string, Target>([['api-p95', { id: 'api-p95', label: { fr: 'P95', en: 'P95' }, group: 'api', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy: 'record' }]]);
const plain = effectiveTargets(TARGETS, { targets: {} }).get('api-p95')!;
const overridden = effectiveTargets(TARGETS, { targets: { 'api-p95': { value: 300, reason: 'Search fans out to three services.' } } }).get('api-p95')!;

describe('recordVerdict', () => {
  test.each<[string, number, typeof plain, 'pass' | 'fail', RegExp]>([
    ['under the default passes', 150, plain, 'pass', /^api-p95: 150\sms ✓ Pass against <\s200\sms \(the default target; this project does not override it\)$/],
    ['over the default fails', 250, plain, 'fail', /^api-p95: 250\sms ✗ Fail against <\s200\sms/],
    ['over the default but under the override passes, and names the override', 250, overridden, 'pass', /✓ Pass against <\s300\sms \(this project's target, overriding the default <\s200\sms: Search fans out to three services\)$/],
    ['over the override fails', 320, overridden, 'fail', /✗ Fail against <\s300\sms \(this project's target/],
  ])('%s', (_, value, target, status, text) => {
    const verdict = recordVerdict({ value }, target);
    expect(verdict.status).toBe(status);
    expect(verdict.overridden).toBe(target === overridden);
    expect(verdict.text).toMatch(text);
  });
});
