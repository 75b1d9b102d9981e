import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Finds the line of a value in a YAML text from its path (`['plan', 'actions', 2, 'priority']`). */
export type LineOf = (path: readonly PropertyKey[]) => number;

/**
 * Reads a YAML text once and returns the finder of its lines, 1-based. A path ending on a key gives
 * the line of that key; a path that goes past what the file holds (a field the schema reports as
 * missing) gives the line of the deepest part that exists, so a message still points near it.
 */
export function yamlLines(text: string): LineOf {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
  const lineAt = (offset: number) => counter.linePos(offset).line;
  return (path) => {
    let node: unknown = document.contents;
    let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(key));
        if (pair === undefined) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (item === undefined) break;
        if ((item as Node).range) line = lineAt((item as Node).range![0]);
        node = item;
      } else break;
    }
    return line;
  };
}
