import { canonicalJson } from './plan-identity.ts';
import { partialFileName, type PartialResult, type PlanIdentity } from './partial-result-schema.ts';
import { planShares } from './plan-shares.ts';

/** A partial result as read from its file. */
export interface ShardFile {
  /** The file, as people type it. */
  file: string;
  partial: PartialResult;
}

export type ShardSetOutcome = { ok: true; shards: ShardFile[] } | { ok: false; problems: string[] };

/** How a shard reads in messages: "shard 2/3 (shard-results/verify-web-vitals-shard-2-of-3.json)". */
const named = (shard: ShardFile) => `shard ${shard.partial.shard.index}/${shard.partial.shard.total} (${shard.file})`;

/** What differs between two plans, in words: the options by name and value, else the selection. */
export function planDifference(plan: PlanIdentity, reference: PlanIdentity): string {
  const options = Object.keys(reference.options) as Array<keyof PlanIdentity['options']>;
  const changed = options.filter((option) => plan.options[option] !== reference.options[option]).map((option) => `${option} ${JSON.stringify(plan.options[option])} instead of ${JSON.stringify(reference.options[option])}`);
  if (changed.length > 0) return `other options (${changed.join(', ')})`;
  const ids = (identity: PlanIdentity) => identity.projects.map((project) => project.id).join(', ');
  if (ids(plan) !== ids(reference)) return `other projects (${ids(plan) || 'none'} instead of ${ids(reference) || 'none'})`;
  const differing = plan.projects.filter((project, index) => canonicalJson(project) !== canonicalJson(reference.projects[index])).map((project) => project.id);
  return `another selection or other targets in project ${differing.join(', ')} (its pages, endpoints, profile or targets differ: another version of the project file?)`;
}

/** The most common fingerprint (ties: the first given): the run the others are checked against. */
function referenceOf(shards: readonly ShardFile[]): ShardFile {
  const counts = new Map<string, number>();
  for (const shard of shards) counts.set(shard.partial.fingerprint + shard.partial.shard.total, (counts.get(shard.partial.fingerprint + shard.partial.shard.total) ?? 0) + 1);
  let best = shards[0]!;
  for (const shard of shards) if (counts.get(shard.partial.fingerprint + shard.partial.shard.total)! > counts.get(best.partial.fingerprint + best.partial.shard.total)!) best = shard;
  return best;
}

/** The problem with a shard whose items or results are not the share its plan gives it (an edited or broken file), if any. */
function shareProblem(shard: ShardFile): string | undefined {
  const { partial } = shard;
  const expected = planShares(partial.plan, partial.shard.total)[partial.shard.index - 1]!.items;
  if (canonicalJson(expected.map((item) => item.key)) !== canonicalJson(partial.items)) {
    return `${shard.file}: field \`items\` is not the share of ${named(shard).split(' (')[0]} its plan gives (expected ${JSON.stringify(expected.map((item) => item.key))}, found ${JSON.stringify(partial.items)}); the file was edited or written by another version: measure that shard again`;
  }
  for (const project of new Set(expected.map((item) => item.project))) {
    const result = partial.projects.find((entry) => entry.id === project);
    const names = (kind: 'page' | 'endpoint') => expected.filter((item) => item.project === project && item.kind === kind).map((item) => item.name);
    const found = { page: result?.pages.map((page) => page.name) ?? [], endpoint: result?.endpoints?.map((endpoint) => endpoint.name) ?? [] };
    for (const kind of ['page', 'endpoint'] as const) {
      if (canonicalJson(found[kind]) !== canonicalJson(names(kind))) return `${shard.file}: project ${project} holds the ${kind}s ${JSON.stringify(found[kind])}, not the ${JSON.stringify(names(kind))} of its share: the file was edited or cut short; measure that shard again`;
    }
  }
  const extra = partial.projects.filter((entry) => !expected.some((item) => item.project === entry.id)).map((entry) => entry.id);
  if (extra.length > 0) return `${shard.file}: field \`projects\` holds ${extra.join(', ')}, which are not part of its share: the file was edited; measure that shard again`;
  return undefined;
}

/**
 * Checks that partial results make one whole run: one plan and one number of shards (a file of
 * another run is foreign), each shard once (none doubled), every shard there (none missing), and
 * each holding exactly the share its plan gives it. Returns the shards in order, or every problem.
 */
export function checkShardSet(shards: readonly ShardFile[], folders: readonly string[]): ShardSetOutcome {
  if (shards.length === 0) return { ok: false, problems: [`no partial result in ${folders.join(', ')}: expected the --out folders of the shards (files named ${partialFileName(1, 3)} and so on)`] };
  const reference = referenceOf(shards);
  const { total } = reference.partial.shard;
  const problems: string[] = [];
  const own: ShardFile[] = [];
  for (const shard of shards) {
    if (shard.partial.shard.total !== total) problems.push(`${named(shard)} is foreign: it is a shard of a run cut into ${shard.partial.shard.total}, the others (such as ${named(reference)}) of a run cut into ${total}; merge the shards of one run`);
    else if (shard.partial.fingerprint !== reference.partial.fingerprint) problems.push(`${named(shard)} is foreign: it belongs to another run than ${named(reference)}, with ${planDifference(shard.partial.plan, reference.partial.plan)}; merge the shards of one run`);
    else own.push(shard);
  }
  const byIndex = new Map<number, ShardFile[]>();
  for (const shard of own) byIndex.set(shard.partial.shard.index, [...(byIndex.get(shard.partial.shard.index) ?? []), shard]);
  for (let index = 1; index <= total; index++) {
    const found = byIndex.get(index) ?? [];
    if (found.length === 0) problems.push(`shard ${index}/${total} is missing: none of ${folders.join(', ')} holds ${partialFileName(index, total)}; run that shard (did its job fail or get cancelled?) and merge all ${total}`);
    if (found.length > 1) problems.push(`shard ${index}/${total} is doubled: ${found.map((shard) => shard.file).join(' and ')} are both shard ${index}/${total}; give each shard's folder once`);
  }
  for (const shard of own) {
    const problem = shareProblem(shard);
    if (problem !== undefined) problems.push(problem);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, shards: [...own].sort((a, b) => a.partial.shard.index - b.partial.shard.index) };
}
