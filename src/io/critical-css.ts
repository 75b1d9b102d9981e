// After the build: each page carries the CSS rules it uses in a <style> of its own, and loads the
// full stylesheets without blocking its first paint. Without this, Starlight's stylesheet (and
// Expressive Code's, on pages with code) cost a round trip before anything shows, which on a phone
// network is the largest part of the first paint. The full sheets still load on every page, from
// the cache after the first visit, for what scripts add later (search results, opened menus).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { addPolicySources, sha256Source } from '../lib/csp-sources.ts';
import { pageNames, parseStylesheet, RulePicker } from '../lib/css-rules-used.ts';
import { lowerModuleScriptPriority, lowPriorityModuleScript, MODULE_SCRIPT } from '../lib/script-priority.ts';

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
 * A stylesheet link or a module script, in one pass: a large build spends most of this step
 * copying pages, so each page is rewritten by one replace and a few slices joined once.
 */
const LINK_OR_MODULE_SCRIPT = new RegExp(`${STYLESHEET_LINK.source}|${MODULE_SCRIPT.source}`, 'g');

/**
 * One page: the rules its stylesheets apply to its elements go into a <style> where the head's
 * stylesheet was, and each stylesheet stays where it was but as `media="print"` (which never
 * blocks rendering), switched to all media once loaded by a script at the end of the body, with a
 * <noscript> copy for readers without scripts. The page's policy gets the hash of its new
 * <style>. Its module scripts are fetched at low priority (see script-priority.ts). A page
 * without stylesheets keeps its CSS as it was.
 */
export function inlineCriticalCss(html: string, picker: (href: string) => RulePicker, page = 'the page'): { html: string; result: CriticalCssResult | undefined } {
  const hrefs = [...new Set((html.match(STYLESHEET_LINK) ?? []).map((link) => link.match(/href="([^"]+)"/)![1]!))];
  if (hrefs.length === 0) return { html: lowerModuleScriptPriority(html), result: undefined };
  const headEnd = html.indexOf('</head>');
  const firstLink = html.search(STYLESHEET_LINK);
  if (headEnd === -1 || firstLink > headEnd) throw new Error(`${page}: its first stylesheet (${hrefs[0]}) is not in the head`);
  const names = pageNames(html);
  const css = hrefs.map((href) => picker(href).pick(names)).join('');
  const seen = new Set<string>();
  const rewritten = html.replace(LINK_OR_MODULE_SCRIPT, (tag, href: string | undefined, src: string | undefined, rest: string | undefined) => {
    if (href === undefined) return lowPriorityModuleScript(src!, rest!);
    if (seen.has(href)) return '';
    seen.add(href);
    const link = `<link rel="stylesheet" href="${href}" media="print" ${DEFERRED_MEDIA_ATTRIBUTE}="all"><noscript><link rel="stylesheet" href="${href}"></noscript>`;
    return seen.size === 1 ? `<style>${css}</style>${link}` : link;
  });
  // The policy is in the head, which is all that is searched for it.
  const newHeadEnd = rewritten.indexOf('</head>');
  const head = addPolicySources(rewritten.slice(0, newHeadEnd), 'style-src', [sha256Source(css)], page);
  const bodyEnd = rewritten.lastIndexOf('</body>');
  if (bodyEnd === -1) throw new Error(`${page} has no </body> to put the stylesheets' switch before`);
  const out = head + rewritten.slice(newHeadEnd, bodyEnd) + `<script>${APPLY_DEFERRED_STYLESHEETS}</script>` + rewritten.slice(bodyEnd);
  return { html: out, result: { inlineChars: css.length, deferred: [...seen] } };
}

/** Rewrites these pages of the build in `dir` in place (their CSS and module scripts as above), in this thread; what each became, by path. */
export function inlineCriticalCssInPages(dir: string, files: readonly string[]): Array<[string, CriticalCssResult]> {
  const picker = stylesheetPickers(dir);
  const results: Array<[string, CriticalCssResult]> = [];
  for (const file of files) {
    const { html, result } = inlineCriticalCss(readFileSync(file, 'utf8'), picker, file);
    writeFileSync(file, html);
    if (result) results.push([file, result]);
  }
  return results;
}

/**
 * Below this many pages the step runs in the build's own thread: starting a worker (a Node
 * thread that loads postcss and parses the stylesheets again) costs more than it saves.
 */
export const PAGES_PER_WORKER = 250;

/** Threads for a build of this many pages: one per core, at most one per PAGES_PER_WORKER pages. */
export const workersFor = (pages: number, cores = availableParallelism()) => Math.max(1, Math.min(cores, Math.floor(pages / PAGES_PER_WORKER)));

/** One share of the pages, rewritten in a worker thread (critical-css-worker.ts). */
function inWorker(dir: string, files: string[]): Promise<Array<[string, CriticalCssResult]>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./critical-css-worker.ts', import.meta.url), { workerData: { dir, files } });
    worker.once('message', (message: { results?: Array<[string, CriticalCssResult]>; error?: string }) => (message.error === undefined ? resolve(message.results!) : reject(new Error(message.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the critical CSS worker stopped (exit code ${code}) before rewriting its ${files.length} pages`)));
  });
}

/**
 * Every page of the build in `dir`, rewritten in place (its CSS and module scripts as above);
 * resolves with what each became, by path. A large build shares its pages among worker threads,
 * one per core: the step runs after Astro has finished, when the cores are free.
 */
export async function inlineCriticalCssInBuild(dir: string, threads?: number): Promise<Map<string, CriticalCssResult>> {
  const files = htmlFiles(dir);
  const workers = threads ?? workersFor(files.length);
  if (workers <= 1) return new Map(inlineCriticalCssInPages(dir, files));
  const shares = Array.from({ length: workers }, (_, share) => files.filter((_, index) => index % workers === share));
  return new Map((await Promise.all(shares.map((share) => inWorker(dir, share)))).flat());
}
