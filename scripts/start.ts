// `npm start`: builds the handbook when its sources changed, measures the handbook itself when its
// last result is missing or older than the sources, rebuilds so the pages show that run's
// figures, then serves the site on http://localhost:4321 with the local save endpoint.
import { spawnSync } from 'node:child_process';
import { readLatestResult } from '../src/io/read-results.ts';
import { lastBuildTime, newestSourceTime } from '../src/io/source-times.ts';
import { serve } from './serve.ts';

const PORT = Number(process.env.PORT ?? 4321);

/** Runs an npm script with its output shown; returns its exit status. */
function npmRun(script: string, args: string[] = []): number {
  const result = spawnSync('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], { stdio: 'inherit' });
  return result.status ?? 1;
}

/** Builds the site; a failed build stops `npm start` with the builder's message above. */
function build(): void {
  console.error('perf-handbook: building the handbook…');
  if (npmRun('build') !== 0) {
    console.error('perf-handbook: the build failed; the messages above name the file and field to fix.');
    process.exit(1);
  }
}

const sources = newestSourceTime();
if (lastBuildTime() < sources) build();

const latest = readLatestResult('handbook');
if (latest === undefined || Date.parse(latest.generatedAt) < sources) {
  console.error('perf-handbook: measuring the handbook’s own pages and API (npm run verify-web-vitals -- --project handbook)…');
  const status = npmRun('verify-web-vitals', ['--project', 'handbook']);
  if (status === 1) console.error('perf-handbook: some pages missed a target; the project page shows which.');
  else if (status > 1) console.error(`perf-handbook: measuring stopped (exit ${status}); the site is served without new figures.`);
  if (status <= 1) build();
}

const { url } = await serve(PORT, 'dist');
console.log(`\nPerf Handbook is served at ${url.replace('127.0.0.1', 'localhost')}  (Ctrl-C to stop)`);
