import { loadCatalog } from '../io/load-catalog.ts';
import { readHistory, readLatestResult } from '../io/read-results.ts';
import { effectiveTargets } from '../lib/effective-targets.ts';
import { itemStatus, type ItemStatus } from '../lib/item-status.ts';
import type { Catalog } from '../lib/schema/catalog.ts';
import type { Checklist, ChecklistItem } from '../lib/schema/checklist.ts';
import type { Project } from '../lib/schema/project.ts';
import type { HistoryEntry, ResultDocument } from '../lib/schema/result.ts';

let cached: Catalog | undefined;

/** The validated catalog, read once per build. */
export function catalog(): Catalog {
  cached ??= loadCatalog();
  return cached;
}

/** The time statuses are computed at: the build's time, or `PERF_HANDBOOK_NOW` for reproducible builds. */
export function buildTime(): Date {
  const fixed = process.env.PERF_HANDBOOK_NOW;
  return fixed ? new Date(fixed) : new Date();
}

/** Everything a project page shows, computed once. */
export interface ProjectView {
  id: string;
  project: Project;
  latest?: ResultDocument;
  history: HistoryEntry[];
  targets: ReturnType<typeof effectiveTargets>;
  checklists: Array<{ checklist: Checklist; items: Array<{ item: ChecklistItem; status: ItemStatus }> }>;
}

const views = new Map<string, ProjectView>();

/** Reports a results file the build skips, on a line of its own: Astro has already printed the route it is rendering. */
const buildWarning = (message: string) => console.warn(`\nwarning: ${message}`);

/** A project's view, computed once per build: the overview and each language's page share it. */
export function projectView(id: string): ProjectView {
  let view = views.get(id);
  if (view === undefined) {
    view = computeProjectView(id);
    views.set(id, view);
  }
  return view;
}

/** Computes a project's view: effective targets, latest result and every item's status. */
function computeProjectView(id: string): ProjectView {
  const data = catalog();
  const project = data.projects.get(id);
  if (project === undefined) throw new Error(`unknown project "${id}"`);
  const targets = effectiveTargets(data.targets, project);
  const latest = readLatestResult(id, undefined, buildWarning);
  const result = latest?.projects.find((p) => p.id === id);
  const now = buildTime();
  const checklists = data.checklists.map((checklist) => ({
    checklist,
    items: checklist.items.map((item) => ({
      item,
      status: itemStatus({ item, project, targets, latest: latest && result ? { generatedAt: latest.generatedAt, result } : undefined, now }),
    })),
  }));
  return { id, project, latest, history: readHistory(id, undefined, buildWarning), targets, checklists };
}
