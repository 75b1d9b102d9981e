import { join, resolve } from 'node:path';

/** The folder holding src/content: `PERF_HANDBOOK_ROOT` when set (tests point it at a copy), else the working directory. */
export function defaultRoot(): string {
  return process.env.PERF_HANDBOOK_ROOT ?? process.cwd();
}

/** Where the handbook's content lives; every reader and writer goes through these paths. */
export function contentPaths(root = defaultRoot()) {
  const content = resolve(root, 'src/content');
  return {
    content,
    docs: join(content, 'docs'),
    targets: join(content, 'data/targets.yaml'),
    slos: join(content, 'data/slos.yaml'),
    alertRules: join(content, 'data/alert-rules.yaml'),
    scalingTriggers: join(content, 'data/scaling-triggers.yaml'),
    loadScenarios: join(content, 'data/load-scenarios.yaml'),
    checklists: join(content, 'checklists'),
    patterns: join(content, 'patterns'),
    projects: join(content, 'projects'),
    results: join(content, 'results'),
    project: (id: string) => join(content, 'projects', `${id}.yaml`),
    pattern: (id: string) => join(content, 'patterns', `${id}.yaml`),
    latestResult: (id: string) => join(content, 'results', `${id}.json`),
    history: (id: string) => join(content, 'results', `${id}.history.jsonl`),
  };
}
export type ContentPaths = ReturnType<typeof contentPaths>;
