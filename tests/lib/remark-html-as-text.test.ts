import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { remarkHtmlAsText } from '../../src/lib/remark-html-as-text.ts';

// The processor the Markdown component uses, with the plugin: what reaches the page.
const processor = await createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [remarkHtmlAsText] });
const render = async (text: string) => (await processor.render(text)).code;

describe('remarkHtmlAsText', () => {
  test.each<[string, string, string]>([
    ['a script block', '<script>alert(1)</script>', '&#x3C;script>alert(1)&#x3C;/script>'],
    ['an inline image with a handler', 'Before <img src=x onerror=alert(1)> after', 'Before &#x3C;img src=x onerror=alert(1)> after'],
    ['a closing title', 'x</title><title>', 'x&#x3C;/title>&#x3C;title>'],
  ])('shows %s as text', async (_, markdown, escaped) => {
    const html = await render(markdown);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<(script|img|title)\b/);
  });

  test('keeps Markdown formatting', async () => {
    expect(await render('Use **keyset** pagination, `WHERE id > ?`.')).toBe('<p>Use <strong>keyset</strong> pagination, <code>WHERE id > ?</code>.</p>');
  });
});
