import { effectiveTargets, type EffectiveTarget } from '../../lib/effective-targets.ts';
import { ContentError } from '../../lib/friendly-errors.ts';
import { profileFor, type Profile } from '../../lib/profile.ts';
import { planProjectPages, type PagesOutcome, type PlannedPage } from '../../lib/project-pages.ts';
import { selectProjects } from '../../lib/project-selection.ts';
import type { Catalog } from '../../lib/schema/catalog.ts';
import { AD_HOC_PROJECT } from '../../lib/summary-table.ts';
import { MEASURED_PARTS, type VerifyOptions } from '../../lib/verify-options.ts';
import { adHocEndpoint, planProjectEndpoints, type EndpointsOutcome, type PlannedEndpoint } from '../../lib/endpoints/project-endpoints.ts';
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
  /** Its pages, unless `--only endpoints`. */
  pages: PlannedPage[];
  /** Its API endpoints, unless `--only pages`. */
  endpoints: PlannedEndpoint[];
}

/** What a run will measure, or the problems that stop it before it starts. */
export type RunPlan = { projects: PlannedProject[]; catalog: Catalog; notes: string[] } | { problems: string[]; withUsage?: boolean };

/** Reads the content and works out what to measure: the selected projects' pages and endpoints (those `--only` keeps), then the --url pages and --endpoint endpoints as one ad hoc project judged against the default targets. */
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
  const parts = options.only ? [options.only] : MEASURED_PARTS;
  const selection = selectProjects(catalog.projects, options.projects, options.urls.length > 0 || options.endpointUrls.length > 0, parts);
  // A --project naming no project is bad usage; a project file that cannot be used is bad configuration.
  if (!selection.ok) return { problems: selection.problems, withUsage: options.projects.length > 0 };
  const problems: string[] = [];
  const projects: PlannedProject[] = [];
  for (const id of selection.selected) {
    const project = catalog.projects.get(id)!;
    const file = displayPath(paths.project(id));
    const pages: PagesOutcome = parts.includes('pages') ? planProjectPages(project, env, file) : { ok: true, pages: [] };
    const endpoints: EndpointsOutcome = parts.includes('endpoints') ? planProjectEndpoints(project, env, file, { allowHeavy: options.allowHeavyLoad }) : { ok: true, endpoints: [] };
    if (!pages.ok) problems.push(...pages.problems);
    if (!endpoints.ok) problems.push(...endpoints.problems);
    if (pages.ok && endpoints.ok) {
      projects.push({ id, profile: profileFor(options.profile, project), localPreview: project.localPreview, targets: effectiveTargets(catalog.targets, project), pages: pages.pages, endpoints: endpoints.endpoints });
    }
  }
  if (problems.length > 0) return { problems };
  if (options.urls.length > 0 || options.endpointUrls.length > 0) {
    projects.push({
      id: AD_HOC_PROJECT,
      profile: profileFor(options.profile),
      localPreview: false,
      targets: effectiveTargets(catalog.targets, undefined),
      pages: options.urls.map((url) => ({ name: url, url, headers: {}, secrets: [] })),
      endpoints: options.endpointUrls.map(adHocEndpoint),
    });
  }
  const notes = selection.skipped.map((entry) => `skipped project ${entry.id}: ${entry.reason}.`);
  return { projects, catalog, notes };
}
