import postcss, { type Container, type Root, type Rule } from 'postcss';

/**
 * What a page holds that a selector can ask for: its class names and ids. Read from the markup
 * as built; what scripts add later is left to the full stylesheet, which loads after.
 */
export interface PageNames {
  classes: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  /** Element names, lower case. */
  tags: ReadonlySet<string>;
}

/**
 * Class and id attribute values, and element names, of an HTML page. A build runs this over every
 * page, and a page of a large site repeats the same tags and classes thousands of times (its
 * sidebar), so each distinct piece of text is read once: the matches are plain strings, gathered
 * into sets before they are taken apart.
 */
export function pageNames(html: string): PageNames {
  const distinct = (pattern: RegExp) => new Set(html.match(pattern) ?? []);
  const tags = new Set([...distinct(/<[a-zA-Z][\w-]*/g)].map((tag) => tag.slice(1).toLowerCase()));
  const classes = new Set<string>();
  for (const attribute of distinct(/\sclass="[^"]*"/g)) for (const name of attribute.slice(8, -1).split(/\s+/)) if (name) classes.add(name);
  const ids = new Set([...distinct(/\sid="[^"]*"/g)].map((attribute) => attribute.slice(5, -1)));
  return { classes, ids, tags };
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

/** What a selector requires of a page (see requiredNames). */
export interface Required {
  classes: string[];
  ids: string[];
  tags: string[];
  /** The selector applies only while a reader hovers, focuses or presses something, never at the first paint. */
  interactive: boolean;
}

/** Pseudo-classes that hold only once a reader acts. */
const INTERACTIVE = /:(hover|focus|focus-visible|focus-within|active)(?![\w-])/;

/** The class names, ids and element names a selector requires, outside functional pseudo-classes (whose alternatives and negations are not required). */
export function requiredNames(selector: string): Required {
  const plain = outsideParentheses(selector);
  const required: Required = { classes: [], ids: [], tags: [], interactive: INTERACTIVE.test(plain) };
  for (const [, kind, name] of plain.matchAll(/([.#])((?:\\.|[\w-])+)/g)) (kind === '.' ? required.classes : required.ids).push(unescape(name!));
  // An element name starts a compound: at the start, or after a space or a combinator.
  for (const [, tag] of plain.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)) required.tags.push(tag!.toLowerCase());
  return required;
}

/** Whether a selector with these requirements may match the page at its first paint. */
const present = (required: Required, names: PageNames) =>
  !required.interactive && required.classes.every((name) => names.classes.has(name)) && required.ids.every((id) => names.ids.has(id)) && required.tags.every((tag) => names.tags.has(tag));

/**
 * Whether a selector may match the page at its first paint: every class, id and element name it
 * requires is on the page, and it needs no hover or focus. It can keep a selector that matches
 * nothing, never drop one that matches: a rule kept for nothing costs bytes, a rule dropped
 * wrongly costs a wrong first paint.
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
