import { describe, expect, test } from 'vitest';
import { findManualItem, findProject, findRecordTarget, measuringCommand } from '../../src/lib/checklist-ids.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const target = (id: string, measuredBy: Target['measuredBy']): Target => ({ id, label: { fr: id, en: id }, group: 'api', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy });
const TARGETS = new Map([
  ['api-p95', target('api-p95', 'record')],
  ['api-p99', target('api-p99', 'record')],
  ['ttfb', target('ttfb', 'verify-web-vitals')],
]);
const item = (id: string, targetId?: string) => ({
  id,
  label: { fr: id, en: id },
  decidedBy: targetId ? ('measurement' as const) : ('person' as const),
  ...(targetId ? { target: targetId } : {}),
  patterns: [],
  targets: [],
});
const CHECKLISTS: Checklist[] = [
  { id: 'performance', title: { fr: 'P', en: 'P' }, description: { fr: 'P', en: 'P' }, order: 0, items: [item('no-n-plus-one'), { ...item('load-soak'), scenario: 'soak' }, { ...item('audit-baseline'), phase: 'baseline' }] },
  { id: 'web', title: { fr: 'W', en: 'W' }, description: { fr: 'W', en: 'W' }, order: 1, items: [item('web-ttfb', 'ttfb')] },
  { id: 'api', title: { fr: 'A', en: 'A' }, description: { fr: 'A', en: 'A' }, order: 2, items: [item('api-latency-p95', 'api-p95')] },
];

describe('findProject', () => {
  test.each<[string, string, { ok: boolean; match: RegExp | string }]>([
    ['a known id', 'storefront', { ok: true, match: 'storefront' }],
    ['a misspelt id suggests the nearest', 'storefrnt', { ok: false, match: /^unknown project "storefrnt": did you mean "storefront"\?$/ }],
    ['an unrelated id lists the projects', 'zzz', { ok: false, match: /^unknown project "zzz": the projects are "handbook", "storefront"$/ }],
  ])('%s', (_, wanted, expected) => {
    const lookup = findProject(['handbook', 'storefront'], wanted);
    expect(lookup.ok).toBe(expected.ok);
    if (lookup.ok) expect(lookup.value).toBe(expected.match);
    else expect(lookup.problem).toMatch(expected.match);
  });
});

describe('findManualItem', () => {
  test.each<[string, string, RegExp | undefined]>([
    ['a manual item is found', 'no-n-plus-one', undefined],
    ['a misspelt item suggests the nearest', 'no-n-plus-on', /^unknown checklist item "no-n-plus-on": did you mean "no-n-plus-one"\?$/],
    ['an unrelated id points at list', 'zzz', /^unknown checklist item "zzz": run "npm run checklist -- list shop" to see every item id$/],
    ['a web item names verify-web-vitals', 'web-ttfb', /^item "web-ttfb" is measured \(target "ttfb"\), so it cannot be ticked or waived by hand: its status comes from "npm run verify-web-vitals -- --project shop"$/],
    ['a recorded item names the record command', 'api-latency-p95', /its status comes from "npm run checklist -- record shop api-p95 <value> --source <text>"$/],
    // Its run in the latest audit decides once there is one; until then the tick does.
    ['a load-test item is found', 'load-soak', undefined],
    ['an audit-phase item points at the audit section that decides it', 'audit-baseline', /^item "audit-baseline" is decided by the project's latest audit, so it cannot be ticked or waived by hand: it is done when that audit's `baseline` section is complete; set `baseline\.status: complete` in the latest file of src\/content\/audits\/shop\/ and run "npm run audit -- check shop", or start an audit with "npm run audit -- new shop"$/],
  ])('%s', (_, wanted, problem) => {
    const lookup = findManualItem(CHECKLISTS, TARGETS, wanted, 'shop');
    if (problem === undefined) expect(lookup).toMatchObject({ ok: true, value: { id: wanted } });
    else expect(lookup.ok ? '' : lookup.problem).toMatch(problem);
  });
});

describe('findRecordTarget', () => {
  test.each<[string, string, RegExp | undefined]>([
    ['a target recorded by hand is found', 'api-p95', undefined],
    ['a web target is refused with the command that measures it', 'ttfb', /^target "ttfb" is measured by verify-web-vitals, not recorded by hand: run "npm run verify-web-vitals -- --project shop"$/],
    ['an item id points at its target', 'api-latency-p95', /^"api-latency-p95" is a checklist item, not a target: record its target instead, "npm run checklist -- record shop api-p95 <value> --source <text>"$/],
    ['a misspelt target suggests recordable targets only', 'api-p59', /^unknown target "api-p59": did you mean "api-p95" or "api-p99"\?$/],
    ['an unrelated id lists the recordable targets', 'zzz', /^unknown target "zzz": the targets recorded by hand are "api-p95", "api-p99"$/],
    ['the id of a web item is not a recordable target', 'web-ttfb', /^unknown target "web-ttfb"/],
  ])('%s', (_, wanted, problem) => {
    const lookup = findRecordTarget(CHECKLISTS, TARGETS, wanted, 'shop');
    if (problem === undefined) expect(lookup).toMatchObject({ ok: true, value: { id: wanted } });
    else expect(lookup.ok ? '' : lookup.problem).toMatch(problem);
  });
});

describe('measuringCommand', () => {
  test.each<[string, string]>([
    ['ttfb', 'npm run verify-web-vitals -- --project shop'],
    ['api-p95', 'npm run checklist -- record shop api-p95 <value> --source <text>'],
  ])('%s → %s', (id, command) => expect(measuringCommand(TARGETS.get(id)!, 'shop')).toBe(command));
});
