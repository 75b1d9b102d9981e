import { parseArgs } from 'node:util';
import { nearestIds } from './nearest-ids.ts';
import { credentialInUrl, isHttpUrl, redactUrl } from './http-url.ts';
import { PROFILES, type Profile } from './profile.ts';
import { parseShardSpec, SHARD_HINT, type ShardSpec } from './shards/shard-spec.ts';

/** Lighthouse profiles: `mobile` is Lighthouse's default (simulated slow 4G, mid-range phone), `desktop` its desktop preset. */
export { PROFILES, type Profile };

/** Lighthouse runs per page unless `--runs` says otherwise: three is the fewest with a meaningful median, and Lighthouse CI's default. */
export const DEFAULT_RUNS = 3;
/** TTFB samples per page: cheap next to a Lighthouse run, and five keep one slow connection from deciding. */
export const DEFAULT_TTFB_SAMPLES = 5;
/** Seconds a page may take to answer or to load: Lighthouse's own `maxWaitForLoad` default (45 s). */
export const DEFAULT_TIMEOUT_SECONDS = 45;

/** What a run may be limited to with `--only`: the pages (Lighthouse and the TTFB probe) or the API endpoints (the open-model probe). */
export const MEASURED_PARTS = ['pages', 'endpoints'] as const;
export type MeasuredPart = (typeof MEASURED_PARTS)[number];

/** The accepted range of each numeric option. */
const LIMITS = {
  runs: { min: 1, max: 20, integer: true, what: 'a whole number of Lighthouse runs' },
  'ttfb-samples': { min: 1, max: 100, integer: true, what: 'a whole number of requests' },
  timeout: { min: 1, max: 600, integer: false, what: 'a number of seconds' },
} as const;

/** Every option of the command: its kind, and whether it may be given more than once. */
const OPTIONS = {
  project: { type: 'string', multiple: true },
  url: { type: 'string', multiple: true },
  endpoint: { type: 'string', multiple: true },
  only: { type: 'string', multiple: false },
  'allow-heavy-load': { type: 'boolean', multiple: false },
  runs: { type: 'string', multiple: false },
  profile: { type: 'string', multiple: false },
  'ttfb-samples': { type: 'string', multiple: false },
  json: { type: 'boolean', multiple: false },
  junit: { type: 'string', multiple: false },
  timeout: { type: 'string', multiple: false },
  shard: { type: 'string', multiple: false },
  out: { type: 'string', multiple: false },
  help: { type: 'boolean', multiple: false },
} as const;
type OptionName = keyof typeof OPTIONS;

/** What each option that takes a value expects, as written in the usage. */
const VALUE_HINT: Partial<Record<OptionName, string>> = {
  project: '<id>',
  url: '<url>',
  endpoint: '<url>',
  only: MEASURED_PARTS.join('|'),
  runs: '<n>',
  profile: PROFILES.join('|'),
  'ttfb-samples': '<n>',
  junit: '<file>',
  timeout: '<seconds>',
  shard: SHARD_HINT,
  out: '<dir>',
};

/** The validated command line. */
export interface VerifyOptions {
  projects: string[];
  urls: string[];
  /** Ad hoc endpoints (`--endpoint`), loaded with the gentle defaults and judged against the default targets. */
  endpointUrls: string[];
  /** Absent: pages and endpoints both. */
  only?: MeasuredPart;
  /** Lifts the load ceilings of endpoints/load-ceilings.ts. */
  allowHeavyLoad: boolean;
  runs: number;
  /** Absent: each project's own profile, else mobile. */
  profile?: Profile;
  ttfbSamples: number;
  json: boolean;
  junit?: string;
  timeoutSeconds: number;
  /** `--shard i/n`: measure only this shard's share, and write it to `out` (see shards/). */
  shard?: ShardSpec;
  /** `--out <dir>`: the folder a shard's partial result goes to, instead of the content folder. */
  out?: string;
  help: boolean;
}

export type OptionsOutcome = { ok: true; options: VerifyOptions } | { ok: false; problems: string[] };

/** Checks a numeric option against its range; returns the number or the problem. */
function numberOption(name: keyof typeof LIMITS, text: string): number | string {
  const limit = LIMITS[name];
  const value = Number(text);
  const pattern = limit.integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(text.trim()) || !Number.isFinite(value) || value < limit.min || value > limit.max) {
    return `--${name} is ${JSON.stringify(text)}: expected ${limit.what} from ${limit.min} to ${limit.max}`;
  }
  return value;
}

/** The problem with an option nobody defined, with the nearest real one when there is one. */
function unknownOption(raw: string): string {
  const name = raw.replace(/^--?/, '');
  const near = nearestIds(name, Object.keys(OPTIONS), 1);
  const all = Object.keys(OPTIONS).map((option) => `--${option}`).join(', ');
  return `unknown option "${raw}": ${near.length > 0 ? `did you mean --${near[0]}? ` : ''}the options are ${all}`;
}

/** Reads and checks the command line of verify-web-vitals; every problem is reported, nothing is measured. */
export function verifyOptions(args: readonly string[]): OptionsOutcome {
  const config = Object.fromEntries(Object.entries(OPTIONS).map(([name, option]) => [name, { type: option.type, multiple: option.multiple, ...(name === 'help' ? { short: 'h' } : {}) }]));
  const { tokens } = parseArgs({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true });
  const problems: string[] = [];
  const values = new Map<OptionName, string[]>();
  let sawUnknown = false;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!sawUnknown) problems.push(`unexpected argument ${JSON.stringify(token.value)}: every value follows its option, such as --project <id> or --url <url> (one --url per page)`);
      continue;
    }
    if (token.kind !== 'option') continue;
    const name = token.name as OptionName;
    const option = OPTIONS[name];
    if (option === undefined || (!token.rawName.startsWith('--') && token.rawName !== '-h')) {
      problems.push(unknownOption(token.rawName));
      sawUnknown = true;
      continue;
    }
    if (option.type === 'boolean') {
      // `--json=x` carries an inline value; `--json x` leaves x as an unexpected argument.
      if (token.value !== undefined) problems.push(`--${name} takes no value: write --${name} alone`);
      values.set(name, ['true']);
      continue;
    }
    const limit = name in LIMITS ? LIMITS[name as keyof typeof LIMITS] : undefined;
    const expected = `expected --${name} ${VALUE_HINT[name]}${limit ? `, ${limit.what} from ${limit.min} to ${limit.max}` : ''}`;
    if (token.value === undefined) {
      problems.push(`--${name} has no value: ${expected}`);
      continue;
    }
    if (!token.inlineValue && token.value.startsWith('--')) {
      problems.push(`--${name} has no value (the next word is the option ${token.value}): ${expected}`);
      continue;
    }
    const list = values.get(name) ?? [];
    if (!option.multiple && list.length === 1) problems.push(`--${name} is given twice (${JSON.stringify(list[0])} and ${JSON.stringify(token.value)}): give it once`);
    values.set(name, [...list, token.value]);
  }
  return finish(values, problems);
}

/** Turns the collected values into options, checking each against what it accepts. */
function finish(values: Map<OptionName, string[]>, problems: string[]): OptionsOutcome {
  const one = (name: OptionName) => values.get(name)?.[0];
  const numeric = (name: keyof typeof LIMITS, fallback: number) => {
    const text = one(name);
    if (text === undefined) return fallback;
    const value = numberOption(name, text);
    if (typeof value === 'string') problems.push(value);
    return typeof value === 'number' ? value : fallback;
  };
  const runs = numeric('runs', DEFAULT_RUNS);
  const ttfbSamples = numeric('ttfb-samples', DEFAULT_TTFB_SAMPLES);
  const timeoutSeconds = numeric('timeout', DEFAULT_TIMEOUT_SECONDS);
  const profile = one('profile');
  if (profile !== undefined && !(PROFILES as readonly string[]).includes(profile)) problems.push(`--profile is ${JSON.stringify(profile)}: expected one of ${PROFILES.join(', ')}`);
  const urls = values.get('url') ?? [];
  for (const url of urls) if (!isHttpUrl(url)) problems.push(`--url is ${JSON.stringify(url)}: expected an absolute http:// or https:// URL, such as https://example.com/`);
  const endpointUrls = values.get('endpoint') ?? [];
  for (const url of endpointUrls) if (!isHttpUrl(url)) problems.push(`--endpoint is ${JSON.stringify(url)}: expected an absolute http:// or https:// URL, such as https://api.example.com/health`);
  for (const url of [...urls, ...endpointUrls]) {
    const credential = isHttpUrl(url) ? credentialInUrl(url) : undefined;
    if (credential !== undefined) problems.push(`${JSON.stringify(redactUrl(url))} holds ${credential}, which would be printed and saved with the results: give the page or endpoint in a project file, with the secret in a header read from the environment (env:NAME)`);
  }
  const only = one('only');
  if (only !== undefined && !(MEASURED_PARTS as readonly string[]).includes(only)) problems.push(`--only is ${JSON.stringify(only)}: expected one of ${MEASURED_PARTS.join(', ')}`);
  if (only === 'pages' && endpointUrls.length > 0) problems.push('--only pages and --endpoint contradict each other: the endpoint would not be measured; drop one of them');
  if (only === 'endpoints' && urls.length > 0) problems.push('--only endpoints and --url contradict each other: the page would not be measured; drop one of them');
  const projects = values.get('project') ?? [];
  for (const id of projects) if (id.trim() === '') problems.push('--project is empty: expected --project <id>, the file name in src/content/projects/ without .yaml');
  const junit = one('junit');
  if (junit !== undefined && junit.trim() === '') problems.push('--junit is empty: expected --junit <file>, such as reports/web-vitals.xml');
  const shardText = one('shard');
  const shard = shardText !== undefined ? parseShardSpec(shardText) : undefined;
  if (typeof shard === 'string') problems.push(shard);
  const out = one('out');
  if (out !== undefined && out.trim() === '') problems.push('--out is empty: expected --out <dir>, the folder for the shard\'s partial result, such as shard-results');
  if (shardText !== undefined && out === undefined) problems.push('--shard needs --out <dir>: a shard writes its partial result there, and `merge <dir>...` puts the shards together');
  if (out !== undefined && shardText === undefined) problems.push(`--out writes a shard's partial result: give --shard ${SHARD_HINT} too (--shard 1/1 for a run in one piece)`);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    options: {
      projects: [...new Set(projects)],
      urls: [...new Set(urls)],
      endpointUrls: [...new Set(endpointUrls)],
      ...(only !== undefined ? { only: only as MeasuredPart } : {}),
      allowHeavyLoad: values.has('allow-heavy-load'),
      runs,
      ...(profile !== undefined ? { profile: profile as Profile } : {}),
      ttfbSamples,
      json: values.has('json'),
      ...(junit !== undefined ? { junit } : {}),
      timeoutSeconds,
      ...(typeof shard === 'object' ? { shard } : {}),
      ...(out !== undefined ? { out } : {}),
      help: values.has('help'),
    },
  };
}
