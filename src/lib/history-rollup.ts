import { median } from './median.ts';
import { HISTORY_DAY_VERSION, historyLineTime, isHistoryDay, type DayMetric, type DayTarget, type HistoryDay, type HistoryEntry, type HistoryLine, type HistoryTarget } from './schema/result.ts';

/**
 * Days of runs a history keeps whole: two weeks covers every freshness window and the recent
 * trend run by run; older runs are rolled up into one line per day, so a year of hourly runs is
 * about 336 run lines and 350 day lines instead of 8,760 run lines.
 */
export const RAW_HISTORY_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first day (UTC, YYYY-MM-DD) whose runs stay whole at `now`: today and the RAW_HISTORY_DAYS - 1 days before it. */
export function firstRawDay(now: Date, rawDays = RAW_HISTORY_DAYS): string {
  return new Date(now.getTime() - (rawDays - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** What one page or endpoint gathers over a day's runs. */
interface DayFigures {
  name: string;
  url: string;
  runs: number;
  errors: number;
  metrics: Map<string, { values: number[]; misses: number; target: number }>;
}

/** Rolls one list of a day's runs (their pages, or their endpoints) into one entry per name: runs, errors, and per metric the count, median, min, max and misses. */
function rollUpTargets(runs: readonly HistoryEntry[], list: (run: HistoryEntry) => readonly HistoryTarget[] | undefined): DayTarget[] {
  const gathered = new Map<string, DayFigures>();
  for (const run of runs) {
    for (const measured of list(run) ?? []) {
      const entry = gathered.get(measured.name) ?? { name: measured.name, url: measured.url, runs: 0, errors: 0, metrics: new Map() };
      entry.url = measured.url;
      entry.runs += 1;
      if (measured.status === 'error') entry.errors += 1;
      for (const [id, metric] of Object.entries(measured.metrics)) {
        const figures = entry.metrics.get(id) ?? { values: [], misses: 0, target: metric.target };
        figures.values.push(metric.value);
        if (metric.status === 'fail') figures.misses += 1;
        figures.target = metric.target;
        entry.metrics.set(id, figures);
      }
      gathered.set(measured.name, entry);
    }
  }
  return [...gathered.values()].map((entry) => ({
    name: entry.name,
    url: entry.url,
    runs: entry.runs,
    errors: entry.errors,
    metrics: Object.fromEntries(
      [...entry.metrics].map(([id, figures]): [string, DayMetric] => [
        id,
        { count: figures.values.length, median: median(figures.values), min: Math.min(...figures.values), max: Math.max(...figures.values), misses: figures.misses, target: figures.target },
      ]),
    ),
  }));
}

/** Rolls the runs of one day and profile into one line: per page and per endpoint, the runs, the errors and each metric's count, median, min, max and misses. */
export function rollUpDay(day: string, runs: readonly HistoryEntry[]): HistoryDay {
  if (runs.length === 0) throw new RangeError(`no runs to roll up for ${day}`);
  const ordered = [...runs].sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt));
  const endpoints = rollUpTargets(ordered, (run) => run.endpoints);
  return {
    schemaVersion: HISTORY_DAY_VERSION,
    day,
    profile: ordered.at(-1)!.profile,
    runs: ordered.length,
    pages: rollUpTargets(ordered, (run) => run.pages),
    ...(endpoints.length > 0 ? { endpoints } : {}),
  };
}

/**
 * A history with every run before the raw window rolled up: runs from `firstRawDay(now)` on stay
 * as they are, older runs become one line per day and profile, and day lines already there are
 * kept. Oldest first. Rolling up a rolled-up history changes nothing.
 */
export function rollUpHistory(lines: readonly HistoryLine[], now: Date, rawDays = RAW_HISTORY_DAYS): HistoryLine[] {
  const keepFrom = firstRawDay(now, rawDays);
  const kept: HistoryLine[] = [];
  const toRoll = new Map<string, HistoryEntry[]>();
  for (const line of lines) {
    const day = historyLineTime(line).slice(0, 10);
    if (isHistoryDay(line) || day >= keepFrom) kept.push(line);
    else {
      // By day and profile: a day measured on mobile and on desktop keeps both, apart.
      const key = `${day} ${line.profile}`;
      const runs = toRoll.get(key);
      if (runs) runs.push(line);
      else toRoll.set(key, [line]);
    }
  }
  const rolled = [...toRoll].map(([key, runs]) => rollUpDay(key.slice(0, 10), runs));
  return [...kept, ...rolled].sort((a, b) => Date.parse(historyLineTime(a)) - Date.parse(historyLineTime(b)));
}
