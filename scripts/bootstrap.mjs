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
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('perf-handbook: `npm install` failed; read the messages above, fix the cause and run the command again.');
    process.exit(result.status ?? 1);
  }
}
