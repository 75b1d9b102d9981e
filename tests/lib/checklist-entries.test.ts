import { describe, expect, test } from 'vitest';
import { checklistEntries } from '../../src/lib/checklist-entries.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import type { Pattern } from '../../src/lib/schema/pattern.ts';
import type { Target } from '../../src/lib/schema/target.ts';

const TARGETS = new Map<string, Target>([['ttfb', { id: 'ttfb', label: { fr: 'TTFB', en: 'TTFB' }, group: 'web', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide', measuredBy: 'verify-web-vitals' }]]);
const pattern = (id: string) => ({ id, title: { fr: id, en: id } }) as Pattern;
const PATTERNS = new Map([['caching', pattern('caching')], ['pagination', pattern('pagination')]]);
const item = (id: string, extra: Partial<Checklist['items'][number]>) => ({ id, label: { fr: id, en: id }, decidedBy: 'person' as const, patterns: [], targets: [], ...extra });
const CHECKLISTS: Checklist[] = [
  {
    id: 'performance',
    title: { fr: 'P', en: 'P' },
    description: { fr: 'P', en: 'P' },
    order: 0,
    items: [item('fast-pages', { decidedBy: 'measurement', target: 'ttfb', patterns: ['pagination', 'caching'] }), item('no-n-plus-one', { targets: ['ttfb'] })],
  },
];
const data = { checklists: CHECKLISTS, targets: TARGETS, patterns: PATTERNS };

describe('checklistEntries', () => {
  test('looks up the target a measurement judges and the patterns, in the item’s order', () => {
    const [measured] = checklistEntries(data, 'performance');
    expect(measured!.measuredAgainst?.id).toBe('ttfb');
    expect(measured!.patterns.map((entry) => entry.id)).toEqual(['pagination', 'caching']);
  });

  test('gives a person’s item no target, even when it serves one', () => {
    const [, manual] = checklistEntries(data, 'performance');
    expect(manual!.measuredAgainst).toBeUndefined();
    expect(manual!.patterns).toEqual([]);
  });

  test('names the known checklists when the id is unknown', () =>
    expect(() => checklistEntries(data, 'perf')).toThrow('no checklist "perf" in src/content/checklists/; expected one of performance.'));
});
