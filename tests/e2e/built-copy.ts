// What the browser suites share: build the handbook from a copy of its content, and serve that
// build with the local server of `npm start` (save endpoint included), on a loopback port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Builds the site from the content under `root` into `root/dist`; throws with Astro's output when the build fails. */
export function buildCopy(root: string, env: NodeJS.ProcessEnv = {}): void {
  const build = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(root, 'dist')], { env: { ...process.env, PERF_HANDBOOK_ROOT: root, ...env }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build of ${root} failed:\n${build.stderr}${build.stdout}`);
}

/** Serves `root/dist` with scripts/serve.ts on 127.0.0.1:`port`, writing saves into `root`; resolves once it answers (10 s at most). */
export async function serveCopy(root: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const server = spawn('node_modules/.bin/tsx', ['scripts/serve.ts', '--port', String(port), '--dist', join(root, 'dist')], { env: { ...process.env, PERF_HANDBOOK_ROOT: root, ...env }, stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the local server on port ${port} did not start within 10 s`);
}
