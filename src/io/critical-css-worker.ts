// One worker thread of the critical CSS step (critical-css.ts): rewrites its share of the build's
// pages and hands back what each became, or the error that stopped it.
import { parentPort, workerData } from 'node:worker_threads';
import { inlineCriticalCssInPages } from './critical-css.ts';

const { dir, files } = workerData as { dir: string; files: string[] };
try {
  parentPort!.postMessage({ results: inlineCriticalCssInPages(dir, files) });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
