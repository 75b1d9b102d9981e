import type { ResultDocument } from './schema/result.ts';

/** Every target met. */
export const EXIT_PASS = 0;
/** A target missed, or a page could not be measured. */
export const EXIT_FAIL = 1;
/** Bad usage or configuration, found before anything was measured. */
export const EXIT_USAGE = 2;
/** Nothing could be measured at all: no browser, Chrome would not start, the preview could not be built. */
export const EXIT_NOTHING_MEASURED = 3;
/** Stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/** The exit status of a finished run: 0 all met, 1 a miss or a page in error, 3 when the tooling itself failed and no page was measured. */
export function exitStatus(document: ResultDocument, toolingFailed: boolean): number {
  if (document.status === 'pass') return EXIT_PASS;
  const measuredAny = document.projects.some((project) => project.pages.some((page) => page.status !== 'error'));
  return toolingFailed && !measuredAny ? EXIT_NOTHING_MEASURED : EXIT_FAIL;
}
