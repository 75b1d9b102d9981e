import { describe, expect, test } from 'vitest';
import { selectProjects } from '../../src/lib/project-selection.ts';
import type { Project } from '../../src/lib/schema/project.ts';

type Pages = Pick<Project, 'pages'>;
const at = (...urls: string[]): Pages => ({ pages: urls.map((url, i) => ({ name: `p${i}`, url, headers: {} })) });
const local: Pages = { pages: [{ name: 'Home', path: '/', headers: {} }] };
const PROJECTS = new Map<string, Pages>([
  ['handbook', local],
  ['storefront', at('https://shop.example.com/', 'https://shop.example.com/cart')],
  ['api-only', { pages: [] }],
  ['real-site', at('https://www.perf.test/', 'https://example.com.evil.org/')],
]);

describe('selectProjects', () => {
  test.each<[string, string[], boolean, string[], string[]]>([
    ['by default: every project with pages, examples on documentation hosts skipped', [], false, ['handbook', 'real-site'], ['storefront']],
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

  test.each<[string, string[], Map<string, Pages>, RegExp]>([
    ['an unknown project, with the nearest id', ['handbok'], PROJECTS, /--project is "handbok", which is not a project: did you mean "handbook"\?/],
    ['an unknown project far from any, with the list', ['zzz'], PROJECTS, /the projects are api-only, handbook, real-site, storefront/],
    ['a named project without pages', ['api-only'], PROJECTS, /--project api-only has no pages to measure: add `pages` to src\/content\/projects\/api-only.yaml/],
    ['no project with pages at all', [], new Map([['api-only', { pages: [] }]]), /no project has pages to measure/],
  ])('refuses %s', (_, requested, projects, message) => {
    const outcome = selectProjects(projects, requested, false);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.join('\n')).toMatch(message);
  });
});
