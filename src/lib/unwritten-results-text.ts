/** Where the results that could not be written went instead: the file they were saved in, or why that failed too. */
export type SpareCopy = { saved: string } | { failed: string };

/**
 * The one paragraph a run prints when its results could not be written where the site reads
 * them: which projects, why and what to do (the refusal's own sentence), that the last good
 * files are intact, and where the measurements are now.
 */
export function unwrittenResultsText(projects: readonly string[], refusal: string, copy: SpareCopy): string {
  const where =
    'saved' in copy
      ? `the measured results are saved in ${copy.saved} (the document --json prints), so nothing measured is lost.`
      : `they could not be saved elsewhere either (${copy.failed.replace(/\.$/, '')}), so the table and --json output above are all that is left of them.`;
  return `the results of ${projects.join(', ')} were not written: ${refusal} The files the site reads were left as they were; ${where}`;
}
