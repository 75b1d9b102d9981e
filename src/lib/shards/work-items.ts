/** What a sharded run needs to know of a project to cut its work: its id, its pages and its endpoints, in the plan's order. */
export interface ShardableProject {
  id: string;
  pages: ReadonlyArray<{ name: string }>;
  endpoints: ReadonlyArray<{ name: string; plan: { totalSeconds: number } }>;
}

/** What the cost of a page depends on: its Lighthouse runs and TTFB samples. */
export interface CostOptions {
  runs: number;
  ttfbSamples: number;
}

/** A page or an endpoint to measure, with the key that names it the same on every machine and its expected cost. */
export interface WorkItem {
  /** `<project>/page/<n>` or `<project>/endpoint/<n>`, n counted from 1 in the project file's order. */
  key: string;
  project: string;
  /** Position of the project in the plan, for ordering. */
  projectOrder: number;
  kind: 'page' | 'endpoint';
  /** Position of the page or endpoint in its project, from 0. */
  index: number;
  name: string;
  /** Expected wall time, in whole milliseconds, so sums are exact on every machine. */
  costMs: number;
}

/** Expected wall time of one Lighthouse run of a fast page: 7.5 s, as measured in issue 16 (5 pages in 40 s, 20 pages in 153 s, one run each). Only the ratio between costs matters. */
export const PAGE_RUN_MS = 7_500;
/** Expected wall time of one TTFB sample: a plain request, a small share of a run; 200 ms is a slow answer's first byte (the web TTFB target). */
export const TTFB_SAMPLE_MS = 200;

/** The expected cost of a page: its runs and its TTFB samples. */
export function pageCostMs(options: CostOptions): number {
  return options.runs * PAGE_RUN_MS + options.ttfbSamples * TTFB_SAMPLE_MS;
}

/** The expected cost of an endpoint: its warm-up and measured load, as its plan schedules them. */
export function endpointCostMs(plan: { totalSeconds: number }): number {
  return Math.round(plan.totalSeconds * 1000);
}

/** Every page and endpoint of the plan as a work item, in the plan's order (each project's pages, then its endpoints). */
export function workItems(projects: readonly ShardableProject[], options: CostOptions): WorkItem[] {
  const items: WorkItem[] = [];
  projects.forEach((project, projectOrder) => {
    project.pages.forEach((page, index) => items.push({ key: `${project.id}/page/${index + 1}`, project: project.id, projectOrder, kind: 'page', index, name: page.name, costMs: pageCostMs(options) }));
    project.endpoints.forEach((endpoint, index) => items.push({ key: `${project.id}/endpoint/${index + 1}`, project: project.id, projectOrder, kind: 'endpoint', index, name: endpoint.name, costMs: endpointCostMs(endpoint.plan) }));
  });
  return items;
}

/** Plan order: by project, pages before endpoints, then by position. A total order, the same on every machine (no locale is involved). */
export function planOrder(a: WorkItem, b: WorkItem): number {
  if (a.projectOrder !== b.projectOrder) return a.projectOrder - b.projectOrder;
  if (a.kind !== b.kind) return a.kind === 'page' ? -1 : 1;
  return a.index - b.index;
}

/** The projects narrowed to the items of a share, in the plan's order; a project left with nothing is dropped. */
export function projectsOfShare<P extends ShardableProject>(projects: readonly P[], keys: ReadonlySet<string>): P[] {
  const share: P[] = [];
  for (const project of projects) {
    const pages = project.pages.filter((_, index) => keys.has(`${project.id}/page/${index + 1}`));
    const endpoints = project.endpoints.filter((_, index) => keys.has(`${project.id}/endpoint/${index + 1}`));
    if (pages.length + endpoints.length > 0) share.push({ ...project, pages, endpoints });
  }
  return share;
}
