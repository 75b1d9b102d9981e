import { describe, expect, test } from 'vitest';
import { findBrokenReferences } from '../../src/lib/cross-references.ts';
import type { Catalog } from '../../src/lib/schema/catalog.ts';
import { checklistSchema } from '../../src/lib/schema/checklist.ts';
import { projectSchema } from '../../src/lib/schema/project.ts';
import { targetSchema } from '../../src/lib/schema/target.ts';
import type { Pattern } from '../../src/lib/schema/pattern.ts';

const both = (text: string) => ({ fr: text, en: text });
const files = { checklist: (id: string) => `checklists/${id}.yaml`, pattern: (id: string) => `patterns/${id}.yaml`, project: (id: string) => `projects/${id}.yaml` };

/** A small consistent catalog, with `change` applied to break one link. */
function catalog(change: (c: Catalog) => void = () => {}): Catalog {
  const c: Catalog = {
    targets: new Map([['ttfb', targetSchema.parse({ id: 'ttfb', label: both('TTFB'), group: 'web', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide' })]]),
    slos: [], alertRules: [], scalingTriggers: [], loadScenarios: [],
    checklists: [checklistSchema.parse({ id: 'web', title: both('Web'), description: both('d'), order: 0, items: [{ id: 'web-ttfb', label: both('TTFB'), decidedBy: 'measurement', target: 'ttfb', patterns: ['cdn'] }] })],
    patterns: new Map([['cdn', { id: 'cdn', targets: ['ttfb'], checklistItems: ['web-ttfb'] } as unknown as Pattern]]),
    projects: new Map([['shop', projectSchema.parse({ name: 'Shop', description: 'd', owner: { name: 'T' }, targets: { ttfb: { value: 300, reason: 'r' } } })]]),
  };
  change(c);
  return c;
}

describe('findBrokenReferences', () => {
  test('finds nothing in a consistent catalog', () => expect(findBrokenReferences(catalog(), files)).toEqual([]));

  test.each<[string, (c: Catalog) => void, RegExp]>([
    ['an item naming an unknown target', (c) => (c.checklists[0]!.items[0]!.target = 'ttbf'), /checklists\/web\.yaml: field `items\[0\]\.target` is "ttbf"/],
    ['an item naming an unknown pattern', (c) => (c.checklists[0]!.items[0]!.patterns = ['cnd']), /`items\[0\]\.patterns\[0\]` is "cnd": expected the id of an existing pattern/],
    ['a pattern naming an unknown item', (c) => (c.patterns.get('cdn')!.checklistItems = ['web-tffb']), /patterns\/cdn\.yaml: field `checklistItems\[0\]` is "web-tffb"/],
    ['a pattern whose id differs from its file', (c) => (c.patterns.get('cdn')!.id = 'cdn-assets'), /`id` is "cdn-assets": expected "cdn"/],
    ['a project overriding an unknown target', (c) => (c.projects.get('shop')!.targets = { tffb: { value: 1, reason: 'r' } }), /projects\/shop\.yaml: field `targets\.tffb`/],
    ['a project recording state for an unknown item', (c) => (c.projects.get('shop')!.items = { nope: { state: 'done' } }), /`items\.nope` is "nope": expected the id of an existing checklist item/],
    ['two items sharing an id', (c) => c.checklists.push(checklistSchema.parse({ id: 'other', title: both('O'), description: both('d'), order: 1, items: [{ id: 'web-ttfb', label: both('x'), decidedBy: 'person' }] })), /no other checklist item uses/],
  ])('reports %s', (_, change, message) => {
    const problems = findBrokenReferences(catalog(change), files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});
