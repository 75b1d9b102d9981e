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
    expect(xml).toMatch(/<testsuites name="verify-web-vitals" tests="9" failures="1" errors="3">/);
    expect(xml.match(/<testcase /g)).toHaveLength(9);
    expect(xml).toContain('<failure message="ttfb 352 ms, target &lt; 200 ms" type="target-missed">');
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
