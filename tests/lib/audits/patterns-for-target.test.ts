import { describe, expect, test } from 'vitest';
import { patternsForTarget } from '../../../src/lib/audits/patterns-for-target.ts';
import type { Checklist } from '../../../src/lib/schema/checklist.ts';
import type { Pattern } from '../../../src/lib/schema/pattern.ts';

const pattern = (id: string, order: number, targets: string[]) => ({ id, order, targets, checklistItems: [] }) as unknown as Pattern;
const PATTERNS = new Map([pattern('caching', 1, ['api-p50']), pattern('n-plus-one', 0, ['api-p95']), pattern('indexes', 5, ['api-p95']), pattern('cdn', 9, [])].map((entry) => [entry.id, entry]));
const CHECKLISTS: Checklist[] = [
  { id: 'web', title: { fr: 'w', en: 'w' }, description: { fr: 'w', en: 'w' }, order: 0, items: [{ id: 'web-ttfb', label: { fr: 't', en: 't' }, decidedBy: 'measurement', target: 'ttfb', patterns: ['cdn', 'caching'], targets: [] }] },
];

describe('patternsForTarget', () => {
  test.each<[string, string[]]>([
    ['api-p95', ['n-plus-one', 'indexes']], // named by the patterns, in reading order
    ['ttfb', ['caching', 'cdn']], // through the checklist item the target decides
    ['api-p50', ['caching']],
    ['db-heavy-report', []], // nothing serves it
  ])('%s → %j', (id, expected) => {
    expect(patternsForTarget(id, { patterns: PATTERNS, checklists: CHECKLISTS }).map((entry) => entry.id)).toEqual(expected);
  });
});
