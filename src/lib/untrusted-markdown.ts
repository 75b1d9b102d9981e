import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { remarkUntrustedMarkdown } from './remark-untrusted-markdown.ts';

/** One processor for the whole build: making one loads and configures every plugin, and a build renders a pattern's Markdown many times. */
let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/**
 * Markdown written in the handbook's data files (pattern descriptions), as HTML that may format
 * text and never inject markup: raw HTML shown as text, unsafe links and images as their text
 * (remark-untrusted-markdown.ts).
 */
export async function untrustedMarkdownHtml(text: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [remarkUntrustedMarkdown] });
  return (await (await processor).render(text)).code;
}
