/** How one request ended, with the monotonic time (performance.now()) at which it did. */
export type RequestOutcome =
  | { kind: 'answer'; status: number; endedAt: number }
  | { kind: 'timeout'; endedAt: number }
  | { kind: 'network'; code: string | undefined; endedAt: number }
  | { kind: 'aborted'; endedAt: number };
