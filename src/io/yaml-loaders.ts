import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { z } from 'zod';
import { readYamlFile, readYamlFolder } from './read-yaml.ts';

/** A content-layer loader for a folder of YAML files, one entry per file, validated by our schema. */
export function yamlFolderLoader(dir: string, schema: z.ZodType): Loader {
  return {
    name: 'perf-handbook-yaml-folder',
    load: async ({ store, watcher }) => {
      const folder = resolve(dir);
      store.clear();
      for (const [id, data] of readYamlFolder(folder, schema)) store.set({ id, data: data as Record<string, unknown> });
      watcher?.add(folder);
    },
  };
}

/** A content-layer loader for one YAML file holding a list of entries with an `id` field. */
export function yamlListLoader<S extends z.ZodType>(file: string, itemSchema: S): Loader {
  return {
    name: 'perf-handbook-yaml-list',
    load: async ({ store, watcher }) => {
      const path = resolve(file);
      store.clear();
      for (const data of readYamlFile(path, z.array(itemSchema)) as Array<Record<string, unknown> & { id: string }>) {
        store.set({ id: data.id, data });
      }
      watcher?.add(path);
    },
  };
}
