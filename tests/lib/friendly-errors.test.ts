import { describe, expect, test } from 'vitest';
import { ContentError, formatPath, parseWithFriendlyErrors } from '../../src/lib/friendly-errors.ts';
import { projectSchema } from '../../src/lib/schema/project.ts';

describe('formatPath', () => {
  test.each([
    [['pages', 1, 'url'], 'pages[1].url'],
    [['owner', 'name'], 'owner.name'],
    [[], '(top level)'],
  ])('%j → %s', (path, text) => expect(formatPath(path)).toBe(text));
});

describe('parseWithFriendlyErrors', () => {
  const file = 'src/content/projects/shop.yaml';
  const base = { name: 'Shop', description: 'd', owner: { name: 'T' } };

  test('names the file, the field, the value found and what was expected', () => {
    const error = (() => {
      try {
        parseWithFriendlyErrors(projectSchema, { ...base, pages: [{ name: 'Home', url: 'ftp://shop.example/' }] }, file);
      } catch (caught) {
        return caught as ContentError;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect(error!.message).toContain(file);
    expect(error!.message).toContain('`pages[0].url`');
    expect(error!.message).toContain('"ftp://shop.example/"');
    expect(error!.message).toMatch(/expected an absolute http:\/\/ or https:\/\/ URL/);
  });

  test('lists every problem, one per line', () => {
    // Caught outside the assertion: an accepted file leaves `error` undefined and fails below.
    let error: unknown;
    try {
      parseWithFriendlyErrors(projectSchema, { ...base, freshnessDays: 'weekly', owner: {} }, file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toHaveLength(2);
    expect((error as ContentError).problems.join('\n')).toMatch(/`freshnessDays` is "weekly": expected number/);
  });

  test('names unknown fields', () => {
    expect(() => parseWithFriendlyErrors(projectSchema, { ...base, colour: 'red' }, file)).toThrow(/unknown field `colour`/);
  });

  test('returns the parsed data when it is valid', () => {
    expect(parseWithFriendlyErrors(projectSchema, base, file).freshnessDays).toBe(7);
  });
});
