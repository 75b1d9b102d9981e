import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeFocusableTables } from '../../src/lib/rehype-focusable-tables.ts';

/** Markdown to HTML as the site's processor does it (GitHub tables), with the plugin. */
async function html(markdown: string): Promise<string> {
  return String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeFocusableTables).use(rehypeStringify).process(markdown));
}

describe('rehypeFocusableTables', () => {
  test('each Markdown table takes keyboard focus, and nothing else does', async () => {
    const out = await html('| Test | Length |\n|---|---|\n| Stress | 15 min |\n\nA [link](/x/) and `code`.\n\n| A |\n|---|\n| 1 |\n');
    expect(out.match(/<table[^>]*>/g)).toEqual(['<table tabindex="0">', '<table tabindex="0">']);
    expect(out.match(/tabindex/g)).toHaveLength(2);
  });

  test('a page without a table is left as it was', async () => {
    const markdown = '# Title\n\nSome *prose*.\n';
    const without = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown));
    expect(await html(markdown)).toBe(without);
  });
});
