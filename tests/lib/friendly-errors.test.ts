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

describe('describeIssue: a URL holding a credential', () => {
  const file = 'src/content/projects/shop.yaml';
  const base = { name: 'Shop', description: 'd', owner: { name: 'T' } };
  /** The problems parseWithFriendlyErrors reports for a project file, joined. */
  const problemsOf = (fields: Record<string, unknown>): string => {
    try {
      parseWithFriendlyErrors(projectSchema, { ...base, ...fields }, file);
    } catch (caught) {
      return (caught as ContentError).problems.join('\n');
    }
    throw new Error('expected the file to be refused');
  };

  test.each<[string, Record<string, unknown>, string, string[]]>([
    ['a page URL with a user name and password', { pages: [{ name: 'Home', url: 'https://ada:s3cret@shop.example.com/' }] }, '`pages[0].url` is "https://redacted:redacted@shop.example.com/"', ['ada', 's3cret']],
    ['an endpoint URL with an API key', { endpoints: [{ name: 'Search', url: 'https://api.example.com/search?api_key=k-123456' }] }, '`endpoints[0].url` is "https://api.example.com/search?api_key=redacted"', ['k-123456']],
    ['an endpoint URL with a token beside a harmless parameter', { endpoints: [{ name: 'Search', url: 'https://api.example.com/search?q=x&token=t-98765' }] }, '"https://api.example.com/search?q=redacted&token=redacted"', ['t-98765']],
    // refused for its scheme, but shown without its password all the same
    ['a URL refused for another reason', { pages: [{ name: 'Files', url: 'ftp://ada:s3cret@files.example.com/' }] }, '"ftp://redacted:redacted@files.example.com/"', ['s3cret']],
    // redacted before it is shortened: the long tail goes, the secret was already gone
    ['a long URL', { endpoints: [{ name: 'Long', url: `https://api.example.com/search?token=tok-abcdef&${'x'.repeat(120)}=1` }] }, '"https://api.example.com/search?token=redacted&', ['tok-abcdef']],
  ])('%s is shown redacted', (_, fields, shown, secrets) => {
    const problems = problemsOf(fields);
    expect(problems).toContain(shown);
    expect(problems).toMatch(/expected a URL without credentials/);
    for (const secret of secrets) expect(problems).not.toContain(secret);
  });

  test('a URL without a credential is shown as written', () => {
    expect(problemsOf({ pages: [{ name: 'Files', url: 'ftp://files.example.com/list?page=2' }] })).toContain('`pages[0].url` is "ftp://files.example.com/list?page=2"');
  });

  test.each<[string, Record<string, unknown>, string, string[]]>([
    // `path` endpoints without `localPreview: true`: the issue is on the whole list, whose value holds the URL
    // (short names, so the URL falls within the 80 characters a value is shown to)
    ['the list of endpoints, refused as a whole', { endpoints: [{ name: 'L', path: '/x' }, { name: 'S', url: 'https://a.io/?token=t-55aa' }] }, '`endpoints`', ['t-55aa']],
    ['the list of pages, refused as a whole', { pages: [{ name: 'Local', path: '/x' }, { name: 'Account', url: 'https://ada:pw-77bb@shop.example.com/' }] }, '`pages`', ['pw-77bb']],
    // one endpoint written where a list is expected
    ['an endpoint given where a list is expected', { endpoints: { name: 'Search', url: 'https://ada:pw-99cc@api.example.com/' } }, '`endpoints`', ['pw-99cc']],
  ])('a URL inside a value shown whole is redacted too: %s', (_, fields, field, secrets) => {
    const problems = problemsOf(fields);
    expect(problems).toContain(field);
    for (const secret of secrets) expect(problems).not.toContain(secret);
  });

  test.each<[string, unknown]>([
    // headers written as one line or as a list, not as a mapping: the value is still a header's
    ['a string', 'Authorization: Bearer b-31337'],
    ['a list', ['Authorization: Bearer b-31337']],
  ])('headers given as %s are refused without showing what they hold', (_, headers) => {
    const problems = problemsOf({ endpoints: [{ name: 'Search', url: 'https://api.example.com/search', headers }] });
    expect(problems).toContain('`endpoints[0].headers`');
    expect(problems).not.toContain('b-31337');
  });

  test('a credential written in a header is never shown', () => {
    const problems = problemsOf({ endpoints: [{ name: 'Search', url: 'https://api.example.com/search', headers: { Authorization: 'Bearer b-424242' } }] });
    expect(problems).toContain('`endpoints[0].headers.Authorization`');
    expect(problems).not.toContain('b-424242');
  });
});
