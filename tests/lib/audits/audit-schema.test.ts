import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { auditSchema, filled, type AuditInput } from '../../../src/lib/audits/audit-schema.ts';
import { describeIssue } from '../../../src/lib/friendly-errors.ts';
import { completeAudit } from './audit-fixture.ts';

/** Every problem of an audit, as the build and the checker word it. */
function problems(edit: (audit: AuditInput) => void): string[] {
  const audit = completeAudit();
  edit(audit);
  const result = auditSchema.safeParse(audit);
  return result.success ? [] : result.error.issues.map((issue) => describeIssue(issue, audit));
}

describe('auditSchema', () => {
  test('reads the complete fixture, with the defaults filled in', () => {
    const audit = auditSchema.parse(completeAudit());
    expect(audit.example).toBe(false);
    expect(audit.profiling.application).toEqual([]);
  });

  test('reads the worked example of the storefront', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../src/content/audits/storefront/2026-11-20.yaml'), 'utf8');
    const audit = auditSchema.parse(parse(text));
    expect(audit.example).toBe(true);
    expect(Object.values(audit).filter((value) => typeof value === 'object' && value !== null && 'status' in value).every((section) => (section as { status: string }).status === 'complete')).toBe(true);
  });

  test('takes a placeholder wherever a person fills a figure, and filled() tells them apart', () => {
    const audit = auditSchema.parse({ ...completeAudit(), capacity: { ...completeAudit().capacity, status: 'draft', loadRps: 'TODO: peak load', headroomPercent: 'TODO: headroom' } });
    expect(filled(audit.capacity.loadRps)).toBeUndefined();
    expect(filled(audit.capacity.instanceCapacityRps)).toBe(75);
  });

  test("a run's throughput is its peak unless it says it is the average, as a run imported from a k6 summary does", () => {
    expect(auditSchema.parse(completeAudit()).loadTests.runs[0]!.throughputKind).toBe('peak');
    const imported = completeAudit();
    imported.loadTests.runs![0] = { ...imported.loadTests.runs![0]!, throughputKind: 'average', source: 'k6 summary summary.json (the handleSummary() data)', thresholds: [{ metric: 'http_req_duration', expression: 'p(95)<200', passed: true }] };
    expect(auditSchema.parse(imported).loadTests.runs[0]).toMatchObject({ throughputKind: 'average', source: 'k6 summary summary.json (the handleSummary() data)', thresholds: [{ metric: 'http_req_duration', expression: 'p(95)<200', passed: true }] });
  });

  // Each message names the field, the value found and what was expected.
  test.each<[string, (audit: AuditInput) => void, string]>([
    ['a figure that is text but no placeholder', (a) => { a.baseline.rows![0]!.current = 'fast' as never; }, 'field `baseline.rows[0].current` is "fast": expected a number of 0 or more, or a placeholder "TODO: …" while the section is a draft'],
    ['a negative figure', (a) => { a.loadTests.runs![0]!.p95Ms = -1; }, 'field `loadTests.runs[0].p95Ms` is -1: expected a number of 0 or more, or a placeholder "TODO: …" while the section is a draft'],
    ['a target of zero', (a) => { a.baseline.rows![0]!.target = 0; }, 'field `baseline.rows[0].target` is 0: expected a positive number, or a placeholder "TODO: …" while the section is a draft'],
    ['an error rate over 100 %', (a) => { a.loadTests.runs![0]!.errorRatePercent = 120; }, 'field `loadTests.runs[0].errorRatePercent` is 120: expected a percentage from 0 to 100, or a placeholder "TODO: …" while the section is a draft'],
    ['a day that does not exist', (a) => { a.loadTests.runs![0]!.date = '2026-02-30'; }, 'field `loadTests.runs[0].date` is "2026-02-30": expected a real calendar date written YYYY-MM-DD, or a placeholder "TODO: …" while the section is a draft'],
    ['an effort in words', (a) => { a.plan.actions![0]!.effort = 'two hours'; }, 'field `plan.actions[0].effort` is "two hours": expected an effort such as "5 min", "2 h", "1 d" (a working day) or "1 w", or a placeholder "TODO: …" while the section is a draft'],
    ['a priority the method does not have', (a) => { a.plan.actions![0]!.priority = 'P3' as never; }, 'field `plan.actions[0].priority` is "P3": expected one of P0, P1, P2 (P0 for a quick win), or a placeholder "TODO: …" while the section is a draft'],
    ['a free metric without its unit', (a) => { delete a.baseline.rows![1]!.unit; }, 'field `baseline.rows[1].unit` is nothing: expected the unit of cpu: one of percent'],
    ['a target given a unit', (a) => { a.baseline.rows![0]!.unit = 'ms'; }, 'field `baseline.rows[0].unit` is "ms": expected no unit: "api-p95" is not a free metric (throughput, error-rate, cpu, memory, cold-start, db-query-time), so it names a target, whose unit targets.yaml gives'],
    ['two actions with one id', (a) => { a.plan.actions![1]!.id = 'index'; }, 'field `plan.actions[1].id` is "index": expected an id no other action of the plan has; "index" is used twice'],
    ['a layer the method does not profile', (a) => { a.plan.actions![0]!.layer = 'db' as never; }, 'field `plan.actions[0].layer` is "db": expected one of "application", "database", "network", "infrastructure"'],
    ['a status other than draft or complete', (a) => { a.monitoring.status = 'done' as never; }, 'field `monitoring.status` is "done": expected one of "draft", "complete"'],
    ['a computed figure typed by hand', (a) => { (a.baseline.rows![0] as Record<string, unknown>).gap = 40; }, 'unknown field `gap` in `baseline.rows[0]`: remove it or check the spelling'],
    ['a name over its length limit', (a) => { a.by = 'x'.repeat(201); }, expect.stringMatching(/^field `by` is "x+\.\.\.": expected at most 200 characters \(MAX_NAME_LENGTH\), found 201/) as never],
    ['an unknown version', (a) => { a.schemaVersion = 2 as never; }, 'field `schemaVersion` is 2: expected schemaVersion 1, the version this handbook reads; a newer one was written by a newer handbook'],
    ['a throughput that is neither peak nor average', (a) => { a.loadTests.runs![0]!.throughputKind = 'median' as never; }, 'field `loadTests.runs[0].throughputKind` is "median": expected one of "peak", "average"'],
    ['a k6 threshold whose outcome is a word', (a) => { a.loadTests.runs![0]!.thresholds = [{ metric: 'http_req_failed', expression: 'rate<0.01', passed: 'yes' as never }]; }, 'field `loadTests.runs[0].thresholds[0].passed` is "yes": expected boolean'],
    ['a k6 threshold without its expression', (a) => { a.loadTests.runs![0]!.thresholds = [{ metric: 'http_req_failed', passed: true } as never]; }, 'field `loadTests.runs[0].thresholds[0].expression` is nothing: expected string'],
  ])('refuses %s', (_, edit, message) => {
    expect(problems(edit)).toEqual([message]);
  });
});
