import type { HistoryEntry, PageResult, ProjectResult, ResultDocument } from './schema/result.ts';

/** What to write for one project after a run: the new latest result (absent: keep the file as it is) and the history line. */
export interface ResultFilesPlan {
  latest?: ResultDocument;
  history: HistoryEntry;
}

/** Finds the same page in an earlier result: same name and URL, else the same name (a preview page's port changes). */
function samePage(page: PageResult, previous: ProjectResult | undefined): PageResult | undefined {
  const named = previous?.pages.filter((candidate) => candidate.name === page.name) ?? [];
  return named.find((candidate) => candidate.url === page.url) ?? named[0];
}

/** Gives each page in error its last good measurement from the earlier result, so a failure erases nothing. */
function withLastGood(project: ProjectResult, previous: ResultDocument | undefined): ProjectResult {
  const before = previous?.projects.find((entry) => entry.id === project.id);
  const pages = project.pages.map((page) => {
    if (page.status !== 'error') return page;
    const earlier = samePage(page, before);
    if (earlier === undefined) return page;
    if (earlier.status !== 'error') return { ...page, lastGood: { generatedAt: previous!.generatedAt, metrics: earlier.metrics } };
    return earlier.lastGood ? { ...page, lastGood: earlier.lastGood } : page;
  });
  return { ...project, pages };
}

/** One line of the append-only history: each page's outcome and judged values, without the detail. */
export function historyEntry(document: ResultDocument, project: ProjectResult): HistoryEntry {
  return {
    generatedAt: document.generatedAt,
    profile: project.profile ?? document.profile,
    pages: project.pages.map((page) => ({
      name: page.name,
      url: page.url,
      status: page.status,
      ...(page.error !== undefined ? { error: page.error } : {}),
      metrics: Object.fromEntries(Object.entries(page.metrics).map(([id, metric]) => [id, { value: metric.value, target: metric.target, status: metric.status }])),
    })),
  };
}

/**
 * Decides what a run writes for one project, given its one-project document and the latest result
 * on disk. The latest result is replaced only when at least one page was measured, so a run that
 * measured nothing (a server down, a network cut) never erases the last good result; pages in
 * error carry their last good measurement. The history always gets the run's line.
 */
export function planResultFiles(document: ResultDocument, previous: ResultDocument | undefined): ResultFilesPlan {
  const project = document.projects[0];
  if (project === undefined || document.projects.length !== 1) throw new RangeError('expected the document of exactly one project');
  const measured = project.pages.some((page) => page.status !== 'error');
  const history = historyEntry(document, project);
  if (!measured) return { history };
  return { latest: { ...document, projects: [withLastGood(project, previous)] }, history };
}
