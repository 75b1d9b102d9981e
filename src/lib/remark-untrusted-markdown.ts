import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isHttpUrl } from './http-url.ts';

/**
 * A link or image target that stays on the handbook's own site: a path, a fragment, or a relative
 * file. Never `//host/…` nor `/\host/…` or `\host`, which a browser reads as another site.
 */
const SAME_SITE = /^(?:\/(?![/\\])|[#.]|[^:/?#\\]+(?:[/?#]|$))/;

/** True for a link a reader may follow: http(s), mailto, or a place on this site; never javascript:, data: or another scheme. */
function isSafeLink(url: string): boolean {
  return isHttpUrl(url) || url.startsWith('mailto:') || SAME_SITE.test(url);
}

/**
 * A remark plugin for Markdown written in data files (pattern descriptions): it may format text,
 * never inject markup. Raw HTML is shown as the characters it is; a link to anything but http(s),
 * mailto or this site (a `javascript:` URL, say) keeps only its text; an image from another site
 * keeps only its alt text, since the pages' policy would refuse to load it anyway. A reference
 * (`[text][ref]` with `[ref]: url` elsewhere) is judged by the address it refers to.
 */
export function remarkUntrustedMarkdown() {
  return (tree: Root) => {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node) => {
      definitions.set(node.identifier, node.url);
    });
    // A reference to no definition renders as its text; one to an unknown address is treated as unsafe.
    const referred = (identifier: string) => definitions.get(identifier) ?? '';
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.type === 'html') parent.children.splice(index, 1, { type: 'text', value: node.value });
      else if (node.type === 'link' && !isSafeLink(node.url)) parent.children.splice(index, 1, ...node.children);
      else if (node.type === 'linkReference' && !isSafeLink(referred(node.identifier))) parent.children.splice(index, 1, ...node.children);
      else if (node.type === 'image' && !SAME_SITE.test(node.url)) parent.children.splice(index, 1, { type: 'text', value: node.alt ?? '' });
      else if (node.type === 'imageReference' && !SAME_SITE.test(referred(node.identifier))) parent.children.splice(index, 1, { type: 'text', value: node.alt ?? '' });
    });
  };
}
