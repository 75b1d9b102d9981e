import { isAlias, isNode, visit, type Alias, type Document, type Node } from 'yaml';
import { MAX_YAML_ALIAS_COUNT } from './content-limits.ts';

/** A path in a YAML document: map keys and sequence indexes. */
export type YamlPath = ReadonlyArray<string | number>;

/** What an alias stands for, written out in full: a plain copy with no anchor and no alias left in it, and the alias's own comments. */
function writtenOut(document: Document, alias: Alias): Node {
  const source = alias.resolve(document);
  if (source === undefined) throw new Error(`the alias *${alias.source} has no anchor &${alias.source} before it`);
  const copy = document.createNode(source.toJS(document, { maxAliasCount: MAX_YAML_ALIAS_COUNT }), { aliasDuplicateObjects: false }) as Node;
  copy.commentBefore = alias.commentBefore;
  copy.comment = alias.comment;
  return copy;
}

/**
 * Sets `value` at `path` so that every other alias keeps its meaning. Replacing a node defined
 * with an anchor (`no-n-plus-one: &done`) would leave the aliases that repeat it (`load-smoke:
 * *done`) pointing at nothing ("Unresolved alias"), and editing inside an anchored collection
 * would change its aliases too: each such alias is first written out in full, as the copy it
 * stood for. An alias on the path itself is written out before the edit goes through it. Nodes
 * and comments elsewhere are left as they are.
 */
export function setInKeepingAliases(document: Document, path: YamlPath, value: Node): void {
  for (let depth = 1; depth < path.length; depth++) {
    const step = document.getIn(path.slice(0, depth), true);
    if (isAlias(step)) document.setIn(path.slice(0, depth), writtenOut(document, step));
  }
  // What the edit changes: the node it replaces, everything inside that node, and each collection on the way to it.
  const replaced = document.getIn(path, true);
  const changed = new Set<unknown>([document.contents]);
  for (let depth = 1; depth < path.length; depth++) changed.add(document.getIn(path.slice(0, depth), true));
  if (isNode(replaced)) visit(replaced, (_, node) => void changed.add(node));
  visit(document, (_, node) => {
    if (node === replaced) return visit.SKIP;
    if (isAlias(node) && changed.has(node.resolve(document))) return writtenOut(document, node);
    return undefined;
  });
  document.setIn(path, value);
}
