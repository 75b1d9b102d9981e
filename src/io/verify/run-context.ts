// What every part of a verify-web-vitals run (measuring, finishing, merging shards) is handed:
// where it reads and writes and how it speaks.

/** Where a run reads and writes, and how it speaks. */
export interface RunContext {
  /** The folder holding src/content. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** The command's name, at the start of each message. */
  name: string;
  /** Writes a line on stderr, where progress and messages go. */
  say: (text: string) => void;
  /** Writes the table or the result document on stdout. */
  out: (text: string) => void;
  /** Whether stdout and stderr are terminals (for colours). */
  tty: { stdout: boolean; stderr: boolean };
  /** The usage text, printed under a usage error. */
  usage: string;
}

/** The tool version a document states for Lighthouse and Chrome when no page was measured (`--only endpoints`). */
export const NOT_USED = 'not used';
