/** The time statuses are computed at: now, or `PERF_HANDBOOK_NOW` for reproducible builds and tests. */
export function currentTime(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const fixed = env.PERF_HANDBOOK_NOW;
  return fixed ? new Date(fixed) : new Date();
}
