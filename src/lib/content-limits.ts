// How much of each input the handbook accepts. Content files, result files and command-line
// flags are untrusted: without a bound, one hostile or broken file can take the build or a
// command down (a 20 MB note took seconds and half a gigabyte to list). Each limit is far above
// what real content needs, and its reason is given beside it. Shared by the schemas, the readers,
// the checklist command and the save endpoint; no zod here, the browser editor imports it.

const KIB = 1024;
const MIB = 1024 * KIB;

/** A YAML content file (project, checklist, pattern, data), in bytes, refused before it is parsed: the largest today is 8.5 KB (a pattern), a project 1.7 KB. */
export const MAX_CONTENT_FILE_BYTES = 1 * MIB;

/** A name (project, page, endpoint, owner, who did it), in characters: a line of text; the longest today is 46. */
export const MAX_NAME_LENGTH = 200;

/** A note, a reason, a source or a project's description, in characters: a paragraph (the longest today is 97); more belongs in the linked evidence. */
export const MAX_TEXT_LENGTH = 2000;

/** A URL, in characters: the most the sitemap protocol, many CDNs and older browsers take. */
export const MAX_URL_LENGTH = 2048;

/** A text of the handbook itself (a pattern's solution, a code sample, a checklist's description), in characters: the longest today is 1,398. */
export const MAX_LONG_TEXT_LENGTH = 10_000;

/** The limits on text lengths, by name, for messages that name the one they apply. */
export const LENGTH_LIMITS = { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_URL_LENGTH, MAX_LONG_TEXT_LENGTH } as const;
export type LengthLimit = keyof typeof LENGTH_LIMITS;

/** What is wrong with a text longer than its limit, as "<name> is N characters long: expected at most M (LIMIT) ...", or undefined when it fits. */
export function lengthProblem(name: string, text: string, limit: LengthLimit): string | undefined {
  const max = LENGTH_LIMITS[limit];
  if (text.length <= max) return undefined;
  return `${name} is ${text.length.toLocaleString('en-US')} characters long: expected at most ${max.toLocaleString('en-US')} (${limit}); shorten it, and put the rest in a linked document`;
}

/** Values an alias may expand to while a YAML file is read (yaml's own default guard): far more than any project file repeats, far fewer than a "billion laughs" needs. */
export const MAX_YAML_ALIAS_COUNT = 100;

/** A latest result file (`<project>.json`), in bytes: our writer makes about 1.1 KB per page (pretty-printed), so 4 MiB is over 3,000 pages. */
export const MAX_RESULT_FILE_BYTES = 4 * MIB;

/** The most of a history file (`<project>.history.jsonl`) read, from its end, in bytes: at about 250 bytes per page a line, 8 MiB is years of runs. */
export const MAX_HISTORY_READ_BYTES = 8 * MIB;

/** One history line, in characters: a run of one project is about 250 characters per page, so 1 MiB is over 4,000 pages. */
export const MAX_HISTORY_LINE_LENGTH = 1 * MIB;

/** History lines read, the most recent ones: a rolled-up history holds two weeks of runs and then a line a day (history-rollup.ts), so 10,000 lines are decades. */
export const MAX_HISTORY_LINES = 10_000;

/** Writes a byte count as people read it: 1 MiB, 20.0 MiB, 512 KiB. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB) return `${Number.isInteger(bytes / MIB) ? bytes / MIB : (bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= KIB) return `${Number.isInteger(bytes / KIB) ? bytes / KIB : (bytes / KIB).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
