import { readAudits } from '../io/audits/read-audits.ts';
import { publishedExports, type PublishedExport } from '../lib/slo/export-downloads.ts';
import { defaultRoot } from '../io/content-paths.ts';
import { buildCatalog } from '../io/load-catalog.ts';
import { currentTime } from '../io/now.ts';
import { readHistory, readLatestResult } from '../io/read-results.ts';
import { auditReferences } from '../lib/audits/audit-rules.ts';
import { latestAudit, type DatedAudit } from '../lib/audits/audit-statuses.ts';
import { projectView as computeProjectView, type ProjectView } from '../lib/project-view.ts';
import type { Catalog } from '../lib/schema/catalog.ts';

export type { ProjectView };

/** The validated catalog, read once per build (the Astro config read it first). */
export function catalog(): Catalog {
  return buildCatalog();
}

/** The one time every status of a build is computed at: when the build started, or `PERF_HANDBOOK_NOW`. */
const BUILD_TIME = currentTime();

/** The time every status of this build is computed at, for pages that judge an age themselves (the overview's last runs). */
export function buildTime(): Date {
  return BUILD_TIME;
}

const views = new Map<string, ProjectView>();

/** Each project's latest audit, read once per build; the audits' loader has already refused an invalid one. */
let latestAudits: Map<string, DatedAudit> | undefined;

/** A project's latest audit, when it has one: it decides its audit-phase and load-test items. */
function projectAudit(data: Catalog, id: string): DatedAudit | undefined {
  if (latestAudits === undefined) {
    const audits = readAudits(defaultRoot(), auditReferences(data), [...data.projects.keys()]);
    latestAudits = new Map();
    for (const projectId of data.projects.keys()) {
      const latest = latestAudit(audits.filter((entry) => entry.project === projectId));
      if (latest !== undefined) latestAudits.set(projectId, latest);
    }
  }
  return latestAudits.get(id);
}

/** Reports a results file the build skips, on a line of its own: Astro has already printed the route it is rendering. */
const buildWarning = (message: string) => console.warn(`\nwarning: ${message}`);

/** A project's view, computed once per build from its file and results: the overview and each language's page share it. */
export function projectView(id: string): ProjectView {
  let view = views.get(id);
  if (view === undefined) {
    const data = catalog();
    const project = data.projects.get(id);
    if (project === undefined) throw new Error(`unknown project "${id}"`);
    view = computeProjectView({ id, project, catalog: data, latest: readLatestResult(id, undefined, buildWarning), history: readHistory(id, undefined, buildWarning), audit: projectAudit(data, id), now: BUILD_TIME });
    views.set(id, view);
  }
  return view;
}

const exportsByProject = new Map<string, PublishedExport[]>();

/** A project's SLO exports and k6 script, generated once per build: its page in each language and the download route share them. */
export function projectExports(id: string): PublishedExport[] {
  let published = exportsByProject.get(id);
  if (published === undefined) {
    published = publishedExports(catalog(), id);
    exportsByProject.set(id, published);
  }
  return published;
}

/** Every project's view, for the overview. */
export function projectViews(): ProjectView[] {
  return [...catalog().projects.keys()].map(projectView);
}
