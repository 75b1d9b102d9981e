// Makes sure a Chromium is available for measuring and for the browser tests. Never downloads a
// browser from the internet: it uses CHROME_PATH or a system Chromium, and on Debian as root it
// installs Debian's `chromium` package. Anywhere else it says what to install and exits 3.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from '../src/io/find-chrome.ts';

/** Exit status when no browser can be found, as in verify-web-vitals. */
const EXIT_NO_BROWSER = 3;

/** Runs a command with its output shown; returns true when it succeeded. */
function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

/** True on a Debian-like system where this process may install packages. */
function canInstallDebianPackage(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

if (process.env.CHROME_PATH && findChrome() === undefined) {
  console.error(`perf-handbook: CHROME_PATH is "${process.env.CHROME_PATH}", which is not an executable file. Point it at a Chromium or Chrome binary, or unset it.`);
  process.exit(EXIT_NO_BROWSER);
}
if (findChrome() === undefined && canInstallDebianPackage()) {
  console.error('perf-handbook: no Chromium found; installing Debian\'s `chromium` package (apt-get)…');
  if (!run('apt-get', ['install', '-y', '-q', 'chromium'])) run('apt-get', ['update', '-q']) && run('apt-get', ['install', '-y', '-q', 'chromium']);
}
const chrome = findChrome();
if (chrome === undefined) {
  console.error(
    'perf-handbook: no Chromium or Chrome found. Install one with your system\'s package manager ' +
      '(Debian/Ubuntu: `apt-get install chromium`; Fedora: `dnf install chromium`; macOS: `brew install --cask chromium`), ' +
      'or set CHROME_PATH to its binary, then run the command again.',
  );
  process.exit(EXIT_NO_BROWSER);
}
if (process.env.PERF_HANDBOOK_VERBOSE) console.error(`perf-handbook: using ${chrome}`);
