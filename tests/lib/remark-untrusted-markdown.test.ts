import { describe, expect, test } from 'vitest';
import { untrustedMarkdownHtml as render } from '../../src/lib/untrusted-markdown.ts';

// What the Markdown component hands to the page: the plugin in the processor it uses.

describe('remarkUntrustedMarkdown', () => {
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

  test.each<[string, string, string]>([
    ['a javascript: link keeps only its text', '[click](javascript:alert(1))', '<p>click</p>'],
    ['a data: link keeps only its text', '[click](data:text/html,<script>alert(1)</script>)', '<p>click</p>'],
    ['an image from another site keeps only its alt text', '![tracker](https://evil.example/pixel.png)', '<p>tracker</p>'],
    ['an https link stays', '[docs](https://example.org/docs)', '<p><a href="https://example.org/docs">docs</a></p>'],
    ['a mailto link stays', '[mail](mailto:team@example.com)', '<p><a href="mailto:team@example.com">mail</a></p>'],
    ['a link on this site stays', '[targets](/targets/#ttfb)', '<p><a href="/targets/#ttfb">targets</a></p>'],
    ['an image on this site stays', '![chart](/img/chart.svg)', '<p><img src="/img/chart.svg" alt="chart"></p>'],
    ['a reference to a javascript: address keeps only its text', '[click][r]\n\n[r]: javascript:alert(1)', '<p>click</p>'],
    ['a reference to an image on another site keeps only its alt text', '![tracker][p]\n\n[p]: https://evil.example/pixel.png', '<p>tracker</p>'],
    ['a reference to an https address stays', '[docs][d]\n\n[d]: https://example.org/docs', '<p><a href="https://example.org/docs">docs</a></p>'],
    ['a reference to an image on this site stays', '![chart][c]\n\n[c]: /img/chart.svg', '<p><img src="/img/chart.svg" alt="chart"></p>'],
    ['a protocol-relative image (another site) keeps only its alt text', '![tracker](//evil.example/pixel.png)', '<p>tracker</p>'],
    ['a protocol-relative link keeps only its text', '[click](//evil.example/)', '<p>click</p>'],
    ['a backslash address, which browsers read as another site, keeps only its text', '[click](\\\\\\\\evil.example/)', '<p>click</p>'],
  ])('%s', async (_, markdown, html) => expect(await render(markdown)).toBe(html));
});
