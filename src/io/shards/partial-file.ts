import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError, parseWithFriendlyErrors } from '../../lib/friendly-errors.ts';
import type { ShardFile } from '../../lib/shards/check-shards.ts';
import { canonicalJson } from '../../lib/shards/plan-identity.ts';
import { PARTIAL_FILE, partialFileName, partialResultSchema, type PartialResult, type PlanIdentity } from '../../lib/shards/partial-result-schema.ts';
import { displayPath } from '../read-yaml.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { writing } from '../write-error.ts';

/** The fingerprint of a plan: SHA-256 of its canonical JSON, the same for the same selection and options on every machine. */
export function planFingerprint(plan: PlanIdentity): string {
  return createHash('sha256').update(canonicalJson(plan)).digest('hex');
}

/** Writes a shard's partial result into its folder, whole or not at all; returns the file as people type it. Throws a WriteError when the system refuses. */
export function writePartialResult(dir: string, partial: PartialResult): string {
  const path = resolve(dir, partialFileName(partial.shard.index, partial.shard.total));
  writing(path, () => mkdirSync(resolve(dir), { recursive: true }));
  writeFileAtomic(path, `${JSON.stringify(partial, null, 2)}\n`);
  return displayPath(path);
}

/** Reads one partial result file; throws a ContentError naming the file and the field. */
function readPartial(path: string): ShardFile {
  const file = displayPath(path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const problem = `${file}: not a partial result (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): expected the JSON a shard writes with --shard i/n --out <dir>`;
    throw new ContentError(problem, [problem]);
  }
  const partial = parseWithFriendlyErrors(partialResultSchema, data, file);
  if (planFingerprint(partial.plan) !== partial.fingerprint) {
    const problem = `${file}: field \`fingerprint\` does not match its \`plan\`: the file was edited; measure that shard again`;
    throw new ContentError(problem, [problem]);
  }
  return { file, partial };
}

/** The partial result files a merge argument names: the file itself, or those in the folder and in its folders one level down (as actions/download-artifact lays out one folder per artifact). */
function partialPaths(argument: string): string[] | string {
  const path = resolve(argument);
  if (!existsSync(path)) return `${argument} does not exist: expected a folder written by --shard i/n --out <dir> (or a partial result file)`;
  if (statSync(path).isFile()) return [path];
  const found: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isFile() && PARTIAL_FILE.test(entry.name)) found.push(join(path, entry.name));
    if (entry.isDirectory()) for (const name of readdirSync(join(path, entry.name)).sort()) if (PARTIAL_FILE.test(name)) found.push(join(path, entry.name, name));
  }
  return found;
}

/** Reads the partial results in the folders (or files) given to merge; every problem names its file. */
export function readPartialResults(arguments_: readonly string[]): { shards: ShardFile[]; problems: string[] } {
  const shards: ShardFile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const argument of arguments_) {
    const paths = partialPaths(argument);
    if (typeof paths === 'string') {
      problems.push(paths);
      continue;
    }
    if (paths.length === 0) problems.push(`${argument} holds no partial result (files named ${partialFileName(1, 3)} and so on): expected the --out folder of a shard`);
    for (const path of paths) {
      if (seen.has(path)) continue; // the same file named twice (a folder and a file in it) is one shard, not a doubled one
      seen.add(path);
      try {
        shards.push(readPartial(path));
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  return { shards, problems };
}
