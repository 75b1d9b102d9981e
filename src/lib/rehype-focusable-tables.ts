import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Every table written in the guides' Markdown can be reached from the keyboard. Starlight makes
 * a content table its own scroll box, so on a phone a wide table scrolls sideways, and a reader
 * without a pointer can only scroll what can take focus (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`). Whether a table overflows depends on the screen, so each one
 * gets its tab stop.
 */
export function rehypeFocusableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') node.properties.tabIndex = 0;
    });
  };
}
