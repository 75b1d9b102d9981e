import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { contentPaths } from './io/content-paths.ts';
import { yamlFolderLoader, yamlListLoader } from './io/yaml-loaders.ts';
import { alertRuleSchema } from './lib/schema/alert-rule.ts';
import { checklistSchema } from './lib/schema/checklist.ts';
import { loadScenarioSchema } from './lib/schema/load-scenario.ts';
import { patternSchema } from './lib/schema/pattern.ts';
import { projectSchema } from './lib/schema/project.ts';
import { scalingTriggerSchema } from './lib/schema/scaling-trigger.ts';
import { sloSchema } from './lib/schema/slo.ts';
import { targetSchema } from './lib/schema/target.ts';

// Data collections are read by our own loaders so that a bad file fails the build with a
// message naming the file, the field, the value found and what was expected.
const paths = contentPaths();

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  targets: defineCollection({ loader: yamlListLoader(paths.targets, targetSchema) }),
  slos: defineCollection({ loader: yamlListLoader(paths.slos, sloSchema) }),
  alertRules: defineCollection({ loader: yamlListLoader(paths.alertRules, alertRuleSchema) }),
  scalingTriggers: defineCollection({ loader: yamlListLoader(paths.scalingTriggers, scalingTriggerSchema) }),
  loadScenarios: defineCollection({ loader: yamlListLoader(paths.loadScenarios, loadScenarioSchema) }),
  checklists: defineCollection({ loader: yamlFolderLoader(paths.checklists, checklistSchema) }),
  patterns: defineCollection({ loader: yamlFolderLoader(paths.patterns, patternSchema) }),
  projects: defineCollection({ loader: yamlFolderLoader(paths.projects, projectSchema) }),
};
