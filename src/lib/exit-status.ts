import type { ResultDocument } from './schema/result.ts';

/** Every target met. */
export const EXIT_PASS = 0;
/** A target missed, or a page could not be measured. */
export const EXIT_FAIL = 1;
/** Bad usage or configuration, found before anything was measured. */
export const EXIT_USAGE = 2;
/** Nothing could be measured at all: no browser, Chrome would not start, the preview could not be built. */
export const EXIT_NOTHING_MEASURED = 3;
/** Measured, but the results could not be written (disk full, no permission, read-only, the lock held by a run that never let go): they were saved elsewhere. */
export const EXIT_NOT_WRITTEN = 4;
/** Stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/**
 * The exit status of a finished run: 0 all met, 1 a miss or a page in error, 3 when the tooling
 * itself failed and no page or endpoint was measured, 4 when something was measured but the results could not be
 * written (that comes first: the site does not show what was measured).
 */
export function exitStatus(document: ResultDocument, toolingFailed: boolean, notWritten = false): number {
  const measuredAny = document.projects.some((project) => [...project.pages, ...(project.endpoints ?? [])].some((entry) => entry.status !== 'error'));
  if (toolingFailed && !measuredAny) return EXIT_NOTHING_MEASURED;
  if (notWritten) return EXIT_NOT_WRITTEN;
  return document.status === 'pass' ? EXIT_PASS : EXIT_FAIL;
}
