// A small YAML writer for the generated files: block style, keys in the order given, numbers
// written from their exact decimal text (so 0.001 is never a float's 0.0009999999999999432), and
// every string that could be misread quoted. Same input, same bytes.
import { decimalText, type Decimal } from './decimal.ts';

/** A number written exactly as its decimal text. */
export interface YamlNumber {
  readonly yamlNumber: string;
}

export type YamlValue = string | boolean | YamlNumber | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

/** A number for the writer, from an integer or an exact decimal. */
export function yamlNumber(value: number | Decimal): YamlNumber {
  if (typeof value === 'number' && !Number.isInteger(value)) throw new RangeError(`expected an integer or an exact decimal, got ${value}: pass a Decimal so its text is exact`);
  return { yamlNumber: typeof value === 'number' ? String(value) : decimalText(value) };
}

const isNumber = (value: unknown): value is YamlNumber => typeof value === 'object' && value !== null && 'yamlNumber' in value;

/** Words YAML 1.1 readers (such as Go's yaml, which Prometheus uses) take for booleans or null when unquoted. */
const RESERVED = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
/** A string safe to write unquoted: starts with a letter, a digit, an underscore or a slash and holds no character YAML gives a meaning to. */
const PLAIN = /^[A-Za-z0-9_/][A-Za-z0-9_./:-]*$/;
/** Characters YAML wants escaped inside double quotes beyond what JSON escapes: DEL, C1 controls, line and paragraph separators, BOM. */
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** Plain strings a YAML 1.1 reader would take for a number or a date: "1", "0.5", "1e3", "0x1f", ".inf", "2026-11-23". */
const NUMBER_OR_DATE = /^(?:[-+]?(?:\.?\d[\d_.:]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|\.(?:inf|Inf|INF))|\.(?:nan|NaN|NAN)|\d{4}-\d\d?-\d\d?.*)$/;

/** True when a string reads back as itself unquoted. */
const isPlain = (text: string) => PLAIN.test(text) && !RESERVED.test(text) && !NUMBER_OR_DATE.test(text) && !text.endsWith(':');

/** Characters a single-quoted string cannot hold as they are: line breaks, tabs and other controls, and the unprintable ones. */
const NOT_SINGLE_QUOTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udfff]/;

/**
 * A string as YAML reads it back unchanged: plain when nothing in it could be misread, else in
 * single quotes (a PromQL expression keeps its double quotes unescaped), else double-quoted with escapes.
 */
export function yamlString(text: string): string {
  if (isPlain(text)) return text;
  if (!NOT_SINGLE_QUOTABLE.test(text)) return `'${text.replace(/'/g, "''")}'`;
  return JSON.stringify(text).replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A key: plain when safe, else quoted. */
const yamlKey = (key: string) => yamlString(key);

/** A scalar's text, or undefined for a list or a map. */
function scalar(value: YamlValue): string | undefined {
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isNumber(value)) return value.yamlNumber;
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (!Array.isArray(value) && Object.values(value).every((entry) => entry === undefined)) return '{}';
  return undefined;
}

/** The lines of a value nested at `indent` spaces. */
function lines(value: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item: YamlValue) => {
      const text = scalar(item);
      if (text !== undefined) return [`${pad}- ${text}`];
      const [first, ...rest] = lines(item, indent + 2);
      return [`${pad}- ${first!.trimStart()}`, ...rest];
    });
  }
  const out: string[] = [];
  for (const [key, entry] of Object.entries(value as Record<string, YamlValue | undefined>)) {
    if (entry === undefined) continue;
    const text = scalar(entry);
    if (text !== undefined) out.push(`${pad}${yamlKey(key)}: ${text}`);
    else out.push(`${pad}${yamlKey(key)}:`, ...lines(entry, indent + 2));
  }
  return out;
}

/** One YAML document: optional comment lines (each prefixed `# `), then the value, ending with a newline. */
export function yamlDocument(value: YamlValue, comments: readonly string[] = []): string {
  const header = comments.map((line) => (line === '' ? '#' : `# ${line}`));
  return `${[...header, ...lines(value, 0)].join('\n')}\n`;
}

/** Several YAML documents in one stream, each begun with `---`. */
export function yamlStream(documents: readonly YamlValue[], comments: readonly string[] = []): string {
  const header = comments.map((line) => (line === '' ? '#' : `# ${line}`));
  const body = documents.map((document) => ['---', ...lines(document, 0)].join('\n'));
  return `${[...header, ...body].join('\n')}\n`;
}
