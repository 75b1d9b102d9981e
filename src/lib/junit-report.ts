import { COMPARISON_SIGN } from './schema/comparison.ts';
import type { ResultDocument } from './schema/result.ts';

/** Escapes text for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** "ttfb 350 ms, target < 200 ms": a metric's verdict in one line. */
function verdict(id: string, value: number, comparison: keyof typeof COMPARISON_SIGN, target: number): string {
  const unit = id === 'cls' ? '' : ' ms';
  return `${id} ${value}${unit}, target ${COMPARISON_SIGN[comparison]} ${target}${unit}`;
}

/**
 * Renders a run as JUnit XML for CI: a test suite per project, a test case per page and metric.
 * A missed target is a failure; a page that could not be measured gives each of its metrics an error.
 */
export function junitReport(document: ResultDocument, metricIds: readonly string[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const project of document.projects) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    for (const page of project.pages) {
      const ids = page.status === 'error' ? metricIds : Object.keys(page.metrics);
      for (const id of ids) {
        const name = xmlEscape(`${page.name} · ${id}`);
        const classname = xmlEscape(`verify-web-vitals.${project.id}`);
        const open = `    <testcase classname="${classname}" name="${name}" time="0">`;
        const metric = page.metrics[id];
        if (page.status === 'error' || metric === undefined) {
          suiteErrors++;
          const message = xmlEscape(page.error ?? 'not measured');
          cases.push(`${open}\n      <error message="${message}" type="not-measured">${xmlEscape(page.url)}: ${message}</error>\n    </testcase>`);
        } else if (metric.status === 'fail') {
          suiteFailures++;
          const message = xmlEscape(verdict(id, metric.value, metric.comparison, metric.target));
          cases.push(`${open}\n      <failure message="${message}" type="target-missed">${xmlEscape(page.url)}: ${message}</failure>\n    </testcase>`);
        } else {
          cases.push(`${open}\n      <system-out>${xmlEscape(verdict(id, metric.value, metric.comparison, metric.target))}</system-out>\n    </testcase>`);
        }
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${xmlEscape(project.id)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" timestamp="${xmlEscape(document.generatedAt)}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="verify-web-vitals" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
