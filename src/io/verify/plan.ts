import { effectiveTargets, type EffectiveTarget } from '../../lib/effective-targets.ts';
import { ContentError } from '../../lib/friendly-errors.ts';
import { profileFor, type Profile } from '../../lib/profile.ts';
import { planProjectPages, type PlannedPage } from '../../lib/project-pages.ts';
import { selectProjects } from '../../lib/project-selection.ts';
import type { Catalog } from '../../lib/schema/catalog.ts';
import { AD_HOC_PROJECT } from '../../lib/summary-table.ts';
import type { VerifyOptions } from '../../lib/verify-options.ts';
import { unmeasurableTargets } from '../../lib/web-metric-sources.ts';
import { contentPaths } from '../content-paths.ts';
import { loadCatalog } from '../load-catalog.ts';
import { displayPath } from '../read-yaml.ts';

/** A selected project, ready to measure. */
export interface PlannedProject {
  id: string;
  profile: Profile;
  localPreview: boolean;
  targets: Map<string, EffectiveTarget>;
  pages: PlannedPage[];
}

/** What a run will measure, or the problems that stop it before it starts. */
export type RunPlan = { projects: PlannedProject[]; catalog: Catalog; notes: string[] } | { problems: string[]; withUsage?: boolean };

/** Reads the content and works out what to measure: the selected projects, then the --url pages as one ad hoc project judged against the default targets. */
export function planRun(options: VerifyOptions, root: string, env: Readonly<Record<string, string | undefined>>): RunPlan {
  let catalog: Catalog;
  try {
    catalog = loadCatalog(root);
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
  const paths = contentPaths(root);
  const unmeasurable = unmeasurableTargets(catalog.targets, displayPath(paths.targets));
  if (unmeasurable.length > 0) return { problems: unmeasurable };
  const selection = selectProjects(catalog.projects, options.projects, options.urls.length > 0);
  // A --project naming no project is bad usage; a project file that cannot be used is bad configuration.
  if (!selection.ok) return { problems: selection.problems, withUsage: options.projects.length > 0 };
  const problems: string[] = [];
  const projects: PlannedProject[] = [];
  for (const id of selection.selected) {
    const project = catalog.projects.get(id)!;
    const pages = planProjectPages(project, env, displayPath(paths.project(id)));
    if (!pages.ok) problems.push(...pages.problems);
    else projects.push({ id, profile: profileFor(options.profile, project), localPreview: project.localPreview, targets: effectiveTargets(catalog.targets, project), pages: pages.pages });
  }
  if (problems.length > 0) return { problems };
  if (options.urls.length > 0) {
    projects.push({
      id: AD_HOC_PROJECT,
      profile: profileFor(options.profile),
      localPreview: false,
      targets: effectiveTargets(catalog.targets, undefined),
      pages: options.urls.map((url) => ({ name: url, url, headers: {}, secrets: [] })),
    });
  }
  const notes = selection.skipped.map((entry) => `skipped project ${entry.id}: ${entry.reason}.`);
  return { projects, catalog, notes };
}
