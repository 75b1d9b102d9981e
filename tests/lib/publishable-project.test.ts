import { describe, expect, test } from 'vitest';
import { isPublishable } from '../../src/lib/publishable-project.ts';
import { projectSchema, type ProjectInput } from '../../src/lib/schema/project.ts';

/** A project file with these pages and endpoints, parsed so defaults (no headers) apply. */
const project = (fields: Pick<ProjectInput, 'pages' | 'endpoints'>) => projectSchema.parse({ name: 'Shop', description: 'The shop.', owner: { name: 'Team' }, ...fields });

const PAGE = { name: 'Home', url: 'https://shop.example.com/' };
const ENDPOINT = { name: 'Search', url: 'https://api.example.com/search' };

describe('isPublishable', () => {
  test.each<[string, Pick<ProjectInput, 'pages' | 'endpoints'>, boolean]>([
    ['a project with nothing to measure', {}, true],
    ['pages and endpoints without headers or bodies', { pages: [PAGE], endpoints: [ENDPOINT, { ...ENDPOINT, name: 'Cart', method: 'DELETE' }] }, true],
    // a header of any kind says how a private service is reached
    ['a page with a credential header', { pages: [PAGE, { ...PAGE, name: 'Account', headers: { Authorization: 'env:SHOP_TOKEN' } }] }, false],
    ['a page with a harmless header', { pages: [{ ...PAGE, headers: { 'Accept-Language': 'fr' } }] }, false],
    ['an endpoint with a credential header', { pages: [PAGE], endpoints: [{ ...ENDPOINT, headers: { 'X-Api-Key': 'env:API_KEY' } }] }, false],
    ['an endpoint with a harmless header', { endpoints: [{ ...ENDPOINT, headers: { Accept: 'application/json' } }] }, false],
    // a body may hold what a team keeps to itself
    ['an endpoint with a JSON body', { endpoints: [{ ...ENDPOINT, method: 'POST', body: { json: { q: 'espresso' } } }] }, false],
    ['an endpoint with a text body', { endpoints: [ENDPOINT, { ...ENDPOINT, name: 'Login', method: 'POST', body: { text: 'user=ada' } }] }, false],
  ])('%s → %s', (_, fields, publishable) => expect(isPublishable(project(fields))).toBe(publishable));
});
