import { describe, expect, test } from 'vitest';
import { patternServes } from '../../src/lib/pattern-serves.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import type { Pattern } from '../../src/lib/schema/pattern.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const target = (id: string): Target => ({ id, label: { fr: id, en: id }, group: 'api', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy: 'record' });
const TARGETS = new Map([target('api-p95'), target('api-p99')].map((entry) => [entry.id, entry]));
const item = (id: string) => ({ id, label: { fr: id, en: id }, decidedBy: 'person' as const, patterns: [], targets: [] });
const checklist = (id: string, items: string[]): Checklist => ({ id, title: { fr: id, en: id }, description: { fr: id, en: id }, order: 0, items: items.map(item) });
const CHECKLISTS = [checklist('performance', ['no-n-plus-one', 'cache-hot-reads']), checklist('audit', ['profile-hot-paths'])];
const pattern = (targets: string[], checklistItems: string[]) => ({ id: 'caching', targets, checklistItems }) as Pattern;
const data = { targets: TARGETS, checklists: CHECKLISTS };

describe('patternServes', () => {
  test('looks up the targets and the items with their checklist, in the pattern’s order', () => {
    const serves = patternServes(pattern(['api-p99', 'api-p95'], ['profile-hot-paths', 'cache-hot-reads']), data);
    expect(serves.targets.map((entry) => entry.id)).toEqual(['api-p99', 'api-p95']);
    expect(serves.items.map(({ item, checklist }) => `${checklist.id}/${item.id}`)).toEqual(['audit/profile-hot-paths', 'performance/cache-hot-reads']);
  });

  test('serves nothing when the pattern names nothing', () => expect(patternServes(pattern([], []), data)).toEqual({ targets: [], items: [] }));

  test.each([
    // a target no entry defines
    [['api-p50'], [], 'pattern "caching" names target "api-p50", which the catalog does not have'],
    // an item no checklist has
    [[], ['gone'], 'pattern "caching" names checklist item "gone", which no checklist has'],
  ])('names a broken reference: %o %o', (targets, items, message) => expect(() => patternServes(pattern(targets, items), data)).toThrow(message));
});
