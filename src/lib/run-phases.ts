/** Where the wall time of one Lighthouse run went, in milliseconds; `other` is what no named phase accounts for. */
export interface RunPhases {
  wall: number;
  /** Lighthouse resolving and validating its config (mostly formatting every audit's strings). */
  config: number;
  /** Connecting to the tab and loading about:blank before the page. */
  connect: number;
  /** Lighthouse's CPU benchmark of the machine (about 1 s when it runs). */
  benchmark: number;
  /** Loading the page, until the network and the CPU are quiet. */
  navigation: number;
  /** The gatherers that run once the page has loaded (axe, trace elements, the back/forward cache test...). */
  artifacts: number;
  /** The trace engine's processing of the trace, wherever it ran (part of artifacts or audits). */
  trace: number;
  /** Computing the audits and the category scores. */
  audits: number;
  /** Everything else: the tab, instrumentation, the report, the result. */
  other: number;
}

/** The named phases, in the order they happen; `trace` is inside `artifacts` or `audits`, so it is not added to the sum. */
export const PHASE_NAMES = ['config', 'connect', 'benchmark', 'navigation', 'artifacts', 'audits', 'other'] as const;

/** One entry of a Lighthouse result's `timing.entries`. */
export interface TimingEntry {
  name: string;
  duration: number;
}

/** Reads the `timing.entries` of a Lighthouse result, or none when it has none. */
export function timingEntries(lhr: unknown): TimingEntry[] {
  const entries = (lhr as { timing?: { entries?: unknown } } | undefined)?.timing?.entries;
  if (!Array.isArray(entries)) return [];
  return entries.filter((entry): entry is TimingEntry => typeof entry?.name === 'string' && typeof entry?.duration === 'number');
}

/**
 * Splits one run's wall time into Lighthouse's phases, from the entries it times itself. The first
 * navigation Lighthouse times is to about:blank (counted in `connect`), the later ones are the page.
 */
export function runPhases(entries: readonly TimingEntry[], wallMs: number): RunPhases {
  const total = (match: (name: string) => boolean) => entries.filter((entry) => match(entry.name)).reduce((sum, entry) => sum + entry.duration, 0);
  const navigations = entries.filter((entry) => entry.name === 'lh:driver:navigate').map((entry) => entry.duration);
  const named = {
    config: total((name) => name === 'lh:config'),
    connect: total((name) => name === 'lh:driver:connect') + (navigations[0] ?? 0),
    benchmark: total((name) => name === 'lh:gather:getBenchmarkIndex'),
    navigation: navigations.slice(1).reduce((sum, duration) => sum + duration, 0),
    artifacts: total((name) => name.startsWith('lh:gather:getArtifact:')),
    audits: total((name) => name === 'lh:runner:audit'),
  };
  const accounted = Object.values(named).reduce((sum, value) => sum + value, 0);
  return { wall: wallMs, ...named, trace: total((name) => name === 'lh:computed:TraceEngineResult'), other: Math.max(0, wallMs - accounted) };
}
