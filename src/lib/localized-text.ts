import type { Locale } from './schema/localized.ts';

/** Fills the `{name}` placeholders of a text; a placeholder without a value stays as written, so a missing one shows. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** A lookup for a table of texts in both languages: the text for a key in a language, with its `{name}` placeholders filled in. */
export function textsOf<Key extends string>(table: Readonly<Record<Key, Readonly<Record<Locale, string>>>>): (key: Key, locale: Locale, values?: Readonly<Record<string, string>>) => string {
  return (key, locale, values = {}) => fillPlaceholders(table[key][locale], values);
}
