import { COMPARISON_SIGN } from './schema/comparison.ts';
import { isJudged, type EndpointMetric, type ResultDocument } from './schema/result.ts';
import { API_ERROR_RATE_ID } from './endpoints/endpoint-targets.ts';
import { isEndpointMetric } from './web-metric-sources.ts';

/** Escapes text for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** "ttfb 350 ms, target < 200 ms": a metric's verdict in one line. */
function verdict(id: string, value: number, comparison: keyof typeof COMPARISON_SIGN, target: number): string {
  return `${id} ${exact(id, value)}, target ${COMPARISON_SIGN[comparison]} ${exact(id, target)}`;
}

/** A figure as measured, with its unit: bare for CLS, percent for the error rate, ms for times. */
function exact(id: string, value: number): string {
  if (id === 'cls') return String(value);
  return `${value} ${id === API_ERROR_RATE_ID ? '%' : 'ms'}`;
}

/** A page or an endpoint as the report reads it: its metrics (an endpoint's may be insufficient), its status and where it was. */
interface Measured {
  name: string;
  url: string;
  status: 'pass' | 'fail' | 'error';
  error?: string;
  metrics: Record<string, EndpointMetric>;
}

/** The test cases of one page or endpoint, one per metric, with the counts they add. */
function testCases(projectId: string, measured: Measured, metricIds: readonly string[]): { cases: string[]; failures: number; errors: number; skipped: number } {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  const ids = measured.status === 'error' ? metricIds : Object.keys(measured.metrics);
  for (const id of ids) {
    const name = xmlEscape(`${measured.name} · ${id}`);
    const classname = xmlEscape(`verify-web-vitals.${projectId}`);
    const open = `    <testcase classname="${classname}" name="${name}" time="0">`;
    const metric = measured.metrics[id];
    if (measured.status === 'error' || metric === undefined) {
      errors++;
      const message = xmlEscape(measured.error ?? 'not measured');
      cases.push(`${open}\n      <error message="${message}" type="not-measured">${xmlEscape(measured.url)}: ${message}</error>\n    </testcase>`);
    } else if (!isJudged(metric)) {
      // Too few samples to judge: neither a pass nor a miss, as JUnit's skipped says.
      skipped++;
      const message = xmlEscape(`${id} ${exact(id, metric.value)} on ${metric.samples} samples, fewer than the ${metric.minimumSamples} it needs to be judged`);
      cases.push(`${open}\n      <skipped message="${message}"/>\n    </testcase>`);
    } else if (metric.status === 'fail') {
      failures++;
      const message = xmlEscape(verdict(id, metric.value, metric.comparison, metric.target));
      cases.push(`${open}\n      <failure message="${message}" type="target-missed">${xmlEscape(measured.url)}: ${message}</failure>\n    </testcase>`);
    } else {
      cases.push(`${open}\n      <system-out>${xmlEscape(verdict(id, metric.value, metric.comparison, metric.target))}</system-out>\n    </testcase>`);
    }
  }
  return { cases, failures, errors, skipped };
}

/**
 * Renders a run as JUnit XML for CI: a test suite per project, a test case per page or endpoint
 * and metric. A missed target is a failure; a page or endpoint that could not be measured gives
 * each of its metrics an error; an endpoint figure on too few samples is skipped.
 */
export function junitReport(document: ResultDocument, metricIds: readonly string[]): string {
  const pageIds = metricIds.filter((id) => !isEndpointMetric(id));
  const endpointIds = metricIds.filter(isEndpointMetric);
  const suites: string[] = [];
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const project of document.projects) {
    const parts = [...project.pages.map((page) => testCases(project.id, page, pageIds)), ...(project.endpoints ?? []).map((endpoint) => testCases(project.id, endpoint, endpointIds))];
    const cases = parts.flatMap((part) => part.cases);
    const suite = { failures: 0, errors: 0, skipped: 0 };
    for (const part of parts) {
      suite.failures += part.failures;
      suite.errors += part.errors;
      suite.skipped += part.skipped;
    }
    totals.tests += cases.length;
    totals.failures += suite.failures;
    totals.errors += suite.errors;
    totals.skipped += suite.skipped;
    suites.push(
      `  <testsuite name="${xmlEscape(project.id)}" tests="${cases.length}" failures="${suite.failures}" errors="${suite.errors}" skipped="${suite.skipped}" timestamp="${xmlEscape(document.generatedAt)}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="verify-web-vitals" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}
