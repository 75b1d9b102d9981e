/** Where a run is: which page of how many, of which project, doing what, since when. */
export interface ProgressStep {
  project: string;
  page: string;
  /** 1-based position of the page in the run. */
  index: number;
  total: number;
  /** What is happening: "TTFB 5 samples", "Lighthouse run 2/3", "error: …". */
  what: string;
  /** Milliseconds since the run started. */
  elapsedMs: number;
}

/** Formats elapsed time: "8.2 s", "2 min 05 s". */
export function formatElapsed(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.floor(seconds % 60)).padStart(2, '0')} s`;
}

/** One progress line for stderr: "[2/7] handbook · Role guide (EN) · Lighthouse run 2/3 · 14.2 s". */
export function progressText(step: ProgressStep): string {
  return `[${step.index}/${step.total}] ${step.project} · ${step.page} · ${step.what} · ${formatElapsed(step.elapsedMs)}`;
}

/** Where an endpoint's load stands, as the probe reports it about once a second. */
export interface LoadProgress {
  phase: 'warmup' | 'measure' | 'drain';
  /** Requests sent so far, warm-up included, out of all the plan holds. */
  sent: number;
  planned: number;
  currentRatePerSecond: number;
  errors: number;
  inFlight: number;
}

/** What an endpoint's progress line says: "load 120/350 sent · 10.0 req/s · 0 errors · 2 in flight". */
export function loadProgressText(progress: LoadProgress): string {
  const phase = progress.phase === 'warmup' ? 'warm-up' : progress.phase === 'drain' ? 'last answers' : 'load';
  const errors = `${progress.errors.toLocaleString('en-US')} error${progress.errors === 1 ? '' : 's'}`;
  return `${phase} ${progress.sent.toLocaleString('en-US')}/${progress.planned.toLocaleString('en-US')} sent · ${progress.currentRatePerSecond.toFixed(1)} req/s · ${errors} · ${progress.inFlight} in flight`;
}
