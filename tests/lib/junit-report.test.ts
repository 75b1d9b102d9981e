import { describe, expect, test } from 'vitest';
import { junitReport, xmlEscape } from '../../src/lib/junit-report.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

const IDS = ['ttfb', 'fcp', 'tti'];

describe('junitReport', () => {
  test('renders the sample run (regenerate with vitest -u)', async () => {
    await expect(junitReport(sampleDocument(), IDS)).toMatchFileSnapshot('../fixtures/reports/junit.xml');
  });

  test('one test case per page and metric; a miss is a failure, a page in error gives errors', () => {
    const xml = junitReport(sampleDocument(), IDS);
    expect(xml).toMatch(/<testsuites name="verify-web-vitals" tests="9" failures="1" errors="3" skipped="0">/);
    expect(xml.match(/<testcase /g)).toHaveLength(9);
    expect(xml).toContain('<failure message="ttfb 352 ms, target &lt; 200 ms" type="target-missed">');
  });

  // Written by hand from the sample run (tests/fixtures/sample-result.ts): which page missed which
  // target and by how much, and the error of the page in error, in every one of its test cases.
  const ERROR = 'the page answered HTTP 500 Internal Server Error: fix the page, or the URL in the project file';
  test.each<[string, string]>([
    ['Home · ttfb', '<system-out>ttfb 12 ms, target &lt; 200 ms</system-out>'],
    ['Home · fcp', '<system-out>fcp 182.4 ms, target &lt; 1000 ms</system-out>'], // fast-desktop.json: 182.3802
    ['Home · tti', '<system-out>tti 182.4 ms, target &lt; 2500 ms</system-out>'], // the project's stricter TTI target
    ['Slow | first byte · ttfb', '<failure message="ttfb 352 ms, target &lt; 200 ms" type="target-missed">http://127.0.0.1:8080/slow: ttfb 352 ms, target &lt; 200 ms</failure>'],
    ['Slow | first byte · fcp', '<system-out>fcp 524.8 ms, target &lt; 1000 ms</system-out>'],
    ['Slow | first byte · tti', '<system-out>tti 524.8 ms, target &lt; 2500 ms</system-out>'],
    ['Broken &lt;page&gt; · ttfb', `<error message="${ERROR}" type="not-measured">http://127.0.0.1:8080/error: ${ERROR}</error>`],
    ['Broken &lt;page&gt; · fcp', `<error message="${ERROR}" type="not-measured">http://127.0.0.1:8080/error: ${ERROR}</error>`],
    ['Broken &lt;page&gt; · tti', `<error message="${ERROR}" type="not-measured">http://127.0.0.1:8080/error: ${ERROR}</error>`],
  ])('the test case %s holds its verdict and figure', (name, body) => {
    const cases = [...junitReport(sampleDocument(), IDS).matchAll(/<testcase classname="verify-web-vitals\.fixtures" name="([^"]*)" time="0">\n\s*(.*)\n\s*<\/testcase>/g)];
    expect(cases.map((found) => found[1])).toContain(name);
    expect(cases.find((found) => found[1] === name)![2]).toBe(body);
  });

  test('the suite of the project counts its cases, failures and errors, at the run’s time', () => {
    expect(junitReport(sampleDocument(), IDS)).toContain('<testsuite name="fixtures" tests="9" failures="1" errors="3" skipped="0" timestamp="2026-11-23T10:00:00.000Z">');
  });

  test.each<[string, string]>([
    ['markup', '<a href="x">&</a>'],
    ['quotes', `"it's"`],
  ])('escapes %s', (_, text) => {
    expect(xmlEscape(text)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  test('drops control characters XML cannot hold', () => {
    expect(xmlEscape('a\u0001b')).toBe('ab');
  });
});
