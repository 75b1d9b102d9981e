import { describe, expect, test } from 'vitest';
import { pageAddress, planProjectPages } from '../../src/lib/project-pages.ts';
import type { Project } from '../../src/lib/schema/project.ts';

const project: Pick<Project, 'pages'> = {
  pages: [
    { name: 'Home', path: '/', headers: {} },
    { name: 'Account', url: 'https://shop.test/account', headers: { Authorization: 'env:SHOP_TOKEN' } },
  ],
};

describe('planProjectPages', () => {
  test('resolves headers and keeps their values as secrets', () => {
    const outcome = planProjectPages(project, { SHOP_TOKEN: 'Bearer t0ken' }, 'projects/shop.yaml');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.pages[1]).toEqual({ name: 'Account', url: 'https://shop.test/account', headers: { Authorization: 'Bearer t0ken' }, secrets: ['Bearer t0ken'] });
  });

  test('a missing variable names the page’s field', () => {
    const outcome = planProjectPages(project, {}, 'projects/shop.yaml');
    expect(!outcome.ok && outcome.problems[0]).toMatch(/^projects\/shop.yaml: field `pages\[1\].headers.Authorization` reads the environment variable SHOP_TOKEN/);
  });
});

describe('pageAddress', () => {
  test.each<[string, { url?: string; path?: string }, string | undefined, string]>([
    ['a URL stays as it is', { url: 'https://shop.test/a' }, 'http://127.0.0.1:4000', 'https://shop.test/a'],
    ['a path lands on the preview', { path: '/en/role/' }, 'http://127.0.0.1:4000', 'http://127.0.0.1:4000/en/role/'],
  ])('%s', (_, page, origin, expected) => {
    expect(pageAddress(page, origin)).toBe(expected);
  });

  test('a path without a preview is a bug, said plainly', () => {
    expect(() => pageAddress({ path: '/' }, undefined)).toThrow(/preview server/);
  });
});
