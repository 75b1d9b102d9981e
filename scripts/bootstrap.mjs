// Installs the project's dependencies when they are missing or older than the lockfile.
// Plain JavaScript on purpose: it runs on whatever Node the machine has (Node 20 is enough),
// before the project's own Node 24 (the `node` devDependency) exists.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

/** Modification time of a file in ms, or 0 when it does not exist. */
function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

const installed = mtime('node_modules/.package-lock.json');
const wanted = Math.max(mtime('package-lock.json'), mtime('package.json'));
const projectNode = mtime('node_modules/.bin/node');

if (installed === 0 || projectNode === 0 || installed < wanted) {
  console.error('perf-handbook: installing dependencies (npm install)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // npm's own output is shown as it is, except its EBADENGINE warnings: on Node 20 every package
  // that needs Node 22 or later warns, although the project's own Node 24 is what will run them.
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = (result.stderr ?? '').split('\n');
  const engine = lines.filter((line) => line.includes('EBADENGINE'));
  const rest = lines.filter((line) => !line.includes('EBADENGINE')).join('\n').trim();
  if (rest !== '') console.error(rest);
  if (engine.length > 0) {
    const packages = engine.filter((line) => /EBADENGINE\s+package:/.test(line)).length;
    console.error(`perf-handbook: ${packages} package(s) asked for a newer Node than ${process.version}; they run on the project's own Node 24 (the \`node\` devDependency), so npm's EBADENGINE warnings were left out.`);
  }
  if (result.status !== 0) {
    console.error('perf-handbook: `npm install` failed; read the messages above, fix the cause and run the command again.');
    process.exit(result.status ?? 1);
  }
}
