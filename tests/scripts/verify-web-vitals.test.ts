import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentIdentity, procStat } from '../../src/io/process-identity.ts';
import { historyEntrySchema, resultDocumentSchema, type PageResult, type ResultDocument } from '../../src/lib/schema/result.ts';
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from '../fixtures/small-disk.ts';
import { fixturePage, PRIVATE_HEADER, SLOW_FIRST_BYTE_MS, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';

// The real command, with real Lighthouse and the system Chromium, against pages served by this test
// on 127.0.0.1. Every run reads and writes a temp copy of src/content (PERF_HANDBOOK_ROOT), never
// the repository's. Timings are checked as ranges, never as exact values.

const work = mkdtempSync(join(tmpdir(), 'verify-web-vitals-'));
/** The project's Node (Lighthouse 13 and Astro 7 need 22+), whatever Node runs the tests. */
const NODE = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
/** A secret the private page needs; it must never appear in any output. */
const TOKEN = 'tok-3f9a1c-never-print-me';
/** A mark in the environment of every process a run starts (Chrome, the preview), to find leftovers. */
const TAG = `vwv-test-${process.pid}`;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ token: TOKEN });
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh copy of the content with extra project files; returns its root. */
function contentCopy(projects: Record<string, string> = {}): string {
  const root = mkdtempSync(join(work, 'root-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  for (const [id, yaml] of Object.entries(projects)) writeFileSync(join(root, 'src/content/projects', `${id}.yaml`), yaml);
  return root;
}

/** A project file listing pages of the fixture server (`path` on it, or a full URL). */
function projectYaml(pages: Array<{ name: string; url: string; headers?: Record<string, string> }>): string {
  const lines = pages.map((page) => `  - name: ${page.name}\n    url: ${page.url}${page.headers ? `\n    headers: ${JSON.stringify(page.headers)}` : ''}`);
  return `name: Fixtures\ndescription: Pages served by the test.\nowner: { name: Tests }\nprofile: desktop\npages:\n${lines.join('\n')}\n`;
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the command in a child process; `during` gets the child to signal it. */
function verify(args: string[], options: { root: string; env?: Record<string, string>; during?: (child: ReturnType<typeof spawn>) => void }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(NODE, ['--import', 'tsx', 'scripts/verify-web-vitals.ts', ...args], {
      env: { ...process.env, PERF_HANDBOOK_ROOT: options.root, NO_COLOR: '1', PERF_HANDBOOK_TEST_TAG: TAG, GITHUB_STEP_SUMMARY: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    options.during?.(child);
    child.once('exit', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** Processes that carry this test's mark: what a run started and left behind. */
function taggedProcesses(): Array<{ pid: number; cmdline: string }> {
  const found: Array<{ pid: number; cmdline: string }> = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (!readFileSync(`/proc/${name}/environ`, 'latin1').includes(`PERF_HANDBOOK_TEST_TAG=${TAG}\0`)) continue;
      found.push({ pid: Number(name), cmdline: readFileSync(`/proc/${name}/cmdline`, 'latin1').replace(/\0/g, ' ') });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** Waits until no marked process is left (Chrome's helpers take a moment to go); returns those left. */
async function leftovers(): Promise<string[]> {
  for (let i = 0; i < 40 && taggedProcesses().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  return taggedProcesses().map((entry) => entry.cmdline.slice(0, 120));
}

/** The files of a root's results folder. */
const resultFiles = (root: string) => (existsSync(join(root, 'src/content/results')) ? readdirSync(join(root, 'src/content/results')) : []);
const pageNamed = (document: ResultDocument, name: string): PageResult => document.projects.flatMap((project) => project.pages).find((page) => page.name === name)!;

describe('bad usage and configuration exit 2 before anything is measured', () => {
  const root = contentCopy({ fixtures: projectYaml([{ name: 'Fast', url: 'http://127.0.0.1:9/fast' }]), secret: projectYaml([{ name: 'Private', url: 'http://127.0.0.1:9/private', headers: { [PRIVATE_HEADER]: 'env:VWV_MISSING_TOKEN' } }]) });
  test.each<[string, string[], RegExp[]]>([
    ['an unknown flag', ['--colour'], [/unknown option "--colour"/, /Usage: npm run verify-web-vitals/]],
    ['zero runs', ['--runs', '0'], [/--runs is "0": expected a whole number of Lighthouse runs from 1 to 20/, /Usage:/]],
    ['an unknown profile', ['--profile', 'tablet'], [/--profile is "tablet": expected one of mobile, desktop/]],
    ['a URL that is not http(s)', ['--url', 'file:///etc/passwd'], [/--url is "file:\/\/\/etc\/passwd": expected an absolute http:\/\/ or https:\/\/ URL/]],
    ['an unknown project', ['--project', 'handbok'], [/--project is "handbok", which is not a project: did you mean "handbook"\?/, /Usage:/]],
    ['a header whose variable is not set', ['--project', 'secret'], [/secret\.yaml: field `pages\[0\]\.headers\.X-Fixture-Token` reads the environment variable VWV_MISSING_TOKEN, which is not set/]],
  ])('%s', async (_, args, messages) => {
    const run = await verify(args, { root });
    expect(run.status).toBe(2);
    for (const message of messages) expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(resultFiles(root)).toEqual([]);
  });

  test('an invalid project file names the file and the field', async () => {
    const broken = contentCopy({ broken: 'name: Broken\ndescription: x\nowner: { name: x }\npages:\n  - { name: Bad, url: "javascript:alert(1)" }\n' });
    const run = await verify(['--project', 'broken'], { root: broken });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/src\/content\/projects\/broken\.yaml: field `pages\[0\]\.url` is "javascript:alert\(1\)": expected an absolute http:\/\/ or https:\/\/ URL/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace for bad input
  });

  test('a credential written literally is refused, naming the file and field, never showing the value', async () => {
    const leaky = contentCopy({ leaky: projectYaml([{ name: 'Private', url: 'http://127.0.0.1:9/private', headers: { Authorization: 'Bearer literal-secret-value' } }]) });
    const run = await verify(['--project', 'leaky'], { root: leaky });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/src\/content\/projects\/leaky\.yaml: field `pages\[0\]\.headers\.Authorization` is a value \(not shown: it may be a secret\): expected env:NAME/);
    expect(run.stderr + run.stdout).not.toContain('literal-secret-value');
  });

  test('--help prints the usage with the exit codes and exits 0', async () => {
    const run = await verify(['--help'], { root });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--ttfb-samples <n>/);
    expect(run.stdout).toMatch(/3 +nothing could be measured at all/);
  });

  test('no browser exits 3 and says what to install', async () => {
    const run = await verify(['--url', `${server.origin}/fast`], { root, env: { CHROME_PATH: join(work, 'no-such-chrome') } });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/no Chromium or Chrome found .*apt-get install chromium/);
  });

  test('a browser that will not start exits 3 and says which binary failed', async () => {
    const run = await verify(['--url', `${server.origin}/fast`], { root, env: { CHROME_PATH: '/bin/false' } });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/Chrome could not be started from \/bin\/false: it exited \(status 1\) while starting. Nothing was measured\./);
  });
});

describe('a run over fast, slow, failing, refusing, hanging, looping and blank pages', () => {
  let root: string;
  let run: Run;
  let document: ResultDocument;
  const summary = join(work, 'step-summary.md');
  const junit = join(work, 'reports', 'vitals.xml');

  beforeAll(async () => {
    root = contentCopy({
      fixtures: projectYaml([
        { name: 'Fast', url: `${server.origin}/fast` },
        { name: 'Slow', url: `${server.origin}/slow` },
        { name: 'Server error', url: `${server.origin}/error` },
        { name: 'Refused', url: server.refusedUrl },
        { name: 'Hang', url: `${server.origin}/hang` },
        { name: 'Loop', url: `${server.origin}/loop` },
        { name: 'Not HTML', url: `${server.origin}/json` },
        { name: 'Blank', url: `${server.origin}/blank` },
        // A short literal header value: it once made --json print `"schemaVersion": [redacted]`.
        { name: 'Private', url: `${server.origin}/private`, headers: { [PRIVATE_HEADER]: 'env:VWV_TEST_TOKEN', 'X-Preview': '1' } },
      ]),
    });
    writeFileSync(summary, '# Earlier step\n');
    run = await verify(['--project', 'fixtures', '--runs', '1', '--ttfb-samples', '3', '--timeout', '2', '--json', '--junit', junit], {
      root,
      env: { VWV_TEST_TOKEN: TOKEN, GITHUB_STEP_SUMMARY: summary },
    });
    document = JSON.parse(run.stdout) as ResultDocument;
  }, 240_000);

  test('exits 1, with stdout holding exactly the result document, valid against its schema', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(resultDocumentSchema.safeParse(document).success).toBe(true);
    expect(document).toMatchObject({ schemaVersion: 2, profile: 'desktop', runs: 1, ttfbSamples: 3, status: 'error' });
    expect(document.tools.lighthouse).toMatch(/^13\./);
    expect(document.tools.chrome).toMatch(/^\d+\.\d+/);
  });

  test('the fast page passes, with values in sensible ranges', () => {
    const page = pageNamed(document, 'Fast');
    expect(page.status).toBe('pass');
    expect(page.metrics.ttfb!.value).toBeGreaterThan(0);
    expect(page.metrics.ttfb!.value).toBeLessThan(150);
    expect(page.metrics.fcp!.value).toBeGreaterThan(0);
    expect(page.metrics.fcp!.value).toBeLessThan(1000);
    expect(page.metrics.tti!.value).toBeGreaterThanOrEqual(page.metrics.fcp!.value);
    // How high the performance score is, is a speed goal: npm run bench:verify prints it. The other
    // three scores depend on the page alone, which is built accessible and valid (fixturePage).
    const { performance: performanceScore, ...others } = page.lighthouse!.scores;
    expect(others).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(Number.isInteger(performanceScore) && performanceScore! >= 0 && performanceScore! <= 100, String(performanceScore)).toBe(true);
    expect(page).toMatchObject({ runs: 1, ttfbSamples: 3 });
  });

  test('the page whose first byte takes 350 ms fails TTFB only', () => {
    const page = pageNamed(document, 'Slow');
    expect(page.status).toBe('fail');
    expect(page.metrics.ttfb).toMatchObject({ status: 'fail', target: 200 });
    expect(page.metrics.ttfb!.value).toBeGreaterThanOrEqual(SLOW_FIRST_BYTE_MS - 5);
    expect(page.metrics.ttfb!.value).toBeLessThan(SLOW_FIRST_BYTE_MS + 400);
    expect(page.metrics.fcp!.status).toBe('pass');
  });

  test.each<[string, RegExp]>([
    ['Server error', /^the page answered HTTP 500 Internal Server Error/],
    ['Refused', /^connection refused by 127\.0\.0\.1:\d+/],
    ['Hang', /^no answer within 2 s \(--timeout 2\)/],
    ['Loop', /^redirect loop: .*\/loop → .*\/loop-again → .*\/loop$/],
    ['Not HTML', /^the page answered application\/json, not HTML/],
    ['Blank', /^Lighthouse could not measure the page \(NO_FCP\)/],
  ])('%s is an error that says what happened, and the others were still measured', (name, message) => {
    const page = pageNamed(document, name);
    expect(page).toMatchObject({ status: 'error', metrics: {} });
    expect(page.error).toMatch(message);
  });

  test('the page behind a header is measured with it, and the secret appears nowhere', () => {
    expect(pageNamed(document, 'Private').status).toBe('pass');
    const browserSawToken = server.requests.some((request) => request.path === '/private' && request.browser && request.headers[PRIVATE_HEADER.toLowerCase()] === TOKEN);
    expect(browserSawToken).toBe(true);
    const everything = [run.stdout, run.stderr, readFileSync(junit, 'utf8'), readFileSync(summary, 'utf8'), ...resultFiles(root).map((name) => readFileSync(join(root, 'src/content/results', name), 'utf8'))];
    for (const text of everything) expect(text).not.toContain(TOKEN);
  });

  test('progress and the table go to stderr', () => {
    expect(run.stderr).toMatch(/\[1\/9\] fixtures · Fast · Lighthouse run 1\/1 · \d+\.\d s/);
    expect(run.stderr).toMatch(/PROJECT +PAGE +TTFB +FCP +TTI/);
    expect(run.stderr).toMatch(/9 pages: 2 pass, 1 fail, 6 error/);
    expect(run.stderr).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  test('the results the site reads are written, with one history line', () => {
    const latest = JSON.parse(readFileSync(join(root, 'src/content/results/fixtures.json'), 'utf8')) as ResultDocument;
    expect(resultDocumentSchema.safeParse(latest).success).toBe(true);
    expect(latest.generatedAt).toBe(document.generatedAt);
    expect(latest.projects.map((project) => project.id)).toEqual(['fixtures']);
    const lines = readFileSync(join(root, 'src/content/results/fixtures.history.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(historyEntrySchema.safeParse(JSON.parse(lines[0]!)).success).toBe(true);
    expect(resultFiles(root).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  test('CI outputs: a JUnit case per page and metric, and a Markdown summary appended', () => {
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuites name="verify-web-vitals" tests="27" failures="1" errors="18" skipped="0">/);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown.startsWith('# Earlier step\n')).toBe(true);
    expect(markdown).toMatch(/## ! Web vitals: error/);
    expect(markdown).toMatch(/\| \[Slow\]\(http:\/\/127\.0\.0\.1:\d+\/slow\) \| \*\*\d+ ms ✗\*\* \(target < 200 ms\)/);
  });

  test('Chrome is gone when the command ends', async () => {
    expect(await leftovers()).toEqual([]);
  });

  test('a later run that measures nothing keeps the last good result and adds to the history', async () => {
    const latest = join(root, 'src/content/results/fixtures.json');
    const before = readFileSync(latest);
    const down = contentCopy();
    cpSync(join(root, 'src/content/results'), join(down, 'src/content/results'), { recursive: true });
    writeFileSync(join(down, 'src/content/projects/fixtures.yaml'), projectYaml([{ name: 'Fast', url: server.refusedUrl }, { name: 'Slow', url: server.refusedUrl }]));
    const again = await verify(['--project', 'fixtures', '--runs', '1', '--ttfb-samples', '1'], { root: down });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/nothing was measured, so the last result stays/);
    expect(readFileSync(join(down, 'src/content/results/fixtures.json'))).toEqual(before);
    const history = readFileSync(join(down, 'src/content/results/fixtures.history.jsonl'), 'utf8').trim().split('\n');
    expect(history).toHaveLength(2);
    expect(JSON.parse(history[1]!).pages[0].status).toBe('error');
  });
});

describe('ad hoc pages', () => {
  test('--url pages are judged against the default targets and nothing is written', async () => {
    const root = contentCopy();
    const run = await verify(['--url', `${server.origin}/fast`, '--url', `${server.origin}/redirected`, '--runs', '1', '--ttfb-samples', '2', '--profile', 'desktop'], { root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/ad-hoc +http:\/\/127\.0\.0\.1:\d+\/fast +\d+(\.\d)? ms ✓/);
    expect(run.stdout).toMatch(/2 pages: 2 pass/);
    expect(resultFiles(root)).toEqual([]);
  }, 120_000);
});

describe('stopping and crashing', () => {
  /** Measures the project `stop` of `root` and presses Ctrl-C once Chrome is loading its page, whose image takes 30 s; throws when the load never began. */
  async function interruptedWhileLoading(root: string, extra: string[] = []) {
    let interrupted = false;
    const run = await verify(['--project', 'stop', '--runs', '3', '--ttfb-samples', '1', ...extra], {
      root,
      during: (child) => {
        server.hooks.onBrowserSlowLoad = () => {
          if (interrupted) return;
          interrupted = true;
          setTimeout(() => child.kill('SIGINT'), 300);
        };
      },
    });
    server.hooks.onBrowserSlowLoad = undefined;
    if (!interrupted) throw new Error(`the run ended before Chrome loaded the slow page:\n${run.stderr}`);
    return run;
  }

  test('Ctrl-C ends Chrome, exits 130, keeps the last good result and leaves no temp file', async () => {
    const root = contentCopy({ stop: projectYaml([{ name: 'Slow load', url: `${server.origin}/slow-load` }]) });
    const results = join(root, 'src/content/results');
    mkdirSync(results, { recursive: true });
    const lastGood = '{"kept": "as it was"}\n';
    writeFileSync(join(results, 'stop.json'), lastGood);
    const run = await interruptedWhileLoading(root);
    expect(run.status).toBe(130);
    expect(run.stderr).toMatch(/stopped \(SIGINT\)/);
    expect(await leftovers()).toEqual([]);
    expect(readFileSync(join(results, 'stop.json'), 'utf8')).toBe(lastGood);
    expect(readdirSync(results)).toEqual(['stop.json']);
  }, 120_000);

  test('Ctrl-C stops a shard, which writes no file and says so, not that finished projects were written', async () => {
    const root = contentCopy({ stop: projectYaml([{ name: 'Slow load', url: `${server.origin}/slow-load` }]) });
    const out = join(root, 'shard-out');
    const run = await interruptedWhileLoading(root, ['--shard', '1/1', '--out', out]);
    expect(run.status).toBe(130);
    expect(run.stderr).toMatch(/stopped \(SIGINT\)\. Chrome, the preview server and any build are ended; a shard writes its file only once its whole share is measured, so nothing was written/);
    expect(run.stderr).not.toMatch(/finished projects were written/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(resultFiles(root)).toEqual([]);
    expect(await leftovers()).toEqual([]);
  }, 120_000);

  test('a Chrome that crashes mid-run is replaced once, and the page is still measured', async () => {
    const root = contentCopy({ crash: projectYaml([{ name: 'Crash', url: `${server.origin}/crash` }]) });
    let killed = 0;
    server.hooks.onBrowserCrashPage = () => {
      if (killed > 0) return;
      // The browser process is the one with the debugging port; its helpers carry --type=.
      const browser = taggedProcesses().find((entry) => entry.cmdline.includes('--remote-debugging-port') && !entry.cmdline.includes('--type='));
      if (browser) {
        killed++;
        process.kill(browser.pid, 'SIGKILL');
      }
    };
    const run = await verify(['--project', 'crash', '--runs', '1', '--ttfb-samples', '1', '--timeout', '15', '--json'], { root });
    server.hooks.onBrowserCrashPage = undefined;
    expect(killed).toBe(1);
    expect(run.stderr).toMatch(/Chrome crashed while measuring the page.*retrying once with a fresh Chrome/);
    expect(run.status, run.stderr).toBe(0);
    expect(pageNamed(JSON.parse(run.stdout) as ResultDocument, 'Crash')).toMatchObject({ status: 'pass', runs: 1 });
    expect(await leftovers()).toEqual([]);
  }, 180_000);
});

describe('the handbook on its own preview server', () => {
  /** A copy whose handbook project lists the given paths. */
  function handbookCopy(paths: string[]): string {
    const root = contentCopy();
    const file = join(root, 'src/content/projects/handbook.yaml');
    // Its pages replaced by the ones given; its endpoint left out: these tests are about the pages.
    const text = readFileSync(file, 'utf8')
      .replace(/pages:\n(  - .*\n    path: .*\n)+/, `pages:\n${paths.map((path, i) => `  - name: Page ${i}\n    path: ${path}\n`).join('')}`)
      .replace(/^endpoints:\n(?:(?: {2,}.*)?\n)*/m, '');
    writeFileSync(file, text);
    return root;
  }

  test('an up-to-date build is previewed on a free loopback port, measured, and the server stopped', async () => {
    const root = handbookCopy(['/', '/en/']);
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'en'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), fixturePage('Accueil'));
    writeFileSync(join(dist, 'en/index.html'), fixturePage('Home'));
    const future = new Date('2100-01-01T00:00:00Z'); // newer than any source: no build needed
    utimesSync(join(dist, 'index.html'), future, future);
    const run = await verify(['--project', 'handbook', '--runs', '1', '--ttfb-samples', '2', '--json'], { root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/building the handbook/);
    expect(run.stderr).toMatch(/the preview answers at http:\/\/127\.0\.0\.1:\d+/);
    const document = JSON.parse(run.stdout) as ResultDocument;
    expect(document.projects[0]!.pages.map((page) => page.url)).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/$/), expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/en\/$/)]);
    expect(document.profile).toBe('desktop'); // the handbook's own profile
    expect(existsSync(join(root, 'src/content/results/handbook.json'))).toBe(true);
    expect(await leftovers()).toEqual([]);
  }, 180_000);

  test('a build that fails puts every preview page in error, quotes Astro, and exits 3', async () => {
    const root = handbookCopy(['/', '/en/']);
    writeFileSync(join(root, 'dist'), 'a file where the build folder goes: astro build cannot write there');
    const run = await verify(['--project', 'handbook', '--runs', '1', '--json'], { root });
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/the handbook could not be built \(astro build exited \d+\); run npm run build to see why\.\nIts last lines:\n[^]*(ENOTDIR|EEXIST|not a directory)/i);
    const document = JSON.parse(run.stdout) as ResultDocument;
    expect(document.projects[0]!.pages.map((entry) => [entry.status, entry.error])).toEqual([
      ['error', expect.stringMatching(/^the handbook could not be built .*see why\.$/)],
      ['error', expect.stringMatching(/^the handbook could not be built/)],
    ]);
    expect(resultFiles(root).filter((name) => name.endsWith('.json'))).toEqual([]); // nothing measured: no latest result
    expect(await leftovers()).toEqual([]);
  }, 180_000);

  test('a missing build is built first (the real Astro build of the copy), then measured', async () => {
    const root = handbookCopy(['/en/role/']);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    const run = await verify(['--project', 'handbook', '--runs', '1', '--ttfb-samples', '1', '--json'], { root });
    // The build must succeed: a failed build (exit 3) is this test failing, never another branch.
    expect(run.stderr).not.toMatch(/could not be built/);
    expect(run.status, run.stderr).toBeLessThanOrEqual(1); // 1 only if the busy machine misses a target
    const built = readFileSync(join(root, 'dist/en/role/index.html'), 'utf8');
    expect(built).toMatch(/<title>Performance Engineer role guide \| Perf Handbook<\/title>/);
    // In that order: the build, then the preview of it, then Lighthouse on the page.
    const order = [/building the handbook \(there is no build yet\)/, /the preview answers at http:\/\/127\.0\.0\.1:\d+/, /\[1\/1\] handbook · Page 0 · Lighthouse run 1\/1/].map((step) => run.stderr.search(step));
    expect(order.every((at) => at >= 0), run.stderr).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const page = (JSON.parse(run.stdout) as ResultDocument).projects[0]!.pages[0]!;
    expect(page.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/role\/$/);
    expect(page.status, page.error).toMatch(/^(pass|fail)$/);
    expect(page.metrics.ttfb!.value).toBeGreaterThan(0);
    expect(page.metrics.fcp!.value).toBeGreaterThan(0);
    expect(page.lighthouse!.scores.performance).toBeGreaterThan(0);
    expect(existsSync(join(root, 'src/content/results/handbook.json'))).toBe(true);
    expect(await leftovers()).toEqual([]);
  }, 300_000);
});

describe('results that cannot be written', () => {
  /** A copy with one fast fixture page, and a last good result to keep. */
  function writableCopy(): { root: string; results: string; lastGood: string } {
    const root = contentCopy({ fixtures: projectYaml([{ name: 'Fast', url: `${server.origin}/fast` }]) });
    const results = join(root, 'src/content/results');
    mkdirSync(results, { recursive: true });
    const lastGood = '{"kept": "as it was"}\n';
    writeFileSync(join(results, 'fixtures.json'), lastGood);
    return { root, results, lastGood };
  }
  const ONE_QUICK_RUN = ['--project', 'fixtures', '--runs', '1', '--ttfb-samples', '1', '--json'];

  /** Checks what a run that could not write must still give: exit 4, the document and the table, a copy in the temp folder, one paragraph, no trace. */
  function expectSavedElsewhere(run: Run, tmp: string): RegExpExecArray {
    expect(run.status, run.stderr).toBe(4);
    const document = JSON.parse(run.stdout) as ResultDocument;
    expect(pageNamed(document, 'Fast').status).toBe('pass');
    expect(run.stderr).toMatch(/PROJECT +PAGE +TTFB/);
    const message = /verify-web-vitals: the results of fixtures were not written: (.*) The files the site reads were left as they were; the measured results are saved in (\S+) \(the document --json prints\), so nothing measured is lost\.\n/.exec(run.stderr);
    expect(message, run.stderr).not.toBeNull();
    expect(message![2]!.startsWith(tmp)).toBe(true);
    expect(JSON.parse(readFileSync(message![2]!, 'utf8'))).toEqual(document);
    expect(run.stderr).not.toMatch(/unexpected error|\n\s+at /);
    return message!;
  }

  test('a lock naming a live process that is no verify-web-vitals run (PID 1) is taken over at once', async () => {
    const { root, results } = writableCopy();
    writeFileSync(join(results, '.verify-web-vitals.lock'), '1'); // an earlier version's lock file
    const run = await verify(ONE_QUICK_RUN, { root });
    expect(run.status, run.stderr).toBe(0); // before: 30 s of waiting, then "unexpected error (a bug)" and the results lost
    expect(run.stderr).toMatch(/fixtures: wrote .*fixtures\.json/);
    expect(resultFiles(root).sort()).toEqual(['fixtures.history.jsonl', 'fixtures.json']);
  }, 120_000);

  test('a lock a live run keeps: exit 4, the table and --json printed, the results saved in the temp folder, the last good file kept', async () => {
    const { root, results, lastGood } = writableCopy();
    // A live process that is exactly who the lock says: a run that never lets go.
    const holder = spawn('sleep', ['600'], { stdio: 'ignore' });
    const token = '0123456789abcdef';
    mkdirSync(join(results, '.verify-web-vitals.lock'));
    writeFileSync(join(results, '.verify-web-vitals.lock', `owner.${token}.json`), JSON.stringify({ ...currentIdentity(), pid: holder.pid, startTime: procStat(holder.pid!)!.startTime, token, at: '2026-11-23T10:00:00.000Z' }));
    const tmp = mkdtempSync(join(work, 'tmp-'));
    const run = await verify(ONE_QUICK_RUN, { root, env: { TMPDIR: tmp } });
    holder.kill('SIGKILL');
    const message = expectSavedElsewhere(run, tmp);
    expect(message[1]).toMatch(new RegExp(`\\.verify-web-vitals\\.lock: another verify-web-vitals run holds the results lock \\(process ${holder.pid} on .*\\) and did not release it within 30 s; if that run is stuck, end it, and if no run is going on, delete that folder \\(rm -r .*\\), then run the command again\\.`));
    expect(readFileSync(join(results, 'fixtures.json'), 'utf8')).toBe(lastGood);
    expect(resultFiles(root).sort()).toEqual(['.verify-web-vitals.lock', 'fixtures.json']);
  }, 180_000);

  describe.skipIf(skipWithout(smallDiskAvailable, 'root, to mount a small tmpfs'))('on a real full disk (a tmpfs mounted by the test; needs root)', () => {
    const disks: SmallDisk[] = [];
    afterAll(() => disks.forEach((disk) => disk.unmount()));

    test('exit 4, the table and --json printed, the results saved in the temp folder, the last good file kept', async () => {
      const disk = mountSmallDisk(work, '8m');
      disks.push(disk);
      const { root: copy } = writableCopy();
      const root = join(disk.dir, 'root');
      cpSync(copy, root, { recursive: true });
      const results = join(root, 'src/content/results');
      const before = readFileSync(join(results, 'fixtures.json'));
      disk.fill();
      const tmp = mkdtempSync(join(work, 'tmp-'));
      const run = await verify(ONE_QUICK_RUN, { root, env: { TMPDIR: tmp } });
      const message = expectSavedElsewhere(run, tmp); // before: "unexpected error (a bug)" with a stack trace, exit 1
      expect(message[1]).toMatch(/results\/\S+ could not be written: the disk is full \(ENOSPC\); free some space on it, then run the command again\./);
      expect(readFileSync(join(results, 'fixtures.json'))).toEqual(before);
      expect(readdirSync(results)).toEqual(['fixtures.json']);
    }, 120_000);
  });
});

describe('signals and killed runs', () => {
  /** A copy whose handbook is previewed from a ready build, its page holding a frame that takes 30 s to load, so Chrome and the preview are both up while it loads. */
  function slowPreviewCopy(): string {
    const root = contentCopy({ fixtures: projectYaml([{ name: 'Fast', url: `${server.origin}/fast` }]) });
    const file = join(root, 'src/content/projects/handbook.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/pages:\n(  - .*\n    path: .*\n)+/, 'pages:\n  - name: Home\n    path: /\n'));
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'dist/index.html'), fixturePage('Accueil', `<iframe src="${server.origin}/slow-load" title="A frame that takes long"></iframe>`));
    const future = new Date('2100-01-01T00:00:00Z'); // newer than any source: no build needed
    utimesSync(join(root, 'dist/index.html'), future, future);
    return root;
  }

  interface Started {
    pid: number;
    startTime: string;
    cmdline: string;
  }
  /** The processes of a snapshot that still run: same pid and same start time, so a recycled pid does not count, and not a zombie (ended, waiting to be collected). */
  const survivors = (processes: Started[]) =>
    processes.filter((entry) => {
      const now = procStat(entry.pid);
      return now !== undefined && now.startTime === entry.startTime && now.state !== 'Z';
    });
  /** Waits until none of a snapshot's processes runs (a killed Chrome takes a moment to go); returns those left. */
  async function stillRunning(processes: Started[]): Promise<Started[]> {
    for (let i = 0; i < 50 && survivors(processes).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    return survivors(processes);
  }
  const isChrome = (entry: Started) => /chrom/.test(entry.cmdline);
  const isPreview = (entry: Started) => /astro.* preview /.test(entry.cmdline);
  const runFiles = (root: string) => resultFiles(root).filter((name) => /^\.verify-web-vitals\.run-[0-9a-f]{16}\.json$/.test(name));

  /** Runs the handbook on the slow preview; once Chrome loads the page, notes every process the run started, then calls `act` on the run. Every wait is bounded. */
  async function runUntilLoading(root: string, act: (child: ReturnType<typeof spawn>) => void): Promise<{ run: Run; pid: number; processes: Started[] }> {
    let pid = 0;
    let processes: Started[] = [];
    let guard: NodeJS.Timeout | undefined;
    const run = await verify(['--project', 'handbook', '--runs', '1', '--ttfb-samples', '1'], {
      root,
      during: (child) => {
        pid = child.pid!;
        guard = setTimeout(() => child.kill('SIGKILL'), 90_000); // Chrome never loaded the page: end the run, the test fails below
        server.hooks.onBrowserSlowLoad = () => {
          if (processes.length > 0) return;
          processes = taggedProcesses()
            .filter((entry) => entry.pid !== child.pid)
            .map((entry) => ({ ...entry, startTime: procStat(entry.pid)?.startTime ?? '' }));
          setTimeout(() => act(child), 300);
        };
      },
    });
    clearTimeout(guard);
    server.hooks.onBrowserSlowLoad = undefined;
    return { run, pid, processes };
  }

  test.each<[NodeJS.Signals, number]>([
    // A closed terminal, or a CI runner cancelling the job.
    ['SIGHUP', 129],
    ['SIGTERM', 143],
  ])('%s ends Chrome, the preview and what they started, and exits %i', async (signal, status) => {
    const root = slowPreviewCopy();
    const { run, processes } = await runUntilLoading(root, (child) => child.kill(signal));
    expect(processes.some(isChrome), JSON.stringify(processes)).toBe(true);
    expect(processes.some(isPreview), JSON.stringify(processes)).toBe(true);
    expect(run.status, run.stderr).toBe(status);
    expect(run.stderr).toMatch(new RegExp(`stopped \\(${signal}\\)\\. Chrome, the preview server and any build are ended`));
    expect(await leftovers()).toEqual([]); // before, SIGHUP left four Chromium processes and the preview running
    expect(await stillRunning(processes)).toEqual([]);
    expect(runFiles(root)).toEqual([]);
  }, 180_000);

  test('a run killed with -9 leaves its run file; the next run ends what it left running and says so in one line', async () => {
    const root = slowPreviewCopy();
    const killed = await runUntilLoading(root, (child) => child.kill('SIGKILL'));
    expect(killed.run.signal).toBe('SIGKILL');
    const orphans = survivors(killed.processes);
    expect(orphans.some(isChrome), JSON.stringify(killed.processes)).toBe(true); // nothing can end them from inside a run killed outright
    expect(runFiles(root)).toHaveLength(1);
    const next = await verify(['--project', 'fixtures', '--runs', '1', '--ttfb-samples', '1'], { root });
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toMatch(new RegExp(`(^|\\n)verify-web-vitals: ended \\d+ process(es)? \\([^)]*chromium[^)]*\\) that an earlier run \\(process ${killed.pid}, started \\S+\\) left running when it was killed\\.\\n`));
    expect(await leftovers()).toEqual([]);
    expect(await stillRunning(killed.processes)).toEqual([]);
    expect(runFiles(root)).toEqual([]);
  }, 240_000);
});
