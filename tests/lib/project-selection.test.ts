import { describe, expect, test } from 'vitest';
import { selectProjects } from '../../src/lib/project-selection.ts';
import type { Project } from '../../src/lib/schema/project.ts';
import type { MeasuredPart } from '../../src/lib/verify-options.ts';

type Pages = Pick<Project, 'pages' | 'endpoints'>;
const at = (...urls: string[]): Pages => ({ pages: urls.map((url, i) => ({ name: `p${i}`, url, headers: {} })), endpoints: [] });
const endpoint = (url: string): Project['endpoints'][number] => ({ name: url, url, method: 'GET', headers: {}, expectedStatus: [{ from: 200, to: 299 }], load: { rate: 10, durationSeconds: 30, warmupSeconds: 5, concurrency: 20, timeoutSeconds: 5 } });
const local: Pages = { pages: [{ name: 'Home', path: '/', headers: {} }], endpoints: [] };
const PROJECTS = new Map<string, Pages>([
  ['handbook', local],
  ['storefront', { ...at('https://shop.example.com/', 'https://shop.example.com/cart'), endpoints: [endpoint('https://api.shop.example.com/search')] }],
  ['api-only', { pages: [], endpoints: [endpoint('https://api.perf.test/health')] }],
  ['empty', { pages: [], endpoints: [] }],
  ['real-site', at('https://www.perf.test/', 'https://example.com.evil.org/')],
]);

describe('selectProjects', () => {
  test.each<[string, string[], boolean, string[], string[]]>([
    ['by default: every project with pages or endpoints, examples on documentation hosts skipped', [], false, ['api-only', 'handbook', 'real-site'], ['storefront']],
    ['named projects, in the order given, examples included', ['storefront', 'handbook'], false, ['storefront', 'handbook'], []],
    ['only --url pages: no project', [], true, [], []],
    ['--project with --url: the named project', ['handbook'], true, ['handbook'], []],
  ])('%s', (_, requested, hasUrls, selected, skipped) => {
    const outcome = selectProjects(PROJECTS, requested, hasUrls);
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.selected).toEqual(selected);
    expect(outcome.skipped.map((entry) => entry.id)).toEqual(skipped);
  });

  test('a skipped example says how to measure it', () => {
    const outcome = selectProjects(PROJECTS, [], false);
    expect(outcome.ok && outcome.skipped[0]!.reason).toMatch(/documentation-only hosts.*--project storefront/);
  });

  test.each<[string, MeasuredPart[], string[], string[]]>([
    ['--only pages: projects with pages', ['pages'], ['handbook', 'real-site'], ['storefront']],
    ['--only endpoints: projects with endpoints', ['endpoints'], ['api-only'], ['storefront']],
  ])('%s', (_, parts, selected, skipped) => {
    const outcome = selectProjects(PROJECTS, [], false, parts);
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.selected).toEqual(selected);
    expect(outcome.skipped.map((entry) => entry.id)).toEqual(skipped);
  });

  test('--only endpoints refuses a named project with pages only, naming the part', () => {
    const outcome = selectProjects(PROJECTS, ['real-site'], false, ['endpoints']);
    expect(outcome.ok === false && outcome.problems.join('\n')).toMatch(/--project real-site has no endpoints to measure: add `endpoints`.*\(api-only, storefront\)/);
  });

  test.each<[string, string[], Map<string, Pages>, RegExp]>([
    ['an unknown project, with the nearest id', ['handbok'], PROJECTS, /--project is "handbok", which is not a project: did you mean "handbook"\?/],
    ['an unknown project far from any, with the list', ['zzz'], PROJECTS, /the projects are api-only, empty, handbook, real-site, storefront/],
    ['a named project without pages or endpoints', ['empty'], PROJECTS, /--project empty has no pages or endpoints to measure: add `pages` or `endpoints` to src\/content\/projects\/empty.yaml/],
    ['no project with pages or endpoints at all', [], new Map([['empty', { pages: [], endpoints: [] }]]), /no project has pages or endpoints to measure/],
  ])('refuses %s', (_, requested, projects, message) => {
    const outcome = selectProjects(projects, requested, false);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.join('\n')).toMatch(message);
  });
});
