import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { auditLoader } from './io/audits/audit-loader.ts';
import { auditSchema } from './lib/audits/audit-schema.ts';

// Starlight's reading pages are a content collection. The data files (targets, checklists,
// patterns, projects…) are read once per build by src/io/load-catalog.ts, whose errors name the
// file, the field, the value found and what was expected; the pages take them from there.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Each project's audits, src/content/audits/<project>/<YYYY-MM-DD>.yaml, id "<project>/<day>":
  // the loader validates them with the audit schema (errors name file, line and field) and keeps
  // each file's text as the entry's body, for the report's format findings.
  audits: defineCollection({ loader: auditLoader(), schema: auditSchema }),
};
