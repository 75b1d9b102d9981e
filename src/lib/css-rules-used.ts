import postcss, { type Container, type Root, type Rule } from 'postcss';

/**
 * What a page holds that a selector can ask for: its class names and ids. Read from the markup
 * as built; what scripts add later is left to the full stylesheet, which loads after.
 */
export interface PageNames {
  classes: ReadonlySet<string>;
  ids: ReadonlySet<string>;
}

/** Class and id attribute values of an HTML page. */
export function pageNames(html: string): PageNames {
  const classes = new Set<string>();
  const ids = new Set<string>();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of value!.split(/\s+/)) if (name) classes.add(name);
  for (const [, value] of html.matchAll(/\sid="([^"]*)"/g)) ids.add(value!);
  return { classes, ids };
}

/** A selector with the insides of its functional pseudo-classes (`:not(…)`, `:is(…)`, `:has(…)`…) and attribute selectors taken out. */
function outsideParentheses(selector: string): string {
  let out = '';
  let depth = 0;
  for (const char of selector) {
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (depth === 0) out += char;
  }
  return out;
}

/** CSS escapes in a name (`md\:sl-hidden`) undone, as the name reads in a class attribute. */
const unescape = (name: string) => name.replace(/\\([0-9a-fA-F]{1,6}\s?|.)/g, (_, escaped: string) => (/^[0-9a-fA-F]/.test(escaped) && escaped.trim().length > 1 ? String.fromCodePoint(parseInt(escaped, 16)) : escaped.trim() || escaped));

/**
 * Whether a selector may match the page: every class and id it requires (outside functional
 * pseudo-classes, whose alternatives and negations are not required) is on the page. It can keep
 * a selector that matches nothing, never drop one that matches: a rule kept for nothing costs
 * bytes, a rule dropped wrongly costs a wrong first paint.
 */
export function mayMatch(selector: string, names: PageNames): boolean {
  const plain = outsideParentheses(selector);
  for (const [, kind, name] of plain.matchAll(/([.#])((?:\\.|[\w-])+)/g)) {
    const set = kind === '.' ? names.classes : names.ids;
    if (!set.has(unescape(name!))) return false;
  }
  return true;
}

/** Parses a stylesheet once, for picking from it page after page. */
export function parseStylesheet(css: string, from: string): Root {
  return postcss.parse(css, { from });
}

/** Removes from `container` the rules that cannot match and the at-rules left empty; keeps `@layer` statements, `@font-face`, `@property` and the like. */
function prune(container: Container, keep: (rule: Rule) => boolean, always: readonly RegExp[]): void {
  container.each((node) => {
    if (node.type === 'rule') {
      if (node.parent?.type === 'atrule' && /keyframes$/.test(node.parent.name)) return;
      if (!always.some((pattern) => pattern.test(node.selector)) && !keep(node)) node.remove();
    } else if (node.type === 'atrule' && node.nodes) {
      if (/keyframes$/.test(node.name)) return;
      prune(node, keep, always);
      if (node.nodes.length === 0) node.remove();
    }
  });
}

/**
 * The rules of a stylesheet a page may use, in their order, with the at-rules around them
 * (`@layer`, `@media`, `@supports`), as CSS text. `always` lists selectors kept whatever the
 * page holds: those that match what scripts set before the first paint (the theme).
 */
export function rulesUsed(sheet: Root, names: PageNames, always: readonly RegExp[] = []): string {
  const copy = sheet.clone();
  prune(copy, (rule) => rule.selectors.some((selector) => mayMatch(selector, names)), always);
  return copy.toString();
}
