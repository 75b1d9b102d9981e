import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { APPLY_DEFERRED_STYLESHEETS_HASH, inlineCriticalCssInBuild } from './src/io/critical-css.ts';
import { buildCatalog } from './src/io/load-catalog.ts';
import { starlightInlineScriptHashes } from './src/io/starlight-inline-scripts.ts';
import { rehypeFocusableTables } from './src/lib/rehype-focusable-tables.ts';
import { remarkTargetDirectives } from './src/lib/remark-target-directives.ts';
import { sidebar } from './src/sidebar.ts';

// Read once at start-up: the remark plugin and the sidebar need the data before any page renders, and the pages reuse it.
const catalog = buildCatalog();

/** French pages sit at the root, English pages under `en/`. */
const localeOf = (path: string) => (/[\\/]docs[\\/]en[\\/]/.test(path) ? 'en' : 'fr');

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  server: { host: '127.0.0.1', port: 4321 },
  // Every page carries a Content-Security-Policy listing the hashes of its own scripts and styles,
  // so a script injected through content can never run, and nothing loads from another origin.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search index is WebAssembly, which a script-src must allow by name.
      // The pages' inline scripts: Starlight's own, and the one that applies the stylesheets loaded without blocking (see below).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [...starlightInlineScriptHashes(), APPLY_DEFERRED_STYLESHEETS_HASH] },
      // Expressive Code colours code tokens with style attributes; styles cannot run script.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    // Astro's unified (remark/rehype) processor, so our plugins run on every page.
    processor: unified({ remarkPlugins: [[remarkTargetDirectives, { targets: catalog.targets, localeOf }]], rehypePlugins: [rehypeFocusableTables] }),
  },
  integrations: [
    starlight({
      title: { fr: 'Perf Handbook', en: 'Perf Handbook' },
      description: 'Le manuel de l’ingénierie de performance, avec des checklists qui se vérifient.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Français', lang: 'fr' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: sidebar(catalog),
      customCss: ['./src/styles/handbook.css'],
      // Long lines wrap instead of scrolling, so no code block is a scroll region a keyboard cannot reach.
      expressiveCode: { defaultProps: { wrap: true } },
      lastUpdated: false,
      // Escapes the <title> Starlight writes as raw HTML (see the file).
      routeMiddleware: './src/starlight/route-data.ts',
      pagination: true,
    }),
    mdx(),
    {
      // A page paints with the CSS it carries: the rules it uses ship inline, the full stylesheets
      // load without blocking (src/io/critical-css.ts), so no round trip stands before its first paint.
      name: 'perf-handbook:critical-css',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = performance.now();
          const pages = await inlineCriticalCssInBuild(fileURLToPath(dir));
          const chars = [...pages.values()].map((page) => page.inlineChars);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`${pages.size} pages carry their critical CSS inline (${Math.min(...chars)} to ${Math.max(...chars)} characters), the stylesheets load without blocking (${seconds} s)`);
        },
      },
    },
  ],
});
