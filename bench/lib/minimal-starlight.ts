// A minimal Starlight site, written from code: the default configuration and one docs page,
// the reference the handbook's pages are measured against.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from './astro-site.ts';
import { proseMarkdown } from './prose.ts';

/** The path of the one page of the minimal site. */
export const MINIMAL_PAGE = '/guide/';

/** Starlight with nothing but a title. */
const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [starlight({ title: 'Minimal Starlight' })] });
`;

/** Starlight's docs collection, as its getting-started guide sets it up. */
const CONTENT_CONFIG = `import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The favicon Starlight links to by default, as its starter template ships one (without it the console logs a 404). */
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#6b4fbb"/></svg>\n';

/** Writes the site into `dir` (replacing what was there) with one page of about `proseChars` characters of text. */
export function writeMinimalStarlight(dir: string, proseChars: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  mkdirSync(join(dir, 'public'), { recursive: true });
  writeFileSync(join(dir, 'public/favicon.svg'), FAVICON);
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  const page = `---\ntitle: A guide to performance work\ndescription: How a team measures, plans and improves the speed of its services.\n---\n\n${proseMarkdown(proseChars)}`;
  writeFileSync(join(dir, 'src/content/docs/guide.md'), page);
  linkNodeModules(dir);
}

/** The visible text of a built page's <main>, tags and scripts removed, to compare prose lengths. */
export function mainTextLength(html: string): number {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  const text = main
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length;
}
