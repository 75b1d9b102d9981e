import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';

// Only Starlight's reading pages are a content collection. The data files (targets, checklists,
// patterns, projects…) are read once per build by src/io/load-catalog.ts, whose errors name the
// file, the field, the value found and what was expected; the pages take them from there.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
