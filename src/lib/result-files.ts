import { isJudged, type EndpointMetric, type EndpointResult, type HistoryEntry, type HistoryTarget, type PageResult, type ProjectResult, type ResultDocument } from './schema/result.ts';

/** What to write for one project after a run: the new latest result (absent: keep the file as it is) and the history line. */
export interface ResultFilesPlan {
  latest?: ResultDocument;
  history: HistoryEntry;
}

/** Finds the same page or endpoint in an earlier result: same name and URL, else the same name (a preview page's port changes). */
function sameOne<T extends { name: string; url: string }>(entry: T, previous: readonly T[] | undefined): T | undefined {
  const named = previous?.filter((candidate) => candidate.name === entry.name) ?? [];
  return named.find((candidate) => candidate.url === entry.url) ?? named[0];
}

/** What a page or an endpoint in error keeps from an earlier result: its last good metrics, from the run that measured them. */
function keepLastGood<T extends PageResult | EndpointResult>(entry: T, earlier: T | undefined, generatedAt: string): T {
  if (entry.status !== 'error' || earlier === undefined) return entry;
  if (earlier.status !== 'error') return { ...entry, lastGood: { generatedAt, metrics: earlier.metrics } };
  return earlier.lastGood ? { ...entry, lastGood: earlier.lastGood } : entry;
}

/** Gives each page and endpoint in error its last good measurement from the earlier result, so a failure erases nothing. */
function withLastGood(project: ProjectResult, previous: ResultDocument | undefined): ProjectResult {
  const before = previous?.projects.find((entry) => entry.id === project.id);
  const generatedAt = previous?.generatedAt ?? '';
  const pages = project.pages.map((page) => keepLastGood(page, sameOne(page, before?.pages), generatedAt));
  if (project.endpoints === undefined) return { ...project, pages };
  const endpoints = project.endpoints.map((endpoint) => keepLastGood(endpoint, sameOne(endpoint, before?.endpoints), generatedAt));
  return { ...project, pages, endpoints };
}

/** A page or endpoint as a history line keeps it: its outcome and judged values (an insufficient metric was not judged, so it is left out). */
function historyTarget(entry: PageResult | EndpointResult): HistoryTarget {
  const metrics: HistoryTarget['metrics'] = {};
  for (const [id, metric] of Object.entries<EndpointMetric>(entry.metrics)) if (isJudged(metric)) metrics[id] = { value: metric.value, target: metric.target, status: metric.status };
  return { name: entry.name, url: entry.url, status: entry.status, ...(entry.error !== undefined ? { error: entry.error } : {}), metrics };
}

/** One line of the append-only history: each page's and endpoint's outcome and judged values, without the detail. */
export function historyEntry(document: ResultDocument, project: ProjectResult): HistoryEntry {
  return {
    generatedAt: document.generatedAt,
    profile: project.profile ?? document.profile,
    pages: project.pages.map(historyTarget),
    ...(project.endpoints !== undefined ? { endpoints: project.endpoints.map(historyTarget) } : {}),
  };
}

/**
 * Decides what a run writes for one project, given its one-project document and the latest result
 * on disk. The latest result is replaced only when at least one page or endpoint was measured, so a run that
 * measured nothing (a server down, a network cut) never erases the last good result; pages and
 * endpoints in error carry their last good measurement. The history always gets the run's line.
 */
export function planResultFiles(document: ResultDocument, previous: ResultDocument | undefined): ResultFilesPlan {
  const project = document.projects[0];
  if (project === undefined || document.projects.length !== 1) throw new RangeError('expected the document of exactly one project');
  const measured = [...project.pages, ...(project.endpoints ?? [])].some((entry) => entry.status !== 'error');
  const history = historyEntry(document, project);
  if (!measured) return { history };
  return { latest: { ...document, projects: [withLastGood(project, previous)] }, history };
}
