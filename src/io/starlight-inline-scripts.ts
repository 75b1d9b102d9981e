import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A `<script is:inline>` block of an Astro component, whose body Astro writes into the page unchanged. */
const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** Every `.astro` file under a folder, nested `node_modules` left out. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : astroFiles(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

/** The hash (`sha256-…`, as Astro's CSP config takes it) that allows an inline script with exactly this body. */
export function scriptHash(body: string): string {
  return `sha256-${createHash('sha256').update(body).digest('base64')}`;
}

/**
 * The hashes of Starlight's own `is:inline` scripts (search shortcut, theme picker, sidebar
 * state). Astro's CSP hashes only the scripts it bundles, so without these the policy would block
 * Starlight itself. They are read from the installed Starlight, so an upgrade brings its new
 * scripts along; nothing written in a content file can ever match one of them.
 */
export function starlightInlineScriptHashes(): Array<`sha256-${string}`> {
  // Starlight's exports do not list package.json; its main entry sits in dist/.
  const dist = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  const hashes = astroFiles(dist).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)].map((match) => scriptHash(match[1]!)));
  return [...new Set(hashes)].sort() as Array<`sha256-${string}`>;
}
