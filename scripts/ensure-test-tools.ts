// Makes sure the tools the tests use are on the machine: strace (it holds a write between two
// system calls, to prove a lock or a rename), openssl (it makes the TLS test's certificate) and
// promtool (it checks the generated Prometheus rules and runs their unit tests; Debian's
// `prometheus` package ships it) and fc-list (it proves each status symbol has a font to draw it). On Debian as root, as in CI, missing ones are installed from Debian's packages;
// elsewhere it says what is missing, and those tests skip outside CI (tests/fixtures/prerequisite.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each tool: the command tests look for, and the Debian package that ships it. */
const TOOLS: Array<{ command: string; paths: string[]; debianPackage: string }> = [
  { command: 'strace', paths: ['/usr/bin/strace', '/bin/strace'], debianPackage: 'strace' },
  { command: 'openssl', paths: ['/usr/bin/openssl', '/bin/openssl'], debianPackage: 'openssl' },
  { command: 'promtool', paths: ['/usr/bin/promtool', '/usr/local/bin/promtool'], debianPackage: 'prometheus' },
  { command: 'fc-list', paths: ['/usr/bin/fc-list', '/bin/fc-list'], debianPackage: 'fontconfig' },
];

/** Runs a command with its output shown; returns true when it succeeded. */
function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

const missing = TOOLS.filter((tool) => !tool.paths.some((path) => existsSync(path)));
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.debianPackage);
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.error(`perf-handbook: installing ${packages.join(', ')} for the tests (apt-get)…`);
    if (!run('apt-get', ['install', '-y', '-q', ...packages])) run('apt-get', ['update', '-q']) && run('apt-get', ['install', '-y', '-q', ...packages]);
  } else {
    console.error(`perf-handbook: ${missing.map((tool) => tool.command).join(' and ')} not found: the tests that need them skip here and fail in CI. Install ${packages.join(', ')} with your package manager to run them.`);
  }
}
