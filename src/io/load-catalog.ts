import { findBrokenReferences } from '../lib/cross-references.ts';
import { ContentError } from '../lib/friendly-errors.ts';
import { alertRulesFileSchema } from '../lib/schema/alert-rule.ts';
import type { Catalog } from '../lib/schema/catalog.ts';
import { checklistSchema } from '../lib/schema/checklist.ts';
import { loadScenariosFileSchema } from '../lib/schema/load-scenario.ts';
import { patternSchema } from '../lib/schema/pattern.ts';
import { projectSchema } from '../lib/schema/project.ts';
import { scalingTriggersFileSchema } from '../lib/schema/scaling-trigger.ts';
import { slosFileSchema } from '../lib/schema/slo.ts';
import { targetsFileSchema } from '../lib/schema/target.ts';
import { contentPaths, defaultRoot } from './content-paths.ts';
import { displayPath, readYamlFile, readYamlFolder } from './read-yaml.ts';
import { resolve } from 'node:path';

/** Collects the problems of every step so one run reports them all. */
function gather<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

/** Reads, validates and cross-checks every data file of the handbook; throws one ContentError listing all problems. */
export function loadCatalog(root = defaultRoot()): Catalog {
  const paths = contentPaths(root);
  const problems: string[] = [];
  const targets = gather(problems, () => readYamlFile(paths.targets, targetsFileSchema));
  const slos = gather(problems, () => readYamlFile(paths.slos, slosFileSchema));
  const alertRules = gather(problems, () => readYamlFile(paths.alertRules, alertRulesFileSchema));
  const scalingTriggers = gather(problems, () => readYamlFile(paths.scalingTriggers, scalingTriggersFileSchema));
  const loadScenarios = gather(problems, () => readYamlFile(paths.loadScenarios, loadScenariosFileSchema));
  const checklists = gather(problems, () => readYamlFolder(paths.checklists, checklistSchema));
  const patterns = gather(problems, () => readYamlFolder(paths.patterns, patternSchema));
  const projects = gather(problems, () => readYamlFolder(paths.projects, projectSchema));
  if (!targets || !slos || !alertRules || !scalingTriggers || !loadScenarios || !checklists || !patterns || !projects) {
    throw new ContentError(`${problems.join('\n')}\nFix the files and run the command again.`, problems);
  }
  const catalog: Catalog = {
    targets: new Map(targets.map((target) => [target.id, target])),
    slos,
    alertRules,
    scalingTriggers,
    loadScenarios,
    checklists: [...checklists.values()].sort((a, b) => a.order - b.order),
    patterns,
    projects,
  };
  const broken = findBrokenReferences(catalog, {
    checklist: (id) => displayPath(paths.checklists + `/${id}.yaml`),
    pattern: (id) => displayPath(paths.pattern(id)),
    project: (id) => displayPath(paths.project(id)),
  });
  if (broken.length > 0) throw new ContentError(`${broken.join('\n')}\nFix the files and run the command again.`, broken);
  return catalog;
}

/** Where the build keeps the catalog it read: on globalThis, since Astro loads the config and renders the pages through separate module instances of this file in one process. */
const SHARED = Symbol.for('perf-handbook.catalog');

/**
 * The catalog of one build, read once: the Astro config (remark plugin, sidebar) and the pages
 * share it. Commands call loadCatalog, which reads the files anew each time.
 */
export function buildCatalog(root = defaultRoot()): Catalog {
  const shared = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new Map<string, Catalog>()) as Map<string, Catalog>;
  const key = resolve(root);
  let catalog = shared.get(key);
  if (catalog === undefined) {
    catalog = loadCatalog(root);
    shared.set(key, catalog);
  }
  return catalog;
}
