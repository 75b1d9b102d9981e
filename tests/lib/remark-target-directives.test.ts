import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import { remarkTargetDirectives } from '../../src/lib/remark-target-directives.ts';
import { targetSchema } from '../../src/lib/schema/target.ts';

const targets = new Map([
  ['api-p95', targetSchema.parse({ id: 'api-p95', label: { fr: 'Latence API P95', en: 'API latency P95' }, group: 'api', unit: 'ms', comparison: 'lt', value: 200, source: 'role-guide' })],
  ['db-heavy-report', targetSchema.parse({ id: 'db-heavy-report', label: { fr: 'Rapport lourd', en: 'Heavy report' }, group: 'database', unit: 'ms', comparison: 'lt', value: 2000, source: 'role-guide' })],
]);
const localeOf = (path: string) => (path.includes('/en/') ? 'en' : 'fr') as 'fr' | 'en';

/** Runs the plugin on a Markdown text as if it came from `path`. */
async function render(markdown: string, path: string): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkTargetDirectives, { targets, localeOf }).use(remarkStringify);
  const file = await processor.process({ value: markdown, path });
  return String(file).replace(/\u00a0/g, ' ').trim();
}

describe('remarkTargetDirectives', () => {
  test.each([
    ['the threshold in English', 'P95 must stay :target[api-p95].', '/docs/en/role.mdx', 'P95 must stay < 200 ms.'],
    ['whole seconds read as seconds', 'Reports: :target[db-heavy-report].', '/docs/en/role.mdx', 'Reports: < 2 s.'],
    ['the bare value', 'Budget :target-value[api-p95]', '/docs/role.mdx', 'Budget 200 ms'],
    ['the label in French', ':target-label[api-p95]', '/docs/role.mdx', 'Latence API P95'],
    ['other directives are left alone', 'A :kbd[Ctrl] key', '/docs/en/a.mdx', 'A :kbd[Ctrl] key'],
  ])('renders %s', async (_, markdown, path, expected) => {
    expect(await render(markdown, path)).toBe(expected);
  });

  test('an unknown id fails and names the file and line', async () => {
    await expect(render('One\n\nTwo :target[api-p59]', '/docs/en/audit.mdx')).rejects.toThrow(/\/docs\/en\/audit\.mdx:3: :target\[api-p59\] names no target/);
  });
});
