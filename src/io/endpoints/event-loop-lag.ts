import { monitorEventLoopDelay } from 'node:perf_hooks';

/** How late the probe's own event loop ran, in milliseconds beyond the sampling interval. */
export interface EventLoopLag {
  p99Ms: number;
  maxMs: number;
}

/** The sampling interval of the delay monitor, in milliseconds (Node's default). */
const RESOLUTION_MS = 10;
const NANOSECONDS_PER_MS = 1e6;

/** Watches this process's event-loop delay until stopped. */
export class EventLoopLagMonitor {
  readonly #monitor: ReturnType<typeof monitorEventLoopDelay>;

  constructor() {
    this.#monitor = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    this.#monitor.enable();
  }

  /** Forgets what was seen so far (when the measured window opens). */
  reset(): void {
    this.#monitor.reset();
  }

  /** Stops watching and says how late the loop ran; the monitor's samples include its own interval, which is taken off. */
  stop(): EventLoopLag {
    this.#monitor.disable();
    if (this.#monitor.count === 0) return { p99Ms: 0, maxMs: 0 };
    const lag = (nanoseconds: number) => Math.max(0, nanoseconds / NANOSECONDS_PER_MS - RESOLUTION_MS);
    return { p99Ms: round3(lag(this.#monitor.percentile(99))), maxMs: round3(lag(this.#monitor.max)) };
  }
}

/** Rounds to the microsecond so the figure prints plainly. */
function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
