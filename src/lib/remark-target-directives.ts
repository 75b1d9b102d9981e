import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { formatThreshold, formatValue } from './format.ts';
import type { Locale } from './schema/localized.ts';
import type { Target } from './schema/target.ts';

/** What the plugin needs: the targets by id, and how to tell a file's language from its path. */
export interface TargetDirectiveOptions {
  targets: ReadonlyMap<string, Target>;
  localeOf: (filePath: string) => Locale;
}

/** The directive names this plugin answers to. */
const DIRECTIVES = new Set(['target', 'target-value', 'target-label']);

/**
 * Replaces `:target[id]` with the target's threshold ("< 200 ms"), `:target-value[id]` with its
 * value ("200 ms") and `:target-label[id]` with its label, in the page's language, so no figure of
 * the targets file is typed again in prose. An unknown id fails the build and names the file.
 */
export function remarkTargetDirectives(options: TargetDirectiveOptions) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '(unknown file)';
    const locale = options.localeOf(path);
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (!DIRECTIVES.has(node.name) || parent === undefined || index === undefined) return;
      const id = node.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
      const target = options.targets.get(id);
      if (target === undefined) {
        const line = node.position?.start.line ?? '?';
        throw new Error(`${path}:${line}: :${node.name}[${id}] names no target; expected one of ${[...options.targets.keys()].join(', ')}.`);
      }
      const text =
        node.name === 'target'
          ? formatThreshold(target.comparison, target.value, target.unit, locale)
          : node.name === 'target-value'
            ? formatValue(target.value, target.unit, locale)
            : target.label[locale];
      parent.children.splice(index, 1, { type: 'text', value: text });
    });
  };
}
