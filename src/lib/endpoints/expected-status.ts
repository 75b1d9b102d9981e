import { z } from 'zod';

/** The status codes RFC 9110 §15 defines: three digits, 100 to 599. */
const FIRST_STATUS = 100;
const LAST_STATUS = 599;

/** A range of status codes, both ends included. */
export interface StatusRange {
  from: number;
  to: number;
}

/** True for a whole number from 100 to 599. */
const isStatusCode = (value: number) => Number.isInteger(value) && value >= FIRST_STATUS && value <= LAST_STATUS;

/** Reads a code (200 or "200"), a class ("2xx") or a range ("200-299") as a range, or undefined when it is none of them. */
function rangeOf(entry: number | string): StatusRange | undefined {
  if (typeof entry === 'number') return isStatusCode(entry) ? { from: entry, to: entry } : undefined;
  const text = entry.trim();
  const klass = /^([1-5])xx$/.exec(text);
  if (klass) return { from: Number(klass[1]) * 100, to: Number(klass[1]) * 100 + 99 };
  const span = /^(\d{3})(?:-(\d{3}))?$/.exec(text);
  if (!span) return undefined;
  const from = Number(span[1]);
  const to = Number(span[2] ?? span[1]);
  return isStatusCode(from) && isStatusCode(to) && from <= to ? { from, to } : undefined;
}

/** One expected status: a code (`200`), a class (`"2xx"`) or a range (`"200-299"`), read as a range. */
export const expectedStatusEntrySchema = z.union([z.number(), z.string()], { error: 'expected a status code (200), a class ("2xx") or a range ("200-299")' }).transform((entry, context): StatusRange => {
  const range = rangeOf(entry);
  if (range) return range;
  context.addIssue({
    code: 'custom',
    message: `expected a status code from ${FIRST_STATUS} to ${LAST_STATUS} (200), a class ("2xx") or a range with its lower end first ("200-299"), found ${JSON.stringify(entry)}`,
  });
  return z.NEVER;
});

/** The statuses an answer may have to count as a success; anything else is an error of kind `status`. */
export const expectedStatusSchema = z.array(expectedStatusEntrySchema).min(1, 'expected at least one status, such as [200] or ["2xx"]');
export type ExpectedStatus = z.infer<typeof expectedStatusSchema>;

/** Any 2xx answer: the success class of RFC 9110 §15.3; a redirect or an error is not what a probe of an API expects. */
export const DEFAULT_EXPECTED_STATUS = ['2xx'] as const;

/** True when the status code falls in one of the expected ranges. */
export function isExpectedStatus(code: number, expected: readonly StatusRange[]): boolean {
  return expected.some((range) => code >= range.from && code <= range.to);
}
