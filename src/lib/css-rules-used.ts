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

/** The class names and ids a selector requires, outside functional pseudo-classes (whose alternatives and negations are not required). */
export function requiredNames(selector: string): { classes: string[]; ids: string[] } {
  const required = { classes: [] as string[], ids: [] as string[] };
  for (const [, kind, name] of outsideParentheses(selector).matchAll(/([.#])((?:\\.|[\w-])+)/g)) (kind === '.' ? required.classes : required.ids).push(unescape(name!));
  return required;
}

/** Whether names required (see requiredNames) are all on the page. */
const present = (required: { classes: string[]; ids: string[] }, names: PageNames) => required.classes.every((name) => names.classes.has(name)) && required.ids.every((id) => names.ids.has(id));

/**
 * Whether a selector may match the page: every class and id it requires is on the page. It can
 * keep a selector that matches nothing, never drop one that matches: a rule kept for nothing
 * costs bytes, a rule dropped wrongly costs a wrong first paint.
 */
export function mayMatch(selector: string, names: PageNames): boolean {
  return present(requiredNames(selector), names);
}

/** Parses a stylesheet once, for picking from it page after page. */
export function parseStylesheet(css: string, from: string): Root {
  return postcss.parse(css, { from });
}

/** Whether a node sits inside `@keyframes` (whose "rules" are steps, not selectors). */
const inKeyframes = (node: Rule) => node.parent?.type === 'atrule' && /keyframes$/.test((node.parent as { name: string }).name);

/** The style rules of a sheet, in order, keyframe steps left out. */
function styleRules(root: Root): Rule[] {
  const rules: Rule[] = [];
  root.walkRules((rule) => {
    if (!inKeyframes(rule)) rules.push(rule);
  });
  return rules;
}

/** Removes the at-rules left without content (`@layer` statements, `@font-face` and the like never had rules, and stay). */
function removeEmptied(container: Container): void {
  container.each((node) => {
    if (node.type !== 'atrule' || !node.nodes || /keyframes$/.test(node.name)) return;
    removeEmptied(node);
    if (node.nodes.length === 0) node.remove();
  });
}

/**
 * Picks from one stylesheet the rules a page may use, in their order, with the at-rules around
 * them (`@layer`, `@media`, `@supports`), as CSS text. `always` lists selectors kept whatever the
 * page holds: those that match what scripts set before the first paint (the theme). Pages that
 * keep the same rules share one result, so a build of many alike pages picks each set once.
 */
export class RulePicker {
  readonly #sheet: Root;
  readonly #rules: Array<{ always: boolean; selectors: Array<ReturnType<typeof requiredNames>> }>;
  readonly #picked = new Map<string, string>();

  constructor(sheet: Root, always: readonly RegExp[] = []) {
    this.#sheet = sheet;
    this.#rules = styleRules(sheet).map((rule) => ({ always: always.some((pattern) => pattern.test(rule.selector)), selectors: rule.selectors.map(requiredNames) }));
  }

  /** The rules of the sheet the page with these names may use. */
  pick(names: PageNames): string {
    const keep = this.#rules.map((rule) => rule.always || rule.selectors.some((required) => present(required, names)));
    const key = keep.map((kept) => (kept ? '1' : '0')).join('');
    let css = this.#picked.get(key);
    if (css === undefined) {
      const copy = this.#sheet.clone();
      styleRules(copy).forEach((rule, index) => {
        if (!keep[index]) rule.remove();
      });
      removeEmptied(copy);
      css = copy.toString();
      this.#picked.set(key, css);
    }
    return css;
  }
}

/** The rules of a stylesheet a page may use (see RulePicker), for one page. */
export function rulesUsed(sheet: Root, names: PageNames, always: readonly RegExp[] = []): string {
  return new RulePicker(sheet, always).pick(names);
}
