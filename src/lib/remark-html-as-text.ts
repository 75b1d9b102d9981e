import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * A remark plugin that turns raw HTML written in Markdown into plain text: the data files' Markdown
 * (pattern descriptions) may format text, but an `<img onerror>` or a `<script>` in it is shown as
 * the characters it is, never parsed as markup.
 */
export function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      parent.children.splice(index, 1, { type: 'text', value: node.value });
    });
  };
}
