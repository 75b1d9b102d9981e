// The few pieces of PromQL the generators write: string literals, label matchers and selectors.
// Every value from a project file reaches a rule through promqlString, so a quote or a backslash
// in a label value can never end the string early.
import { decimalText, isWhole, type Decimal } from './decimal.ts';

/** One label matcher: `=` matches the value exactly, `=~` as an anchored RE2 expression. */
export interface Matcher {
  label: string;
  op: '=' | '=~';
  value: string;
}

/** A PromQL string literal: double quotes, with quotes, backslashes and control characters escaped (Go's escapes, which PromQL reads). */
export function promqlString(value: string): string {
  return JSON.stringify(value);
}

/** The characters RE2 gives a meaning to, escaped so a value matches only itself. */
export function regexLiteral(value: string): string {
  return value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** Matchers for label name → exact value, in the order written. */
export function equalityMatchers(labels: Readonly<Record<string, string>>): Matcher[] {
  return Object.entries(labels).map(([label, value]) => ({ label, op: '=', value }));
}

/** A matcher for one of several exact values: `code="500"`, or `code=~"500|503"`. */
export function oneOfMatcher(label: string, values: readonly string[]): Matcher {
  if (values.length === 1) return { label, op: '=', value: values[0]! };
  return { label, op: '=~', value: values.map(regexLiteral).join('|') };
}

/**
 * The matcher for a bucket bound. Client libraries write a whole bound as "1" (Go) or "1.0"
 * (Java, Python), and Prometheus 3 rewrites every `le` to the second form when it scrapes, so a
 * whole bound matches both; any other bound is written the same by all of them ("0.2").
 */
export function bucketMatcher(bound: Decimal): Matcher {
  const text = decimalText(bound);
  return isWhole(bound) ? { label: 'le', op: '=~', value: `${regexLiteral(text)}|${regexLiteral(`${text}.0`)}` } : { label: 'le', op: '=', value: text };
}

/** A vector selector: `metric{label="value",…}`, or the bare metric when nothing narrows it. */
export function selector(metric: string, matchers: readonly Matcher[]): string {
  if (matchers.length === 0) return metric;
  return `${metric}{${matchers.map((m) => `${m.label}${m.op}${promqlString(m.value)}`).join(',')}}`;
}
