// After the build: each page carries the CSS rules it uses in a <style> of its own, and loads the
// full stylesheets without blocking its first paint. Without this, Starlight's stylesheet (and
// Expressive Code's, on pages with code) cost a round trip before anything shows, which on a phone
// network is the largest part of the first paint. The full sheets still load on every page, from
// the cache after the first visit, for what scripts add later (search results, opened menus).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPolicySources, sha256Source } from '../lib/csp-sources.ts';
import { pageNames, parseStylesheet, RulePicker } from '../lib/css-rules-used.ts';
import { lowerModuleScriptPriority } from '../lib/script-priority.ts';

/** The attribute a deferred stylesheet carries: the media it applies to once loaded. */
export const DEFERRED_MEDIA_ATTRIBUTE = 'data-ph-media';

/**
 * Applies each deferred stylesheet once it has loaded (at once when it already has). An inline
 * script of fixed text, so the policy allows it by its hash; without scripts the pages load the
 * sheets from a <noscript> instead.
 */
export const APPLY_DEFERRED_STYLESHEETS = `document.querySelectorAll('link[${DEFERRED_MEDIA_ATTRIBUTE}]').forEach(function (l) { function on() { l.media = l.getAttribute('${DEFERRED_MEDIA_ATTRIBUTE}'); } if (l.sheet) on(); else l.addEventListener('load', on); });`;

/** The hash (`sha256-…`, as Astro's CSP config takes it) that allows the script above. */
export const APPLY_DEFERRED_STYLESHEETS_HASH = sha256Source(APPLY_DEFERRED_STYLESHEETS).slice(1, -1) as `sha256-${string}`;

/**
 * Rules kept whatever the page holds: they match attributes that scripts set before the first
 * paint (the theme chosen, `data-theme`) or on a tap (an opened menu, `aria-expanded`).
 */
const ALWAYS_KEPT = [/data-theme/, /aria-expanded/];

/** A stylesheet link the build wrote: in the head (Starlight's) or in the body (Expressive Code's, before the first code block). */
const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"\s*\/?>/g;

/** What one page became. */
export interface CriticalCssResult {
  /** Characters of CSS the page now carries inline. */
  inlineChars: number;
  /** The stylesheets it now loads without blocking. */
  deferred: string[];
}

/** Every HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).map((path) => join(dir, path));
}

/** Reads and parses each stylesheet of the build once, however many pages use it, and picks from it for each page. */
export function stylesheetPickers(dir: string): (href: string) => RulePicker {
  const pickers = new Map<string, RulePicker>();
  return (href) => {
    let picker = pickers.get(href);
    if (!picker) {
      const path = join(dir, href);
      picker = new RulePicker(parseStylesheet(readFileSync(path, 'utf8'), path), ALWAYS_KEPT);
      pickers.set(href, picker);
    }
    return picker;
  };
}

/**
 * One page: the rules its stylesheets apply to its elements go into a <style> where the head's
 * stylesheet was, and each stylesheet stays where it was but as `media="print"` (which never
 * blocks rendering), switched to all media once loaded by a script at the end of the body, with a
 * <noscript> copy for readers without scripts. The page's policy gets the hash of its new
 * <style>. A page without stylesheets is left as is.
 */
export function inlineCriticalCss(html: string, picker: (href: string) => RulePicker, page = 'the page'): { html: string; result: CriticalCssResult | undefined } {
  const links = [...html.matchAll(STYLESHEET_LINK)];
  if (links.length === 0) return { html, result: undefined };
  const first = links[0]!;
  if (first.index > html.indexOf('</head>')) throw new Error(`${page}: its first stylesheet (${first[1]}) is not in the head`);
  const names = pageNames(html);
  const css = [...new Set(links.map((link) => link[1]!))].map((href) => picker(href).pick(names)).join('');
  const seen = new Set<string>();
  const deferred = html.replace(STYLESHEET_LINK, (tag, href: string) => {
    if (seen.has(href)) return '';
    seen.add(href);
    const link = `<link rel="stylesheet" href="${href}" media="print" ${DEFERRED_MEDIA_ATTRIBUTE}="all"><noscript><link rel="stylesheet" href="${href}"></noscript>`;
    return seen.size === 1 ? `<style>${css}</style>${link}` : link;
  });
  const bodyEnd = deferred.lastIndexOf('</body>');
  if (bodyEnd === -1) throw new Error(`${page} has no </body> to put the stylesheets' switch before`);
  const out = `${deferred.slice(0, bodyEnd)}<script>${APPLY_DEFERRED_STYLESHEETS}</script>${deferred.slice(bodyEnd)}`;
  return { html: addPolicySources(out, 'style-src', [sha256Source(css)], page), result: { inlineChars: css.length, deferred: [...seen] } };
}

/** Every page of the build in `dir`, rewritten in place (its CSS as above, its module scripts fetched at low priority); resolves with what each became, by path. */
export function inlineCriticalCssInBuild(dir: string): Map<string, CriticalCssResult> {
  const picker = stylesheetPickers(dir);
  const results = new Map<string, CriticalCssResult>();
  for (const file of htmlFiles(dir)) {
    const { html, result } = inlineCriticalCss(readFileSync(file, 'utf8'), picker, file);
    writeFileSync(file, lowerModuleScriptPriority(html));
    if (result) results.set(file, result);
  }
  return results;
}
