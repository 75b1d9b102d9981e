import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { assignShards } from '../../src/lib/shards/assign-shards.ts';
import { parseShardSpec } from '../../src/lib/shards/shard-spec.ts';
import { workItems } from '../../src/lib/shards/work-items.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { contentCopy, fixtureProject, resultFiles, runProcess, type Run } from './verify-command.ts';

// The GitHub Actions workflow and the GitLab CI example of the README, read as CI would read them:
// their YAML, the commands they call, the shard arithmetic of the matrix, and the run: lines of the
// measure and merge steps run here, with the workflow's expressions replaced by their values.

const WORKFLOW = '.github/workflows/web-vitals.yml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  needs?: string | string[];
  if?: string;
  strategy?: { 'fail-fast'?: boolean; matrix: Record<string, unknown> };
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { schedule: Array<{ cron: string }>; workflow_dispatch: { inputs: Record<string, { default?: unknown }> } };
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const stepOf = (job: string, id: string) => workflow.jobs[job]!.steps.find((step) => step.id === id)!;
const runLines = (text: string) => [...Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? '')), text].join('\n');

/** The README's GitLab CI example: the YAML block of its "Sharding across CI machines" section. */
function gitlabExample(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Sharding across CI machines'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (block === null) throw new Error('README.md: no ```yaml block in "Sharding across CI machines"');
  return block[1]!;
}

/** Runs a step's shell script as the runner would (bash -e), with the step's env and these values. */
function runStep(script: string, env: Record<string, string>): Promise<Run> {
  return runProcess('bash', ['-e', '-c', script], env);
}

/** Replaces the ${{ ... }} expressions of a step's env with their values; an expression without one fails the test. */
function stepEnv(step: Step, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => {
      const replaced = String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
        if (!(expression in values)) throw new Error(`${WORKFLOW}: step ${step.id ?? step.name}: no value for the expression ${expression}`);
        return values[expression]!;
      });
      return [name, replaced];
    }),
  );
}

describe('the GitHub Actions workflow', () => {
  test('is scheduled and can be started by hand with the number of shards as one input', () => {
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(workflow.on.workflow_dispatch.inputs.shards!.default).toBe(3);
    expect(workflow.env.SHARDS).toBe('${{ inputs.shards || 3 }}');
    expect(workflow.jobs.measure!.strategy!.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.indexes) }}');
    expect(workflow.jobs.measure!.strategy!['fail-fast']).toBe(false);
  });

  test('every npm script it runs exists in package.json, and every file it runs exists', () => {
    const all = [...runLines(gitlabExample()).matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((match) => match[1]!);
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const name of all) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
    for (const match of runLines('').matchAll(/tsx (\S+\.ts)/g)) expect(existsSync(match[1]!), match[1]).toBe(true);
  });

  test('the shards upload what the merge downloads, and the merge job runs after a shard that missed', () => {
    const upload = workflow.jobs.measure!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    const download = workflow.jobs.merge!.steps.find((step) => step.uses?.startsWith('actions/download-artifact'))!;
    expect(upload.with!.name).toBe('shard-${{ matrix.shard }}');
    expect(download.with!.pattern).toBe('shard-*');
    expect(upload.with!.path).toBe('${{ env.SHARD_RESULTS }}/');
    expect(download.with!.path).toBe('${{ env.SHARD_RESULTS }}');
    expect(workflow.jobs.merge!.needs).toEqual(['plan', 'measure']);
    expect(workflow.jobs.merge!.if).toMatch(/!cancelled\(\)/);
  });

  test('after the merge it records the results, builds the site and publishes it on GitHub Pages, and fails the check on a miss last', () => {
    const steps = workflow.jobs.merge!.steps;
    const order = (match: (step: Step) => boolean) => steps.findIndex(match);
    const merge = order((step) => step.id === 'merge');
    const record = order((step) => step.run?.includes('git commit') === true);
    const build = order((step) => step.run === 'npm run build');
    const pages = order((step) => step.uses?.startsWith('actions/upload-pages-artifact') === true);
    const fail = order((step) => step.name === 'Fail the check when a target was missed');
    expect([merge, record, build, pages, fail].every((index) => index >= 0)).toBe(true);
    expect(merge < record && record < build && build < pages && pages < fail).toBe(true);
    expect(steps[record]!.run).toMatch(/gh pr create/); // the pull-request choice
    expect(workflow.jobs.publish!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
    expect(workflow.jobs.publish!.needs).toBe('merge');
  });

  test.each([1, 2, 3, 7])('its matrix of %i shards passes i/n the command accepts, together covering every page and endpoint once', async (total) => {
    const output = join(mkdtempSync(join(tmpdir(), 'workflow-plan-')), 'output');
    writeFileSync(output, '');
    const run = await runStep(stepOf('plan', 'matrix').run!, { SHARDS: String(total), GITHUB_OUTPUT: output });
    expect(run.status, run.stdout).toBe(0);
    const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').map((line) => line.split('=') as [string, string]));
    const indexes = JSON.parse(outputs.indexes!) as number[];
    expect(indexes).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    const items = workItems([{ id: 'a', pages: Array.from({ length: 9 }, (_, index) => ({ name: `p${index}` })), endpoints: [{ name: 'e', plan: { totalSeconds: 35 } }] }], { runs: 3, ttfbSamples: 5 });
    const shares = assignShards(items, Number(outputs.total));
    const covered = indexes.flatMap((index) => {
      const spec = parseShardSpec(`${index}/${outputs.total}`);
      if (typeof spec === 'string') throw new Error(spec);
      return shares[spec.index - 1]!.items.map((item) => item.key);
    });
    expect(covered.sort()).toEqual(items.map((item) => item.key).sort());
  });

  test.each(['0', '', 'three', '257'])('a shards input of %j stops the plan with an error, never a run of everything', async (shards) => {
    const output = join(mkdtempSync(join(tmpdir(), 'workflow-plan-')), 'output');
    const run = await runStep(stepOf('plan', 'matrix').run!, { SHARDS: shards, GITHUB_OUTPUT: output });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/::error::shards is ".*": expected a whole number of machines from 1 to 256/);
  });
});

describe('the workflow\'s measure and merge steps, run here on fixture pages', () => {
  const work = mkdtempSync(join(tmpdir(), 'workflow-run-'));
  const TOTAL = 2;
  let server: FixtureServer;
  let root: string;
  let shards: Run[];
  let merged: Run;
  let status: string;
  const shardResults = join(work, 'shard-results');
  const reports = join(work, 'reports');

  beforeAll(async () => {
    server = await startFixtureServer();
    // The handbook's own project file, replaced by a fast fixture page and an endpoint that is down (an error: the check must fail).
    root = contentCopy(work, { handbook: fixtureProject([{ name: 'Fast', url: `${server.origin}/fast` }], [{ name: 'Down', url: `${server.refusedUrl}down`, load: '{ rate: 10, requests: 10, warmupSeconds: 0 }' }]) });
    const env = { PERF_HANDBOOK_ROOT: root, SHARD_RESULTS: shardResults, REPORTS: reports, RUNS: '1', SHARDS: String(TOTAL) };
    const measure = stepOf('measure', 'measure');
    // Each shard's artifact is downloaded into a folder of its own, as actions/download-artifact does with a pattern.
    shards = await Promise.all(
      Array.from({ length: TOTAL }, (_, index) =>
        runStep(measure.run!, { ...env, SHARD_RESULTS: join(shardResults, `shard-${index + 1}`), ...stepEnv(measure, { 'matrix.shard': String(index + 1), 'needs.plan.outputs.total': String(TOTAL) }) }),
      ),
    );
    const output = join(work, 'github-output');
    writeFileSync(output, '');
    merged = await runStep(stepOf('merge', 'merge').run!, { ...env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(work, 'summary.md') });
    status = /status=(\d+)/.exec(readFileSync(output, 'utf8'))![1]!;
  }, 120_000);
  afterAll(async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('each shard writes its partial result, the merge writes the results the site reads and the JUnit report', () => {
    shards.forEach((shard, index) => expect(readdirSync(join(shardResults, `shard-${index + 1}`)), shard.stderr).toEqual([`verify-web-vitals-shard-${index + 1}-of-${TOTAL}.json`]));
    expect(merged.status, merged.stderr).toBe(0); // the step itself goes on: the check fails at the end
    expect(merged.stderr).toMatch(/merging 2 shards of one run: 2 pages and endpoints of handbook/);
    expect(resultFiles(root)).toEqual(['handbook.history.jsonl', 'handbook.json']);
    expect(readFileSync(join(reports, 'web-vitals.xml'), 'utf8')).toMatch(/<testsuites name="verify-web-vitals"/);
    expect(readFileSync(join(work, 'summary.md'), 'utf8')).toMatch(/Web vitals: error/);
  });

  test('the endpoint in error makes the merge exit 1, and the last step fails the check with it', async () => {
    expect(status).toBe('1');
    const fail = workflow.jobs.merge!.steps.find((step) => step.name === 'Fail the check when a target was missed')!;
    const run = await runStep(fail.run!, stepEnv(fail, { 'steps.merge.outputs.status': status }));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::verify-web-vitals merge exited 1/);
  });
});

describe('the GitLab CI example in the README', () => {
  const example = parse(gitlabExample()) as Record<string, { parallel?: number; script?: string[]; needs?: Array<{ job: string; artifacts: boolean }>; artifacts?: { paths: string[] } }>;
  const [measureName, measure] = Object.entries(example).find(([, job]) => job.parallel !== undefined)!;
  const merge = Object.values(example).find((job) => job.script?.some((line) => line.includes(' merge ')))!;

  test('a parallel job measures shard $CI_NODE_INDEX/$CI_NODE_TOTAL and keeps its folder; the merge job needs it with its artifacts', () => {
    expect(measure.parallel).toBeGreaterThanOrEqual(2);
    expect(measure.script!.join('\n')).toMatch(/npm run verify-web-vitals -- --shard "\$CI_NODE_INDEX\/\$CI_NODE_TOTAL" --out "shard-results\/\$CI_NODE_INDEX"/);
    expect(measure.artifacts!.paths).toEqual(['shard-results/']);
    expect(merge.needs).toEqual([{ job: measureName, artifacts: true }]);
    expect(merge.script!.join('\n')).toMatch(/npm run verify-web-vitals -- merge shard-results\/\*/);
  });

  test('its measure line outside a parallel job (CI_NODE_INDEX unset) is refused with exit 2, never a run of everything', async () => {
    const line = measure.script!.find((entry) => entry.includes('--shard'))!;
    const root = contentCopy(mkdtempSync(join(tmpdir(), 'gitlab-')));
    const run = await runStep(line, { PERF_HANDBOOK_ROOT: root, CI_NODE_INDEX: '', CI_NODE_TOTAL: '' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--shard is "\/": the index and the total are missing \(as when CI_NODE_INDEX and CI_NODE_TOTAL are unset/);
    expect(resultFiles(root)).toEqual([]);
  });
});
