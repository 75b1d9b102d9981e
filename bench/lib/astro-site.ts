// Builds an Astro site that has no package.json or node_modules of its own, with this repo's
// Astro and packages, so a benchmark site needs no install and no network.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's node_modules, shared by every benchmark site. */
const REPO_MODULES = resolve('node_modules');
/** Astro's command line, run with the Node that runs this script (the project's Node 24). */
const ASTRO_BIN = join(REPO_MODULES, 'astro/bin/astro.mjs');
/** Caches Astro and Vite keep inside node_modules, which each site must have to itself. */
const CACHE_ENTRIES = new Set(['.astro', '.vite', '.cache', '.bin']);

/** Gives `dir` a node_modules of links to the repo's packages, leaving out the caches, so builds of different sites never share one. */
export function linkNodeModules(dir: string): void {
  const target = join(dir, 'node_modules');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(REPO_MODULES)) {
    if (!CACHE_ENTRIES.has(entry)) symlinkSync(join(REPO_MODULES, entry), join(target, entry));
  }
}

/** Removes a site's build output and caches, so the next build starts cold. */
export function cleanBuild(dir: string, outDir = join(dir, 'dist')): void {
  for (const path of [outDir, join(dir, '.astro'), join(dir, 'node_modules/.astro'), join(dir, 'node_modules/.vite')]) {
    rmSync(path, { recursive: true, force: true });
  }
}

/** Counts the HTML pages a build wrote. */
export function countPages(outDir: string): number {
  if (!existsSync(outDir)) return 0;
  return (readdirSync(outDir, { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).length;
}

/** Runs `astro build` on the site in `root`; resolves with the wall-clock time it took, rejects with the tail of its output on failure. */
export function buildAstro(root: string, options: { outDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  const args = [ASTRO_BIN, 'build', '--root', root, ...(options.outDir ? ['--outDir', options.outDir] : [])];
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolvePromise(ms);
      else reject(new Error(`astro build in ${root} exited with ${code}:\n${output}`));
    });
  });
}
