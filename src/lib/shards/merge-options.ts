import { parseArgs } from 'node:util';

/** The validated command line of `verify-web-vitals merge`. */
export interface MergeOptions {
  /** The shards' --out folders (or their partial result files). */
  folders: string[];
  json: boolean;
  junit?: string;
  help: boolean;
}

export type MergeOptionsOutcome = { ok: true; options: MergeOptions } | { ok: false; problems: string[] };

/** The options of merge: those of a run that shape its output. */
const OPTIONS = { json: { type: 'boolean' }, junit: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** Reads and checks the command line of merge (the words after `merge`); every problem is reported, nothing is written. */
export function mergeOptions(args: readonly string[]): MergeOptionsOutcome {
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const problems: string[] = [];
  const folders: string[] = [];
  let json = false;
  let help = false;
  let junit: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') folders.push(token.value);
    if (token.kind !== 'option') continue;
    if (token.name === 'json' && token.rawName === '--json' && token.value === undefined) json = true;
    else if (token.name === 'help' && token.value === undefined) help = true;
    else if (token.name === 'junit' && token.rawName === '--junit') {
      if (token.value === undefined || token.value.trim() === '' || (!token.inlineValue && token.value.startsWith('--'))) problems.push('--junit has no value: expected --junit <file>, such as reports/web-vitals.xml');
      else if (junit !== undefined) problems.push(`--junit is given twice (${JSON.stringify(junit)} and ${JSON.stringify(token.value)}): give it once`);
      else junit = token.value;
    } else problems.push(`unknown option "${token.rawName}" for merge: the options are --json, --junit <file>, --help (the measuring options belong to the shards)`);
  }
  if (!help && folders.length === 0 && problems.length === 0) problems.push('merge needs the shards: expected merge <dir>..., the --out folders of every shard of one run');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, options: { folders, json, ...(junit !== undefined ? { junit } : {}), help } };
}
