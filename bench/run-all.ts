// Runs every `bench:*` script of package.json in turn, so a benchmark added later is picked up
// by `npm run bench` without editing this file. Extra arguments are not passed on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The names of the benchmark scripts, in the order package.json lists them. */
function benchScripts(): string[] {
  const { scripts = {} } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
  return Object.keys(scripts).filter((name) => name.startsWith('bench:'));
}

const names = benchScripts();
if (names.length === 0) {
  console.error('bench: package.json has no bench:* script to run.');
  process.exit(2);
}
const failed: string[] = [];
for (const name of names) {
  console.log(`\n=== npm run ${name} ===`);
  const { status, error } = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (error || status !== 0) failed.push(`${name} (${error ? error.message : `exit ${status}`})`);
}
if (failed.length > 0) {
  console.error(`\nbench: ${failed.length} of ${names.length} benchmarks failed: ${failed.join(', ')}`);
  process.exit(1);
}
