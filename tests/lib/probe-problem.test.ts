import { describe, expect, test } from 'vitest';
import { answerProblem, MAX_REDIRECTS, networkErrorText, redirectProblem, timeoutText, type AnswerFacts } from '../../src/lib/probe-problem.ts';

describe('networkErrorText', () => {
  test.each<[string, { code?: string; message: string }, RegExp]>([
    ['a refused connection', { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, /^connection refused by shop.test:8443: nothing listens there; is the server running\?$/],
    ['an unknown host', { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' }, /^could not resolve shop.test \(ENOTFOUND\)/],
    ['a reset', { code: 'ECONNRESET', message: 'read ECONNRESET' }, /closed before an answer came \(ECONNRESET\)/],
    ['an expired certificate', { code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' }, /^TLS error with shop.test:8443: its certificate has expired \(CERT_HAS_EXPIRED\)$/],
    ['a self-signed certificate', { code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' }, /its certificate is self-signed/],
    ['plain HTTP on an https URL', { code: 'ERR_SSL_WRONG_VERSION_NUMBER', message: 'x:SSL routines:tls_get_more_records:wrong version number:y' }, /did not answer in TLS; is the page served over http:\/\//],
    ['another OpenSSL error, in its readable words', { code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', message: '40:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../ssl.c:1:' }, /TLS error with shop.test:8443: sslv3 alert handshake failure \(ERR_SSL_/],
    ['anything else keeps its message and code', { code: 'EWHATEVER', message: 'odd' }, /^the request to shop.test:8443 failed: odd \(EWHATEVER\)$/],
  ])('%s', (_, error, expected) => {
    expect(networkErrorText(error, 'shop.test', 8443)).toMatch(expected);
  });

  test('a time-out says the limit and the flag', () => {
    expect(timeoutText(3)).toMatch(/^no answer within 3 s \(--timeout 3\)/);
  });
});

describe('answerProblem', () => {
  test.each<[string, AnswerFacts, RegExp | undefined]>([
    ['an HTML page', { status: 200, contentType: 'text/html; charset=utf-8' }, undefined],
    ['XHTML', { status: 200, contentType: 'application/xhtml+xml' }, undefined],
    ['no content type (the browser will sniff)', { status: 200 }, undefined],
    ['a server error', { status: 500, statusText: 'Internal Server Error', contentType: 'text/html' }, /^the page answered HTTP 500 Internal Server Error: fix the page/],
    ['a missing page', { status: 404, statusText: 'Not Found' }, /HTTP 404 Not Found/],
    ['a login wall', { status: 401 }, /HTTP 401/],
    ['JSON', { status: 200, contentType: 'application/json; charset=utf-8' }, /answered application\/json, not HTML/],
    ['a redirect with nowhere to go', { status: 302 }, /redirect \(HTTP 302\) without a Location header/],
  ])('%s', (_, answer, expected) => {
    const problem = answerProblem(answer);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('redirectProblem', () => {
  const a = 'http://h/a';
  const b = 'http://h/b';
  test.each<[string, string[], string, RegExp | undefined]>([
    ['a first redirect', [a], b, undefined],
    ['back to the start', [a, b], a, /^redirect loop: http:\/\/h\/a → http:\/\/h\/b → http:\/\/h\/a$/],
    ['to itself', [a], a, /^redirect loop: http:\/\/h\/a → http:\/\/h\/a$/],
    ['a loop that starts later shows only the loop', ['http://h/start', a, b], a, /^redirect loop: http:\/\/h\/a → http:\/\/h\/b → http:\/\/h\/a$/],
    ['too many', Array.from({ length: MAX_REDIRECTS + 1 }, (_, i) => `http://h/${i}`), 'http://h/next', /more than 20 redirects, starting at http:\/\/h\/0/],
  ])('%s', (_, chain, next, expected) => {
    const problem = redirectProblem(chain, next);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});
