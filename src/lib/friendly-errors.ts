import { redactUrlsIn } from './http-url.ts';
import type { z } from 'zod';

/** Bad content or configuration: a person fixes it; no stack trace is needed. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    message: string,
    /** Every problem found, one sentence each. */
    readonly problems: string[] = [message],
  ) {
    super(message);
  }
}

/** Writes a zod path as a reader would type it: `pages[1].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(top level)' : text;
}

/** Shows a found value briefly, the way it would appear in the file; a URL holding a credential, alone or inside the value, is redacted before it is cut short. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const text = redactUrlsIn(value);
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
  }
  if (value instanceof Date) return value.toISOString();
  const raw = JSON.stringify(value);
  if (raw === undefined) return String(value);
  const json = redactUrlsIn(raw);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** Reads the value at `path` inside `data`, or undefined when the path does not exist. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns one zod issue into a sentence naming the field, the value found (never a secret) and what was expected. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const field = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? ` in \`${field}\`` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}${where}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
  }
  // Request headers may hold a secret written where it should not be: neither a header's value nor a whole `headers` field is ever repeated.
  const inHeaders = issue.path.includes('headers');
  const found = inHeaders ? 'a value (not shown: it may be a secret)' : formatValue(valueAt(data, issue.path));
  let expected = issue.message;
  if (issue.code === 'invalid_type') expected = `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') expected = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (!/^expected\b/i.test(expected)) expected = `expected ${expected.charAt(0).toLowerCase()}${expected.slice(1)}`;
  return `field \`${field}\` is ${found}: ${expected}`;
}

/** Validates `data` against `schema`; on failure throws a ContentError that names the file and every bad field. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${file}: ${describeIssue(issue, data)}.`);
  throw new ContentError(`${problems.join('\n')}\nFix the file and run the command again.`, problems);
}
