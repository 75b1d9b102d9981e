import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { EXIT_INTERRUPTED } from '../../lib/exit-status.ts';
import { isStrayProtocolError, type LighthouseRunner } from '../lighthouse-runner.ts';
import { buildReason, buildSite, killGroup } from '../preview-build.ts';
import { startPreview, type Preview } from '../preview-server.ts';
import type { MarkedRun } from '../run-record.ts';

/** The signals that end a run: Ctrl-C, a termination request (a cancelled CI job), a closed terminal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What a stopped run leaves, said after it stops: a whole run writes each project once it is done. */
export const STOP_KEEPS_FINISHED = 'finished projects were written, unfinished ones keep their last result.';

/** What a stopped shard leaves: its file is written once all its share is measured, and results only by merge. */
export const STOP_KEEPS_NOTHING_SHARDED = 'a shard writes its file only once its whole share is measured, so nothing was written and the results are as they were; run the shard again.';

/** Everything a run started that must end when it ends or is interrupted: Chrome, the preview server, a build, and whatever carries the run's mark. */
export class RunSession {
  runner: LighthouseRunner | undefined;
  preview: Preview | undefined;
  child: ChildProcess | undefined;
  marked: MarkedRun | undefined;

  constructor(
    private readonly root: string,
    private readonly say: (text: string) => void,
    private readonly name: string,
  ) {}

  /** Ends Chrome, the preview server and any build right now, then anything else carrying this run's mark (a Chrome still starting, their helpers). */
  endEverything(): void {
    this.runner?.close();
    this.preview?.stop();
    if (this.child) killGroup(this.child);
    this.marked?.endProcesses();
  }

  /** Ends everything and removes the run file: the run is over. */
  finish(): void {
    this.endEverything();
    this.marked?.finish();
  }

  /** Makes sure the handbook's preview is running: builds it when needed, starts it, and says so. */
  async ensurePreview(): Promise<Preview> {
    if (this.preview) return this.preview;
    const reason = buildReason(this.root);
    if (reason !== undefined) {
      this.say(`${this.name}: building the handbook (${reason})...`);
      await buildSite(this.root, (child) => (this.child = child));
    }
    this.say(`${this.name}: starting the preview server...`);
    this.preview = await startPreview(this.root, (child) => (this.child = child));
    this.say(`${this.name}: the preview answers at ${this.preview.origin}.`);
    return this.preview;
  }

  /** Stops the preview server, once the projects that need it are measured. */
  stopPreview(): void {
    this.preview?.stop();
    this.preview = undefined;
  }

  /**
   * Ends the run's children on STOP_SIGNALS, says what the run leaves (`kept`) and leaves with
   * 130 (Ctrl-C) or 128 + the signal's number; writes are synchronous, so none is ever half
   * done. Lighthouse's stray protocol rejections (Chrome gone mid-run) are ignored; any other
   * unhandled rejection is a bug.
   */
  handleStops(kept: string = STOP_KEEPS_FINISHED): void {
    for (const signal of STOP_SIGNALS) {
      process.on(signal, () => {
        this.finish();
        process.stderr.on('error', () => {}); // after SIGHUP the terminal may be gone: the last line is then lost, not the exit
        this.say(`\n${this.name}: stopped (${signal}). Chrome, the preview server and any build are ended; ${kept}`);
        process.exit(signal === 'SIGINT' ? EXIT_INTERRUPTED : 128 + constants.signals[signal]);
      });
    }
    process.on('unhandledRejection', (reason: unknown) => {
      if (isStrayProtocolError(reason)) return;
      this.endEverything();
      throw reason;
    });
  }
}
