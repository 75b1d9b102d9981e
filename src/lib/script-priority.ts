/** A module script the build wrote, without a priority of its own: deferred by nature, it runs after the page is parsed. */
export const MODULE_SCRIPT = /<script type="module" src="([^"]+)"(?![^>]*\bfetchpriority=)([^>]*)>/g;

/** The opening tag of a module script (matched by MODULE_SCRIPT: its `src` and what follows it) fetched at low priority. */
export const lowPriorityModuleScript = (src: string, rest: string) => `<script type="module" src="${src}" fetchpriority="low"${rest}>`;

/**
 * The page with each of its module scripts fetched at low priority (`fetchpriority="low"`).
 * They run after the page is parsed (theme picker, search, table of contents, copy buttons) and
 * never draw the first screen, so on a slow network they should not take bandwidth from what
 * does, nor count as what the first paint waits for.
 */
export function lowerModuleScriptPriority(html: string): string {
  return html.replace(MODULE_SCRIPT, (_, src: string, rest: string) => lowPriorityModuleScript(src, rest));
}
