// Plain Starlight with the same generated pattern pages as MDX docs pages, in French at the
// root and English under /en/ as the handbook builds them: the reference for build time.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from './astro-site.ts';
import { modelPattern } from './handbook-1000.ts';
import { generatedId, generatedPattern, patternMdx } from './pattern-pages.ts';

/** Starlight with a title and the handbook's two locales, nothing else. */
const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Plain Starlight',
      defaultLocale: 'root',
      locales: { root: { label: 'Français', lang: 'fr' }, en: { label: 'English', lang: 'en' } },
    }),
  ],
});
`;

/** Starlight's docs collection, as its getting-started guide sets it up. */
const CONTENT_CONFIG = `import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Writes the site into `dir` (replacing what was there) with `count` pattern pages in each language. */
export function writeStarlightWithPatterns(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'patterns'), { recursive: true });
  mkdirSync(join(docs, 'en/patterns'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  const base = modelPattern();
  for (let n = 1; n <= count; n += 1) {
    const pattern = generatedPattern(base, n);
    writeFileSync(join(docs, 'patterns', `${generatedId(n)}.mdx`), patternMdx(pattern, 'fr'));
    writeFileSync(join(docs, 'en/patterns', `${generatedId(n)}.mdx`), patternMdx(pattern, 'en'));
  }
  linkNodeModules(dir);
}
