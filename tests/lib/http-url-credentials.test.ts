import { describe, expect, test } from 'vitest';
import { credentialInUrl, isHttpUrl, redactUrl } from '../../src/lib/http-url.ts';

describe('credentialInUrl', () => {
  test.each<[string, string, RegExp]>([
    // userinfo before the host
    ['a user name and password', 'https://ada:s3cret@api.example.com/', /user name or password/],
    ['a user name alone', 'https://ada@api.example.com/', /user name or password/],
    ['a password alone', 'https://:s3cret@api.example.com/', /user name or password/],
    // query parameters named like a credential
    ['?token=', 'https://api.example.com/items?token=abc123', /"token"/],
    ['?access_token=', 'https://api.example.com/items?page=2&access_token=abc123', /"access_token"/],
    ['?api_key=', 'https://api.example.com/items?api_key=abc123', /"api_key"/],
    ['?apiKey= in camel case', 'https://api.example.com/items?apiKey=abc123', /"apiKey"/],
    ['?sig= (a signed URL)', 'https://cdn.example.com/file?expires=1&sig=abc123', /"sig"/],
    ['?X-Amz-Signature=', 'https://bucket.s3.example.com/o?X-Amz-Signature=abc', /"X-Amz-Signature"/],
    ['?password=', 'https://api.example.com/login?password=hunter2', /"password"/],
    ['?session=', 'https://api.example.com/?session=abc', /"session"/],
    ['?client_secret=', 'https://api.example.com/?client_secret=abc', /"client_secret"/],
  ])('finds %s', (_, url, found) => {
    expect(credentialInUrl(url)).toMatch(found);
  });

  test('names the parameter, never its value', () => {
    expect(credentialInUrl('https://api.example.com/items?token=abc123')).not.toContain('abc123');
    expect(credentialInUrl('https://ada:s3cret@api.example.com/')).not.toMatch(/ada|s3cret/);
  });

  test.each<[string, string]>([
    ['a plain URL', 'https://api.example.com/items'],
    ['a search query', 'https://shop.example.com/search?q=espresso'],
    ['a page number', 'https://api.example.com/items?page=2&per_page=50'],
    ['a sort and a filter', 'https://api.example.com/items?sort=price&category=coffee'],
    ['a path that says token: only the query and the userinfo are read', 'https://api.example.com/token/refresh'],
    ['a value that says token under a harmless name', 'https://api.example.com/search?q=token'],
  ])('passes %s', (_, url) => {
    expect(credentialInUrl(url)).toBeUndefined();
  });

  test.each<[string, string]>([
    ['a relative path', '/items?token=abc'],
    ['plain text', 'not a url'],
    ['an empty string', ''],
  ])('says nothing of %s, which does not parse', (_, text) => {
    expect(credentialInUrl(text)).toBeUndefined();
  });
});

describe('redactUrl', () => {
  test.each<[string, string, string]>([
    ['user name and password', 'https://ada:s3cret@api.example.com/v1/items', 'https://redacted:redacted@api.example.com/v1/items'],
    ['a user name alone', 'https://ada@api.example.com/', 'https://redacted@api.example.com/'],
    ['a token', 'https://api.example.com/items?token=abc123', 'https://api.example.com/items?token=redacted'],
    // every query value goes, harmless ones too: a message never needs them
    ['an api_key beside a page number', 'https://api.example.com/items?page=2&api_key=abc123', 'https://api.example.com/items?page=redacted&api_key=redacted'],
    ['a signature', 'https://cdn.example.com/file.zip?expires=1700000000&sig=abc123', 'https://cdn.example.com/file.zip?expires=redacted&sig=redacted'],
    ['a repeated parameter, once', 'https://api.example.com/?token=a&token=b', 'https://api.example.com/?token=redacted'],
    ['nothing to hide', 'https://api.example.com/items', 'https://api.example.com/items'],
  ])('replaces %s', (_, url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });

  test.each<[string, string, string[]]>([
    ['userinfo', 'https://ada:s3cret@api.example.com/', ['ada', 's3cret']],
    ['a token', 'https://api.example.com/?token=tok-8f2a', ['tok-8f2a']],
    ['an encoded token', 'https://api.example.com/?token=a%2Fb%3Dc', ['a%2Fb%3Dc', 'a/b=c']],
  ])('leaves no trace of %s', (_, url, secrets) => {
    for (const secret of secrets) expect(redactUrl(url)).not.toContain(secret);
  });

  test('keeps the host and path, so a reader knows which URL it was', () => {
    expect(redactUrl('https://ada:pw@api.example.com:8443/v2/orders?token=x')).toMatch(/^https:\/\/redacted:redacted@api\.example\.com:8443\/v2\/orders\?/);
  });

  test.each<[string, string]>([
    ['plain text', 'not a url'],
    ['a relative path with a token', '/items?token=abc123'],
  ])('a text that does not parse (%s) is replaced whole', (_, text) => {
    expect(redactUrl(text)).toBe('[a URL that does not parse]');
  });
});

describe('isHttpUrl', () => {
  test.each<[string, boolean]>([
    ['https://api.example.com/', true],
    ['http://127.0.0.1:8080/x', true],
    ['ftp://files.example.com/', false],
    ['/relative', false],
  ])('%s → %s', (text, expected) => expect(isHttpUrl(text)).toBe(expected));
});

describe('credentialInUrl reads parameter names as words', () => {
  test.each<[string, string | undefined]>([
    // Words that only contain a credential word are ordinary parameters.
    ['https://shop.perf.test/search?keyword=cup', undefined],
    ['https://shop.perf.test/books?author=Ada', undefined],
    ['https://shop.perf.test/?design=dark&signup=1&passage=3', undefined],
    // The credential word alone, or as a word of the name (snake, kebab or camel case).
    ['https://api.perf.test/?apiKey=k', 'the query parameter "apiKey", named like a credential'],
    ['https://bucket.perf.test/o?X-Amz-Signature=abc', 'the query parameter "X-Amz-Signature", named like a credential'],
    ['https://api.perf.test/?session_id=s', 'the query parameter "session_id", named like a credential'],
    // A fragment written like a query, as OAuth's implicit flow returns a token.
    ['https://app.perf.test/callback#access_token=t&state=x', 'the fragment parameter "access_token", named like a credential'],
    ['https://app.perf.test/docs#section-2', undefined],
  ])('%s', (url, expected) => expect(credentialInUrl(url)).toBe(expected));

  test('redactUrl hides a parameter-like fragment', () => expect(redactUrl('https://app.perf.test/cb#access_token=t0k')).toBe('https://app.perf.test/cb#redacted'));
});
